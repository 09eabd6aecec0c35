import { createWorkbook } from "../workbook/workbook";
import { keepUnchanged } from "./useWorkbookSnapshot";

// The grid re-renders only what changed because unchanged parts of a new snapshot keep their old identity.
it("keeps every cell but the edited one (and the total computed from it) from the previous snapshot", () => {
  const workbook = createWorkbook();
  const sheet = workbook.snapshot().sheets[0]?.name ?? "";
  workbook.editFromUi(sheet, "A1:A3", [["1"], ["2"], ["=SUM(A1:A2)"]]);
  workbook.editFromUi(sheet, "B1", [["说明"]]);
  const before = workbook.snapshot();
  workbook.editFromUi(sheet, "A1", [["5"]]);
  const after = keepUnchanged(before, workbook.snapshot());
  const cellsBefore = new Map(before.sheets[0]?.cells.map((c) => [c.address, c]));
  const kept = after.sheets[0]?.cells.filter((c) => cellsBefore.get(c.address) === c).map((c) => c.address);
  // Cells come row by row: A1 and A3 changed, B1 and A2 did not.
  expect(kept).toEqual(["B1", "A2"]);
  expect(after.sheets[0]?.cells.find((c) => c.address === "A3")?.value).toBe(7);
  // Nothing changed at all: the very same sheet comes back.
  const again = keepUnchanged(after, workbook.snapshot());
  expect(again.sheets[0]).toBe(after.sheets[0]);
});

it("keeps a cell whose format is the same, however its parts are ordered, and not one whose border changed", () => {
  const workbook = createWorkbook();
  const sheet = workbook.snapshot().sheets[0]?.name ?? "";
  workbook.editFromUi(sheet, "A1:A2", [["1"], ["2"]]);
  const cells = (snapshot: ReturnType<typeof workbook.snapshot>) => snapshot.sheets[0]?.cells ?? [];
  const before = workbook.snapshot();
  const next = workbook.snapshot();
  const [firstBefore, secondBefore] = cells(before);
  const [first, second] = cells(next);
  if (!firstBefore || !secondBefore || !first || !second) throw new Error("no cells");
  const line = { style: "Continuous", color: "#000000" };
  firstBefore.format = { fill: "#FFFFFF", borders: { EdgeTop: line } };
  first.format = { fill: "#FFFFFF", borders: { EdgeTop: { ...line, weight: "Medium" } } };
  secondBefore.format = { fill: "#FFFFFF", font: { bold: true, color: "#000000" }, wrapText: true };
  second.format = { wrapText: true, font: { color: "#000000", bold: true }, fill: "#FFFFFF" };
  const after = keepUnchanged(before, next);
  expect(cells(after)[0]).toBe(first);
  expect(cells(after)[1]).toBe(secondBefore);
});
