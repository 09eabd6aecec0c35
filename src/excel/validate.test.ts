import { addressIn, apps, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { dismissWarning, loadDismissals } from "./dismissals";
import { HostError } from "./host-error";
import { settingKeys } from "./settings";
import { hostErrorMessage } from "./strings.zh-CN";
import { selectCell, validateWorkbookReport } from "./validate";

const host = withPreviewHost();
const inForce = { table: "disclosure", key: "rules.inForce" } as const;

describe("validateWorkbookReport", () => {
  it("checks figures against last year's sheet in one run of one sync, writing nothing", async () => {
    const previous = await insertYear(2024);
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(previous.tablesSheet, addressIn(previous, apps("carriedOut.natural")), [["4"]]);
    host.workbook.resetStats();
    const { findings, format, report } = await validateWorkbookReport(sheet);
    expect(host.workbook.stats.runs.map(({ syncs, writes }) => ({ syncs, writes }))).toEqual([{ syncs: 1, writes: 0 }]);
    expect(format).toBe("2021");
    expect(report.year).toBe(2025);
    const carryOver = findings.find((f) => f.ruleId === "carryOver.applications");
    expect(carryOver).toMatchObject({ severity: "error", cells: [apps("carriedIn.natural")], expected: 4 });
  });

  it("finds the report's sheets again when a person has renamed them, and says where they are now", async () => {
    const sheet = await insertYear(2025);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).name = "报表（定稿）";
      await context.sync();
    });
    host.workbook.editFromUi("报表（定稿）", addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    const validation = await validateWorkbookReport(sheet);
    expect(validation.sheet.tablesSheet).toBe("报表（定稿）");
    expect(validation.findings.some((f) => f.code === "balance.mismatch")).toBe(true);
  });

  it("reports prose findings too", async () => {
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(sheet.textSheet, "A5", [["2025年，我们将继续做好政务公开工作。"]]);
    const { findings } = await validateWorkbookReport(sheet);
    expect(findings.map((f) => f.ruleId)).toContain("narrative.year");
  });
});

describe("dismissals", () => {
  it("keeps a dismissed warning in the settings until its figures change", async () => {
    const previous = await insertYear(2024);
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(previous.tablesSheet, addressIn(previous, inForce), [["9"]]);
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, inForce), [["7"]]);
    const first = await validateWorkbookReport(sheet);
    const warning = first.findings.find((f) => f.ruleId === "carryOver.inForce");
    if (!warning) throw new Error("expected the 现行有效件数 warning");
    const address = addressIn(sheet, inForce);
    const reason = "两件规章已废止";
    host.workbook.resetStats();
    const dismissed = await dismissWarning(sheet, warning, reason);
    expect(dismissed.findings.find((f) => f.ruleId === "carryOver.inForce")?.dismissed).toEqual({ reason });
    expect(host.workbook.stats.runs.map((run) => run.syncs)).toEqual([2]);
    expect(await loadDismissals()).toEqual([expect.objectContaining({ reason })]);
    expect(host.workbook.model.settings.has(settingKeys.dismissals)).toBe(true);

    const second = await validateWorkbookReport(sheet);
    expect(second.findings.find((f) => f.ruleId === "carryOver.inForce")?.dismissed).toEqual({ reason });

    host.workbook.editFromUi(sheet.tablesSheet, address, [["8"]]);
    const third = await validateWorkbookReport(sheet);
    expect(third.findings.find((f) => f.ruleId === "carryOver.inForce")?.dismissed).toBeUndefined();
  });

  it("reads unreadable settings as no dismissals", async () => {
    await Excel.run(async (context) => {
      context.workbook.settings.add(settingKeys.dismissals, "not json");
      await context.sync();
    });
    expect(await loadDismissals()).toEqual([]);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects a figure or a prose cell", async () => {
    const sheet = await insertYear(2025);
    await selectCell(sheet, apps("carriedOut.legal"));
    const snapshot = host.workbook.snapshot();
    expect(snapshot.sheets.find((s) => s.id === snapshot.activeSheetId)?.name).toBe(sheet.tablesSheet);
    expect(snapshot.selection.address).toBe(addressIn(sheet, apps("carriedOut.legal")));
    await selectCell(sheet, "other");
    expect(host.workbook.snapshot().selection.address).toBe("A7");
  });

  it("turns a missing sheet into a HostError with a Chinese message", async () => {
    const sheet = await insertYear(2025);
    const gone = { ...sheet, year: 2030 };
    const failure = await selectCell(gone, apps("carriedOut.legal")).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: "notFound" });
    expect((failure as HostError).cause).toMatchObject({ code: "ItemNotFound" });
    expect(hostErrorMessage(failure)).toContain("重新插入");
    expect(hostErrorMessage(new HostError("protected", undefined))).toContain("撤销工作表保护");
    expect(hostErrorMessage(new HostError("rolledBack", undefined))).toContain("工作簿保持操作前的样子");
  });
});
