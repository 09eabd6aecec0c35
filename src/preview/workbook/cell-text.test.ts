import { formatText } from "./text";

describe("a number's text under its number format, as Excel draws it", () => {
  it.each([
    ['General"万元"', 850, "850万元"],
    ['General"万元"', 0.5, "0.5万元"],
    ['General"万元"', 1234.5678, "1234.5678万元"],
    ['"约"General"万元"', 12, "约12万元"],
    ["General\\件", 3, "3件"],
    ["General", 850, "850"],
    ["+0;-0;0", -2, "-2"],
    ["0", 3, "3"],
  ])("%s shows %p as %s", (format, value, text) => {
    expect(formatText(value, format)).toBe(text);
  });
});
