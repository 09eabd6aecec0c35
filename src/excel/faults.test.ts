import { BODY, addressIn, apps, cellAt, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { HostError } from "./host-error";
import { insertTemplate } from "./insert-template";
import type { ReportSheet } from "./settings";
import { hostErrorMessage } from "./strings.zh-CN";
import { ERROR_FILL } from "./template-style";
import { validateWorkbookReport } from "./validate";
import { watchEdits, type EditCheck } from "./watch-edits";

// Host faults on the preview: a sync that fails part-way, the pane closed and opened again, edits that arrive while
// 一键校验 runs. The workbook never keeps half of an action, no edit goes unchecked, and the pane has a Chinese
// sentence for what happened.

const host = withPreviewHost();

const sheetNamesNow = () => host.workbook.snapshot().sheets.map((s) => s.name);
const reportNames = () => host.workbook.model.names.map((n) => n.name).filter((name) => name.startsWith("nb_2025"));

async function type(sheet: ReportSheet, key: string, value: string): Promise<void> {
  expect(host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps(key)), [[value]])).toEqual({ ok: true });
  await host.workbook.whenIdle();
}

describe("an insertion whose writing sync fails part-way", () => {
  it("leaves no sheet, name or record of its own behind, says so in Chinese, and can be retried", async () => {
    await insertYear(2024);
    const before = { sheets: sheetNamesNow(), reports: host.workbook.model.settings.get("nianbao.reports") };
    host.workbook.failSync(2);
    const failure = await insertTemplate({ year: 2025, body: BODY, format: "2021" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect(hostErrorMessage(failure)).toContain("工作簿保持插入前的样子");
    expect(sheetNamesNow()).toEqual(before.sheets);
    expect(reportNames()).toEqual([]);
    expect(host.workbook.model.settings.get("nianbao.reports")).toEqual(before.reports);
    expect(await insertTemplate({ year: 2025, body: BODY, format: "2021" })).toMatchObject({ ok: true });
  });

  it("writes nothing when the reading sync fails", async () => {
    const before = sheetNamesNow();
    host.workbook.failSync(1);
    await expect(insertTemplate({ year: 2025, body: BODY, format: "2021" })).rejects.toBeInstanceOf(HostError);
    expect(sheetNamesNow()).toEqual(before);
  });
});

describe("a check whose marking sync fails part-way", () => {
  it("reports the failure in Chinese, keeps events on, and the next edit's check has both edits", async () => {
    const sheet = await insertYear(2025);
    const results: EditCheck[] = [];
    const errors: unknown[] = [];
    await watchEdits(
      sheet,
      (result) => results.push(result),
      (error) => errors.push(error),
    );
    results.splice(0);
    host.workbook.failSync(2);
    await type(sheet, "newReceived.natural", "5");
    expect(results).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(hostErrorMessage(errors[0])).toMatch(/^Excel 未能完成操作/);
    expect(host.workbook.model.enableEvents).toBe(true);
    await type(sheet, "newReceived.legal", "1");
    const balance = results[0]?.findings.find((f) => f.code === "balance.mismatch");
    expect(balance).toMatchObject({ actual: 5, expected: 0 });
    const fill = cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps("newReceived.natural")))?.format.fill;
    expect(fill).toBe(ERROR_FILL);
  });
});

describe("the pane closed and opened again", () => {
  it("checks at once, on opening, what was typed while it was closed", async () => {
    const sheet = await insertYear(2025);
    const stop = await watchEdits(sheet, () => undefined);
    await stop();
    await type(sheet, "newReceived.natural", "5");
    const results: EditCheck[] = [];
    await watchEdits(sheet, (result) => results.push(result));
    expect(results).toHaveLength(1);
    expect(results[0]?.findings.filter((f) => f.code === "balance.mismatch")).toHaveLength(2);
    // Closing did not leave a handler behind: one edit, one check.
    await type(sheet, "disclosed.natural", "5");
    expect(results).toHaveLength(2);
    expect(results[1]?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("edits that arrive while 一键校验 runs", () => {
  it("are checked after it, on the sheet it left: the last outcome and the marks have every edit", async () => {
    const sheet = await insertYear(2025);
    const results: EditCheck[] = [];
    await watchEdits(sheet, (result) => results.push(result));
    results.splice(0);
    const validation = validateWorkbookReport(sheet);
    const edited = addressIn(sheet, apps("newReceived.natural"));
    expect(host.workbook.editFromUi(sheet.tablesSheet, edited, [["5"]])).toEqual({ ok: true });
    await validation;
    await host.workbook.whenIdle();
    const last = results.at(-1);
    expect(last?.findings.find((f) => f.code === "balance.mismatch")).toMatchObject({ actual: 5 });
    expect(cellAt(host.workbook, sheet.tablesSheet, edited)?.format.fill).toBe(ERROR_FILL);
  });
});
