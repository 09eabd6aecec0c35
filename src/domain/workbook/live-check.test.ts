import { refId } from "../cells";
import type { CellRef } from "../model";
import { quickFixOf } from "../quick-fixes";
import { emptyReport } from "../report";
import { layoutOf, checkSheet } from "./live-check";
import { planQuickFix } from "./fix-writes";
import type { FoundCell, SheetOf, SheetValues } from "./sheet-cells";

// The decisions of the add-in's checks, without a host: a sheet as a spreadsheet would hold it (figures typed,
// totals computed by their formulas), in; findings and quick fixes, out.

const sheet: SheetOf = { format: "2021", year: 2025, body: "某市某局" };
const apps = (key: string): CellRef => ({ table: "applications", key });

/** Every figure cell as inserted: inputs blank, totals holding their formula and its result for `typed`. */
function sheetWith(typed: Record<string, number | string>, typedOver: Record<string, number> = {}): SheetValues {
  const layout = layoutOf(sheet);
  const cells = new Map<string, FoundCell>();
  const valueOf = (id: string): number => {
    const value = typed[id];
    return typeof value === "number" ? value : 0;
  };
  for (const cell of layout.cells) {
    if (!cell.ref) continue;
    const id = refId(cell.ref);
    const over = typedOver[id];
    if (cell.role === "total" && over === undefined) {
      // Only row totals of table 三 matter here: their sum, as Excel's SUM computes it from the typed figures.
      const row = id.replace(/\.total$/, "");
      const sum = Object.keys(typed)
        .filter((key) => key.startsWith(`${row}.`))
        .reduce((acc, key) => acc + valueOf(key), 0);
      cells.set(id, { ref: cell.ref, row: cell.row, col: cell.col, value: sum, formula: cell.formula ?? "" });
    } else {
      const value = over ?? typed[id] ?? "";
      cells.set(id, { ref: cell.ref, row: cell.row, col: cell.col, value, formula: value });
    }
  }
  return { cells, text: {} };
}

describe("checkSheet", () => {
  it("folds an imbalance echoed along the 总计 column into the figure's own finding, once", () => {
    const { findings } = checkSheet({
      sheet,
      values: sheetWith({ "applications:newReceived.natural": 5 }),
      dismissals: [],
    });
    const balances = findings.filter((f) => f.code === "balance.mismatch");
    expect(balances.map((f) => f.cells[0])).toEqual([apps("newReceived.natural")]);
    expect(balances[0]?.related?.map((f) => f.cells[0])).toEqual([apps("newReceived.total")]);
  });

  it("lists a total typed over as its lost formula, with 恢复公式 writing the layout's formula back", () => {
    const check = checkSheet({
      sheet,
      values: sheetWith({ "applications:newReceived.natural": 2 }, { "applications:newReceived.total": 9 }),
      dismissals: [],
    });
    const lost = check.findings.find((f) => f.code === "cell.formulaLost");
    expect(lost).toMatchObject({ severity: "error", cells: [apps("newReceived.total")], actual: 9 });
    expect(check.findings.filter((f) => f.ruleId === "applications.rowTotal")).toEqual([]);
    const fix = lost && quickFixOf(lost);
    if (!fix) throw new Error("expected 恢复公式");
    const [write, ...more] = planQuickFix(sheet, fix, check.reading);
    expect(more).toEqual([]);
    expect(write).toMatchObject({ ref: apps("newReceived.total"), before: 9 });
    expect(write?.write).toMatch(/^=SUM\(/);
  });

  it("fills only the blank input cells of the warning's table, each with what it held before", () => {
    const check = checkSheet({
      sheet,
      values: sheetWith({ "applications:newReceived.natural": 2, "applications:newReceived.legal": "/" }),
      dismissals: [],
    });
    const writes = planQuickFix(sheet, { kind: "fillBlanks", table: "applications" }, check.reading);
    const ids = writes.map((w) => refId(w.ref));
    expect(ids).toContain("applications:newReceived.legal");
    expect(ids).not.toContain("applications:newReceived.natural");
    expect(ids.some((id) => id.endsWith(".total"))).toBe(false);
    expect(writes.every((w) => w.write === 0 && w.ref.table === "applications")).toBe(true);
    expect(writes.find((w) => refId(w.ref) === "applications:newReceived.legal")?.before).toBe("/");
  });

  it("a prefilled template opens with no error; 上年结转 against another last year's report is fixed from it", () => {
    const prefilled = { "applications:carriedIn.natural": 4, "applications:carriedIn.legal": 1 };
    const opened = checkSheet({ sheet, values: sheetWith(prefilled), dismissals: [] });
    expect(opened.findings.filter((f) => f.severity === "error")).toEqual([]);

    const previous = emptyReport("2021", 2024, "某市某局");
    Object.assign(previous.tables.applications, { "carriedOut.natural": 6, "carriedOut.legal": 1 });
    const check = checkSheet({ sheet, values: sheetWith(prefilled), previous, dismissals: [] });
    const mismatch = check.findings.find((f) => f.code === "carryOver.mismatch");
    expect(mismatch).toMatchObject({ cells: [apps("carriedIn.natural")], expected: 6, actual: 4 });
    const fix = mismatch && quickFixOf(mismatch);
    expect(fix).toEqual({ kind: "carryOver", cells: [apps("carriedIn.natural")] });
    if (!fix) throw new Error("expected 改为上年结转下年度的数");
    expect(planQuickFix(sheet, fix, check.reading, previous)).toMatchObject([
      { ref: apps("carriedIn.natural"), write: 6, before: 4 },
    ]);
    // Without last year's report at hand nothing is written.
    expect(planQuickFix(sheet, fix, check.reading)).toEqual([]);
  });
});
