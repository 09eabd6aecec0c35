import { pageContentOf, pdfProblemOf } from "./pdf-extract.cjs";

// What both PDF readers (the command line's worker thread and the pane's Web Worker) take from pdfjs's operator list
// and text content. The operator codes are pdfjs's by name; these tests give their own numbers to the same names.
const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  stroke: 20,
  fill: 22,
  endPath: 28,
  beginText: 31,
  setFont: 37,
  setTextMatrix: 42,
  moveText: 40,
  showText: 44,
};
const MOVE = 0;
const LINE = 1;
const CLOSE = 4;

/** An operator list of [code, args] pairs, as pdfjs gives it (two parallel arrays). */
const operators = (...ops: [number, unknown][]) => ({
  fnArray: ops.map(([fn]) => fn),
  argsArray: ops.map(([, a]) => a),
});
/** A cell's border: a closed rectangle path from (x, y), w wide and h high. */
const rectangle = (x: number, y: number, w: number, h: number) =>
  new Float32Array([MOVE, x, y, LINE, x + w, y, LINE, x + w, y + h, LINE, x, y + h, CLOSE]);

/** The segments a page paints, from its operator list. */
const segmentsOf = (list: ReturnType<typeof operators>) => pageContentOf(list, OPS, () => undefined).segments;

describe("the borders a page paints", () => {
  it("gives the four sides of a stroked cell, closing side included", () => {
    const segments = segmentsOf(operators([OPS.constructPath, [OPS.stroke, [rectangle(10, 20, 100, 30)]]]));
    expect(segments).toEqual([
      [10, 20, 110, 20],
      [110, 20, 110, 50],
      [110, 50, 10, 50],
      [10, 50, 10, 20],
    ]);
  });

  it("places a path drawn under a transform where it shows, and forgets the transform after restore", () => {
    const line = new Float32Array([MOVE, 0, 0, LINE, 50, 0]);
    const segments = segmentsOf(
      operators(
        [OPS.save, null],
        [OPS.transform, [2, 0, 0, 2, 100, 200]],
        [OPS.constructPath, [OPS.fill, [line]]],
        [OPS.restore, null],
        [OPS.constructPath, [OPS.stroke, [line]]],
      ),
    );
    expect(segments).toEqual([
      [100, 200, 200, 200],
      [0, 0, 50, 0],
    ]);
  });

  it("leaves out a path that is not painted (a clip): it draws no border", () => {
    expect(segmentsOf(operators([OPS.constructPath, [OPS.endPath, [rectangle(0, 0, 5, 5)]]]))).toEqual([]);
  });
});

/** Glyphs as pdfjs gives them in a show-text operation: 1000 units wide (a Chinese font), numbers for TJ moves. */
type Glyph = number | { unicode: string; width: number; isSpace: boolean };
const glyphs = (...parts: (string | number)[]): Glyph[] =>
  parts.flatMap((part): Glyph[] =>
    typeof part === "number" ? [part] : [...part].map((unicode) => ({ unicode, width: 1000, isSpace: false })),
  );
const FONT = () => ({ fontMatrix: [0.001, 0, 0, 0.001, 0, 0] });
/** Text shown at (x, y) in a 9-point font. */
const shown = (x: number, y: number, ...parts: (string | number)[]): [number, unknown][] => [
  [OPS.beginText, null],
  [OPS.setFont, ["f1", 9]],
  [OPS.setTextMatrix, [new Float32Array([1, 0, 0, 1, x, y])]],
  [OPS.showText, [glyphs(...parts)]],
];
const itemsOf = (...ops: [number, unknown][]) =>
  pageContentOf(operators(...ops), OPS, FONT).items.map(({ text, x, y, width, size }) => ({ text, x, y, width, size }));

describe("the text a page paints, run by run where it stands", () => {
  it("keeps the figures of neighbouring cells apart when they are painted one after the other on a line", () => {
    // WPS and Word paint a row's cells in turn: pdfjs's text content would make “100 101” of these two.
    expect(itemsOf(...shown(100, 500, "100"), ...shown(130, 500, "101"))).toEqual([
      { text: "100", x: 100, y: 500, width: 27, size: 9 },
      { text: "101", x: 130, y: 500, width: 27, size: 9 },
    ]);
  });

  it("splits one show-text operation at spaces and at wide moves, and keeps a narrow kerning inside a run", () => {
    const texts = itemsOf(...shown(100, 500, "规章", -30, "0", " ", "12", -1500, "3")).map(({ text, x }) => [text, x]);
    expect(texts).toEqual([
      ["规章0", 100],
      ["12", 136.27],
      ["3", 167.77],
    ]);
  });

  it("places text drawn under a transform and a scaled text matrix where it shows, at the size it shows", () => {
    const [item] = itemsOf(
      [OPS.transform, [2, 0, 0, 2, 10, 20]],
      [OPS.beginText, null],
      [OPS.setFont, ["f1", 1]],
      [OPS.setTextMatrix, [new Float32Array([10.5, 0, 0, 10.5, 50, 100])]],
      [OPS.showText, [glyphs("总计")]],
    );
    expect(item).toEqual({ text: "总计", x: 110, y: 220, width: 42, size: 21 });
  });

  it("keeps a character whose code in a subset font is 32 (pdfjs calls it a space)", () => {
    const ten = [
      { unicode: "第", width: 1000 },
      { unicode: "二", width: 1000 },
      { unicode: "十", width: 1000, isSpace: true },
    ];
    const [item] = itemsOf(...shown(0, 0).slice(0, 3), [OPS.showText, [ten]]);
    expect(item?.text).toBe("第二十");
  });
});

describe("pdfProblemOf", () => {
  it("tells a PDF with a password from a broken one", () => {
    expect(pdfProblemOf(Object.assign(new Error("No password given"), { name: "PasswordException" }))).toMatchObject({
      ok: false,
      problem: "encrypted",
    });
    expect(pdfProblemOf(new Error("Invalid PDF structure."))).toEqual({
      ok: false,
      problem: "broken",
      detail: "Invalid PDF structure.",
    });
  });
});
