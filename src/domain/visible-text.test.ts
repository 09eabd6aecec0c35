import { describeFinding } from "./messages.zh-CN";
import { readCell } from "./read-cell";
import { findCell } from "./cells";
import { formats } from "./tables/formats";
import { showInvisible } from "./visible-text";

const format = formats["2021"];
const newReceived = findCell(format, { table: "applications", key: "newReceived.natural" })!;

describe("characters nobody can see, in what a message quotes", () => {
  it("names the zero-width space that makes “40” not a number", () => {
    const [finding] = readCell("40\u200b", newReceived, "workbook").findings;
    expect(finding?.code).toBe("cell.notNumber");
    expect(describeFinding(format, finding!)).toContain("“40\\u200b”不是数字");
  });

  it.each([
    ["a word joiner", "1\u20602", "1\\u20602"],
    ["a zero-width joiner and non-joiner", "\u200c3\u200d", "\\u200c3\\u200d"],
    ["a soft hyphen", "4\u00ad5", "4\\u00ad5"],
    ["a right-to-left mark", "\u200f6", "\\u200f6"],
    ["a control character", "7\u0001", "7\\u0001"],
  ])("writes out %s as \\uXXXX", (_name, written, shown) => {
    const [finding] = readCell(written, newReceived, "workbook").findings;
    expect(describeFinding(format, finding!)).toContain(`“${shown}”`);
  });

  it("leaves visible text, full-width spaces, tabs and line breaks as they are", () => {
    expect(showInvisible("某局　第一行\n\t第二行（全角）")).toBe("某局　第一行\n\t第二行（全角）");
  });
});
