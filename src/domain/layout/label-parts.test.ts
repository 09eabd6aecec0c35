import { formats } from "../tables/formats";
import { labelParts } from "./label-parts";

// Where a printed label may wrap (issue 17 point 8: “（三 / ）不 / 予公 / 开”). The parts are what a reader sees
// whole: the marker, and words never cut, whichever word breaker the platform has.

const everyLabel = [
  ...new Set(
    Object.values(formats).flatMap((format) =>
      format.tables.flatMap((table) =>
        table.sections.flatMap((section) => section.rows.flatMap((row) => [...(row.groups ?? []), row.label])),
      ),
    ),
  ),
];

/** Words of the labels a line must never cut, some of which the platform's word breaker cuts. */
const WHOLE_WORDS = [
  "本年度",
  "不予",
  "无法",
  "复议",
  "补正",
  "出具",
  "获取",
  "申请人",
  "缴纳",
  "三安全一稳定",
  "服务",
];

describe("labelParts", () => {
  it.each([
    ["（三）不予公开", ["（三）", "不予", "公开"]],
    ["三、本年度办理结果", ["三、", "本年度", "办理", "结果"]],
    ["3.危及“三安全一稳定”", ["3.", "危及", "“三安全一稳定”"]],
    ["3.补正后申请内容仍不明确", ["3.", "补正后", "申请", "内容", "仍不明确"]],
  ])("keeps the marker and the words of %s whole", (label, parts) => {
    expect(labelParts(label)).toEqual(parts);
  });

  it.each(everyLabel)("gives %s back whole, cut only between words, no line begun by a closing mark", (label) => {
    const parts = labelParts(label);
    expect(parts.join("")).toBe(label);
    let at = 0;
    const cuts = parts.slice(0, -1).map((part) => (at += part.length));
    for (const word of WHOLE_WORDS) {
      for (let start = label.indexOf(word); start >= 0; start = label.indexOf(word, start + 1)) {
        expect(cuts.filter((cut) => cut > start && cut < start + word.length)).toEqual([]);
      }
    }
    for (const part of parts) expect(part).not.toMatch(/^[、，）”]|[（“]$/u);
  });
});

it("without a word breaker (Edge Legacy) still keeps the marker and the punctuation with their words", async () => {
  const segmenter = Intl.Segmenter;
  Reflect.deleteProperty(Intl, "Segmenter");
  try {
    await jest.isolateModulesAsync(async () => {
      const { labelParts: withoutWords } = await import("./label-parts");
      expect(withoutWords("（三）不予公开")).toEqual(["（三）", "不", "予", "公", "开"]);
      expect(withoutWords("5.属于“三类”信息、其他")).toEqual(["5.", "属", "于", "“三类”", "信", "息、", "其", "他"]);
    });
  } finally {
    Object.assign(Intl, { Segmenter: segmenter });
  }
});
