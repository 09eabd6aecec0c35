import { parseChineseNumber, parseQuotedNumber } from "./chinese-numbers";

describe("parseChineseNumber", () => {
  it.each([
    ["零", 0],
    ["三", 3],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
    ["一百零五", 105],
    ["一百一十", 110],
    ["三千零二十", 3020],
    ["一万二千", 12000],
    ["十二万零三百", 120300],
  ])("reads %s as %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(["", "一二", "二〇二五", "万", "一万二万", "十百", "五件"])("does not read %j as a number", (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});

describe("parseQuotedNumber", () => {
  it("reads Arabic digits with thousands separators and Chinese numerals alike", () => {
    expect([parseQuotedNumber("1,234"), parseQuotedNumber("12"), parseQuotedNumber("十二")]).toEqual([1234, 12, 12]);
  });
});
