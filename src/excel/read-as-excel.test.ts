import { quickFixOf } from "../domain";
import {
  addressIn,
  apps,
  cellAt,
  insertYear,
  typeFigure,
  watchFromNow,
  withPreviewHost,
} from "./__fixtures__/preview-host";
import { dismissWarning, restoreDismissal } from "./dismissals";
import { applyQuickFix } from "./quick-fixes";
import type { ReportSheet } from "./settings";
import { validateWorkbookReport } from "./validate";

// The checker reads what Excel computes: text in a figure cell is text (SUM skips it), a total is its formula's
// result, recomputed when the add-in puts a formula back.

const host = withPreviewHost();

/** Puts text into figure cells as a paste from a text-formatted cell does: no validation, the text kept as it is. */
async function pasteText(sheet: ReportSheet, cells: Record<string, string>): Promise<void> {
  await Excel.run(async (context) => {
    const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
    for (const [key, text] of Object.entries(cells)) {
      const range = tables.getRange(addressIn(sheet, apps(key)));
      range.dataValidation.clear();
      range.numberFormat = [["@"]];
      range.values = [[text]];
    }
    await context.sync();
  });
}

async function unprotect(sheet: ReportSheet): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet.tablesSheet).protection.unprotect();
    await context.sync();
  });
}

const sixTexts = {
  "disclosed.natural": "３",
  "disclosed.commercial": "1,000",
  "disclosed.research": "3件",
  "disclosed.publicInterest": " 2",
  "disclosed.legal": "1.5",
  "disclosed.otherOrg": "约3",
};

describe("text in figure cells", () => {
  it("is one finding per cell, counts as 0 in every total, and gives totals no findings of their own", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    await pasteText(sheet, sixTexts);
    const { findings, report } = await validateWorkbookReport(sheet);
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.cells[0]?.key, f.quote, f.expected])).toEqual([
      ["cell.text", "disclosed.natural", "３", 3],
      ["cell.text", "disclosed.commercial", "1,000", 1000],
      ["cell.text", "disclosed.research", "3件", 3],
      ["cell.text", "disclosed.publicInterest", " 2", 2],
      ["cell.text", "disclosed.legal", "1.5", undefined],
      ["cell.text", "disclosed.otherOrg", "约3", undefined],
    ]);
    // As Excel's SUM: the row total and （七）总计 are 0, in the report and in the cells.
    expect([report.tables.applications["disclosed.total"], report.tables.applications["resultTotal.total"]]).toEqual([
      0, 0,
    ]);
    expect(cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps("disclosed.total")))?.value).toBe(0);
  });

  it("turns text that reads as a number into the number, one run of two syncs per fix", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    await pasteText(sheet, sixTexts);
    const { findings } = await validateWorkbookReport(sheet);
    const fixes = findings.map(quickFixOf);
    expect(fixes.filter((fix) => fix?.kind === "toNumber")).toHaveLength(4);
    host.workbook.resetStats();
    for (const fix of fixes) if (fix?.kind === "toNumber") await applyQuickFix(sheet, fix);
    expect(host.workbook.stats.runs.map((run) => run.syncs)).toEqual([2, 2, 2, 2]);
    const cell = (key: string) => cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps(key)));
    expect(["natural", "commercial", "research", "publicInterest"].map((c) => cell(`disclosed.${c}`)?.value)).toEqual([
      3, 1000, 3, 2,
    ]);
    expect(cell("disclosed.total")?.value).toBe(1008);
    const after = await validateWorkbookReport(sheet);
    expect(after.findings.filter((f) => f.code === "cell.text").map((f) => f.cells[0]?.key)).toEqual([
      "disclosed.legal",
      "disclosed.otherOrg",
    ]);
    expect(after.report.tables.applications["resultTotal.total"]).toBe(1008);
  });

  it("fills a table's blank cells with 0 in one run, and its blank-cell warning goes", async () => {
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("newReceived.natural")), [["2"]]);
    const { findings } = await validateWorkbookReport(sheet);
    const blank = findings.find((f) => f.code === "cell.blank" && f.cells[0]?.table === "applications");
    const fix = blank && quickFixOf(blank);
    expect(fix).toEqual({ kind: "fillBlanks", table: "applications" });
    if (!fix) return;
    host.workbook.resetStats();
    const outcome = await applyQuickFix(sheet, fix);
    expect(host.workbook.stats.runs.map((run) => run.syncs)).toEqual([2]);
    expect(outcome.findings.filter((f) => f.code === "cell.blank").map((f) => f.cells[0]?.table)).toEqual([
      "disclosure",
      "appeals",
    ]);
    const value = (key: string) => cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps(key)))?.value;
    expect([value("newReceived.natural"), value("newReceived.commercial"), value("carriedOut.otherOrg")]).toEqual([
      2, 0, 0,
    ]);
  });
});

describe("a total typed over", () => {
  it("is checked as Excel computes it: the typed figure, its lost formula listed, no rewrite", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    const { results, errors } = await watchFromNow(sheet);
    await typeFigure(host.workbook, sheet, "newReceived.natural", "5");
    await typeFigure(host.workbook, sheet, "disclosed.natural", "5");
    await typeFigure(host.workbook, sheet, "resultTotal.natural", "7");
    expect(errors).toEqual([]);
    const last = results.at(-1);
    expect(last?.findings.filter((f) => f.code === "cell.formulaLost").map((f) => f.cells)).toEqual([
      [apps("resultTotal.natural")],
    ]);
    // （七）总计 · 总计 sums the typed 7, as Excel does.
    expect(last?.report.tables.applications["resultTotal.total"]).toBe(7);
    const cell = (key: string) => cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps(key)));
    expect([cell("resultTotal.natural")?.value, cell("resultTotal.total")?.value]).toEqual([7, 7]);
  });
});

describe("taking a dismissal back", () => {
  it("brings the warning back into the list", async () => {
    const inForce = { table: "disclosure", key: "rules.inForce" } as const;
    const previous = await insertYear(2024);
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(previous.tablesSheet, addressIn(previous, inForce), [["9"]]);
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, inForce), [["7"]]);
    const warning = (await validateWorkbookReport(sheet)).findings.find((f) => f.ruleId === "carryOver.inForce");
    if (!warning) throw new Error("expected the 现行有效件数 warning");
    const dismissed = await dismissWarning(sheet, warning, "两件规章已废止");
    const listed = dismissed.findings.find((f) => f.ruleId === "carryOver.inForce");
    expect(listed?.dismissed).toEqual({ reason: "两件规章已废止" });
    const restored = await restoreDismissal(sheet, listed ?? warning);
    expect(restored.findings.find((f) => f.ruleId === "carryOver.inForce")?.dismissed).toBeUndefined();
    expect(
      (await validateWorkbookReport(sheet)).findings.find((f) => f.ruleId === "carryOver.inForce")?.dismissed,
    ).toBeUndefined();
  });
});
