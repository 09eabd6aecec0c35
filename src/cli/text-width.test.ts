import { displayWidth, keepEnd, pad } from "./text-width";

describe("terminal widths of Chinese text", () => {
  it.each([
    ["report.json", 11],
    ["某市某局", 8],
    ["某局2019年报告.xlsx", 4 + 4 + 6 + 5],
    ["（三）不予公开", 14],
    ["１２", 4],
    ["—", 1],
  ])("%s takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it.each([
    ["某局", 6, "end", "某局  "],
    ["12", 4, "start", "  12"],
    ["某市某局", 4, "end", "某市某局"],
  ] as const)("pads %s to %i columns (%s)", (text, width, side, padded) => {
    expect(pad(text, width, side)).toBe(padded);
  });

  it.each([
    ["short.json", 20, "short.json"],
    ["某市某局2019年政府信息公开工作年度报告.xlsx", 20, "…开工作年度报告.xlsx"],
  ])("keeps the end of %s within %i columns", (text, width, kept) => {
    expect(keepEnd(text, width)).toBe(kept);
    expect(displayWidth(keepEnd(text, width))).toBeLessThanOrEqual(width);
  });
});
