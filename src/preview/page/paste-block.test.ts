import { parsePasteBlock } from "./paste-block";

describe("parsePasteBlock", () => {
  it.each([
    [
      "a 2×2 block copied from Excel",
      "1\t2\n3\t4",
      [
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    [
      "the trailing line break spreadsheets add",
      "1\t2\r\n3\t4\r\n",
      [
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    ["a single value", "42", [["42"]]],
    [
      "ragged rows padded to a rectangle",
      "1\t2\t3\n4",
      [
        ["1", "2", "3"],
        ["4", "", ""],
      ],
    ],
    ["empty cells kept in place", "1\t\t3", [["1", "", "3"]]],
    ["Chinese labels", "自然人\t商业企业", [["自然人", "商业企业"]]],
    ["empty text as one empty cell", "", [[""]]],
  ])("splits %s", (_case, text, block) => {
    expect(parsePasteBlock(text)).toEqual(block);
  });
});
