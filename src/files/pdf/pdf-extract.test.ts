import { pdfProblemOf, segmentsOf, textItemOf } from "./pdf-extract.cjs";

// What both PDF readers (the command line's worker thread and the pane's Web Worker) take from pdfjs's operator list
// and text content. The operator codes are pdfjs's by name; these tests give their own numbers to the same names.
const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, fill: 22, endPath: 28 };
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

describe("segmentsOf: the borders a page paints", () => {
  it("gives the four sides of a stroked cell, closing side included", () => {
    const segments = segmentsOf(operators([OPS.constructPath, [OPS.stroke, [rectangle(10, 20, 100, 30)]]]), OPS);
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
      OPS,
    );
    expect(segments).toEqual([
      [100, 200, 200, 200],
      [0, 0, 50, 0],
    ]);
  });

  it("leaves out a path that is not painted (a clip): it draws no border", () => {
    expect(segmentsOf(operators([OPS.constructPath, [OPS.endPath, [rectangle(0, 0, 5, 5)]]]), OPS)).toEqual([]);
  });
});

describe("textItemOf and pdfProblemOf", () => {
  it("takes a run's baseline start, width and font size (from a rotated or scaled matrix too)", () => {
    expect(textItemOf({ str: "规章", transform: [12, 0, 0, 12, 72, 700], width: 24, height: 12 })).toEqual({
      text: "规章",
      x: 72,
      y: 700,
      width: 24,
      size: 12,
    });
    expect(textItemOf({ str: "总", transform: [0, 10.5, -10.5, 0, 90, 400], width: 10.5, height: 0 }).size).toBe(10.5);
  });

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
