import { emptyReport, formats, layoutTablesSheet, sheetNames, zeroReport } from "../domain";
import { BODY, addressIn, apps, cellAt, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { insertTemplate } from "./insert-template";
import { settingKeys } from "./settings";
import { HEADER_FILL, PREFILLED_FONT, TOTAL_FILL } from "./template-style";

const host = withPreviewHost();
const options = { year: 2025, body: BODY, format: "2021" as const };

describe("insertTemplate", () => {
  it("inserts both sheets, protected, in one Excel.run of at most 3 syncs", async () => {
    host.workbook.resetStats();
    const result = await insertTemplate(options);
    expect(result).toEqual({ ok: true, tablesSheet: "2025年报表", textSheet: "2025年文字", prefilled: [] });
    const { runs } = host.workbook.stats;
    expect(runs).toHaveLength(1);
    expect(runs[0]?.syncs).toBeLessThanOrEqual(3);
    const sheets = host.workbook.snapshot().sheets;
    expect(sheets.map((s) => [s.name, s.protection.protected])).toEqual([
      ["Sheet1", false],
      ["2025年报表", true],
      ["2025年文字", true],
    ]);
  });

  it("names every figure and prose cell at its layout address", async () => {
    await insertTemplate(options);
    const layout = layoutTablesSheet(formats["2021"], 2025, BODY);
    const names = new Map(host.workbook.snapshot().names.map((n) => [n.name, n.formula]));
    expect(names.size).toBe(layout.names.length + 3);
    for (const named of layout.names) {
      const absolute = named.address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
      expect([named.name, names.get(named.name)]).toEqual([named.name, `='2025年报表'!${absolute}`]);
    }
    expect(names.get("nb_2025_text_overview")).toBe("='2025年文字'!$A$3");
  });

  it("writes totals as formulas, labels locked, figures unlocked, with a Chinese alert for bad values", async () => {
    const sheet = await insertYear(2025);
    const total = cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps("newReceived.total")));
    expect([total?.formula, total?.locked, total?.format.fill]).toEqual(["=SUM(D23:I23)", true, TOTAL_FILL]);
    expect(cellAt(host.workbook, sheet.tablesSheet, "A4")).toMatchObject({ value: "信息内容", locked: true });
    expect(cellAt(host.workbook, sheet.tablesSheet, "A4")?.format.fill).toBe(HEADER_FILL);
    const input = addressIn(sheet, apps("newReceived.natural"));
    expect(cellAt(host.workbook, sheet.tablesSheet, input)).toMatchObject({ locked: false, numberFormat: "0" });
    expect(host.workbook.editFromUi(sheet.tablesSheet, "A4", [["改"]])).toMatchObject({ reason: "protected" });
    expect(host.workbook.editFromUi(sheet.tablesSheet, input, [["-1"]])).toMatchObject({
      ok: false,
      reason: "invalid",
      style: "Stop",
      title: "请填写件数",
    });
    expect(host.workbook.editFromUi(sheet.tablesSheet, input, [["3"]])).toEqual({ ok: true });
  });

  it.each([
    ["本年增/减 (may be negative)", "2019", 2020, { table: "disclosure", key: "licensing.change" }, "-2", true],
    ["采购总金额 (decimals)", "2019", 2020, { table: "disclosure", key: "procurement.amount" }, "12.5", true],
    ["本年收费金额 (not negative)", "2021", 2025, { table: "disclosure", key: "fees.amount" }, "-0.5", false],
  ] as const)("validates %s by its kind", async (_, _format, year, ref, typed, accepted) => {
    const sheet = await insertYear(year);
    expect(host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, ref), [[typed]]).ok).toBe(accepted);
  });

  it("changes nothing when the year's report is here already, and says where to open it", async () => {
    await insertTemplate(options);
    const before = host.workbook.snapshot();
    const settings = host.workbook.model.settings.get(settingKeys.reports);
    host.workbook.resetStats();
    expect(await insertTemplate({ ...options, body: "另一个局" })).toEqual({
      ok: false,
      reason: "yearInUse",
      year: 2025,
      existing: ["2025年报表", "2025年文字"],
    });
    expect(host.workbook.snapshot()).toEqual(before);
    expect(host.workbook.model.settings.get(settingKeys.reports)).toEqual(settings);
    expect(host.workbook.stats.totals.writes).toBe(0);
  });

  it("says which sheets of another's take the names, and inserts under other names then", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("2025年报表");
      await context.sync();
    });
    host.workbook.resetStats();
    expect(await insertTemplate(options)).toEqual({ ok: false, reason: "exists", existing: ["2025年报表"] });
    expect(host.workbook.stats.totals.writes).toBe(0);
    const other = { tables: "2025年报表（2）", text: "2025年文字" };
    expect(await insertTemplate({ ...options, sheetNames: other })).toMatchObject({
      ok: true,
      tablesSheet: other.tables,
    });
  });

  it.each([
    ["a blank 机关名称", { body: "  " }, { ok: false, reason: "noBody" }],
    [
      "a report to prefill from that is not last year's",
      { previous: { ...emptyReport("2019", 2019, "某局"), tables: { disclosure: {}, applications: {}, appeals: {} } } },
      { ok: false, reason: "previousYear", year: 2025, previousYear: 2019 },
    ],
  ])("refuses %s, before touching the workbook", async (_, change, outcome) => {
    host.workbook.resetStats();
    expect(await insertTemplate({ ...options, ...change })).toEqual(outcome);
    expect(host.workbook.stats.totals.runs).toBe(0);
  });

  it("writes a 机关名称 starting with = as text, never as a formula", async () => {
    await insertTemplate({ ...options, body: '=HYPERLINK("http://x","某局")' });
    const title = host.workbook
      .snapshot()
      .sheets.find((s) => s.name === "2025年报表")
      ?.cells.find((c) => c.address === "A1");
    expect(title?.formula).toBeUndefined();
    expect(title?.value).toBe('=HYPERLINK("http://x","某局")2025年政府信息公开工作年度报告');
  });

  it("refuses sheet names Excel would refuse, before touching the workbook", async () => {
    host.workbook.resetStats();
    const names = { tables: "报表[2025]", text: "文".repeat(32) };
    expect(await insertTemplate({ ...options, sheetNames: names })).toEqual({
      ok: false,
      reason: "badName",
      invalid: [names.tables, names.text],
    });
    expect(host.workbook.stats.totals.runs).toBe(0);
  });

  it("takes other sheet names, but not a second copy of the same year", async () => {
    await insertTemplate(options);
    const other = { tables: "报表副本", text: "文字副本" };
    expect(await insertTemplate({ ...options, sheetNames: other })).toEqual({
      ok: false,
      reason: "yearInUse",
      year: 2025,
      existing: ["2025年报表", "2025年文字"],
    });
    expect(await insertTemplate({ ...options, year: 2024, sheetNames: other })).toMatchObject({
      ok: true,
      tablesSheet: "报表副本",
    });
  });

  it("holds a 2019-format and a 2021-format year in one workbook, both recorded in the settings", async () => {
    await insertYear(2020);
    await insertYear(2025);
    expect(JSON.parse(String(host.workbook.model.settings.get(settingKeys.reports)))).toEqual([
      { year: 2020, format: "2019", body: BODY, tablesSheet: "2020年报表", textSheet: "2020年文字" },
      { year: 2025, format: "2021", body: BODY, ...{ tablesSheet: "2025年报表", textSheet: "2025年文字" } },
    ]);
    expect(host.workbook.snapshot().names).toHaveLength(
      layoutTablesSheet(formats["2019"], 2020, BODY).names.length +
        layoutTablesSheet(formats["2021"], 2025, BODY).names.length +
        6,
    );
  });

  it("prefills 上年结转 and 现行有效件数 from last year's report", async () => {
    const previous = zeroReport("2021", 2024, BODY);
    previous.tables.applications["carriedOut.natural"] = 4;
    previous.tables.applications["carriedOut.total"] = 4;
    previous.tables.disclosure["rules.inForce"] = 9;
    const sheet = await insertYear(2025, previous);
    const value = (key: string, table: "applications" | "disclosure" = "applications"): unknown =>
      cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, { table, key }))?.value;
    expect([value("carriedIn.natural"), value("carriedIn.total"), value("rules.inForce", "disclosure")]).toEqual([
      4, 4, 9,
    ]);
    expect(sheetNames(2025).tables).toBe(sheet.tablesSheet);
    // Prefilled figures look brought over, typed ones as typed.
    const font = (key: string) => cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps(key)))?.format.font;
    expect(font("carriedIn.natural")).toMatchObject({ color: PREFILLED_FONT, italic: true });
    expect(font("newReceived.natural")?.color).not.toBe(PREFILLED_FONT);
  });

  it("prefills from last year's sheets in the workbook when no report is given, and says so", async () => {
    const lastYear = await insertYear(2024);
    const carriedOut = addressIn(lastYear, { table: "applications", key: "carriedOut.legal" });
    expect(host.workbook.editFromUi(lastYear.tablesSheet, carriedOut, [[2]])).toEqual({ ok: true });
    await host.workbook.whenIdle();
    const result = await insertTemplate(options);
    expect(result).toMatchObject({ ok: true, prefilledFrom: "workbook" });
    const sheet = { ...options, tablesSheet: "2025年报表", textSheet: "2025年文字" };
    const carriedIn = addressIn(sheet, { table: "applications", key: "carriedIn.legal" });
    expect(cellAt(host.workbook, sheet.tablesSheet, carriedIn)?.value).toBe(2);
  });
});

describe("insertTemplate page set-up", () => {
  it("prints both sheets on A4 with the title row repeated (ExcelApi 1.9)", async () => {
    await insertTemplate(options);
    const sheets = host.workbook.snapshot().sheets.filter((s) => s.name.startsWith("2025"));
    expect(sheets.map((s) => s.pageLayout.paperSize)).toEqual(["A4", "A4"]);
    const rows = layoutTablesSheet(formats["2021"], 2025, BODY).printTitleRows;
    expect(rows).toBeDefined();
    expect(sheets[0]?.pageLayout.printTitleRows).toBe(`${rows!.first + 1}:${rows!.last + 1}`);
  });
});

describe("insertTemplate frozen panes", () => {
  it("freezes the tables sheet's title row and label columns (ExcelApi 1.7), and nothing on the text sheet", async () => {
    await insertTemplate(options);
    const location = await Excel.run(async (context) => {
      const sheets = ["2025年报表", "2025年文字"].map((name) => context.workbook.worksheets.getItem(name));
      const frozen = sheets.map((sheet) => sheet.freezePanes.getLocationOrNullObject().load("address"));
      await context.sync();
      return frozen.map((range) => (range.isNullObject ? null : range.address));
    });
    // A: the group 三、本年度办理结果, B: （三）不予公开, C: the item labels; row 1: the report's body and year.
    expect(location).toEqual(["'2025年报表'!A1:C1", null]);
    const sheets = host.workbook.snapshot().sheets.filter((s) => s.name.startsWith("2025"));
    expect(sheets.map((s) => s.frozen)).toEqual([
      { rows: 1, columns: 3 },
      { rows: 0, columns: 0 },
    ]);
  });
});

describe("insertTemplate row heights", () => {
  it("makes the title row tall enough for the title wrapped over the label columns (merged cells do not grow)", async () => {
    await insertTemplate(options);
    const [tables, text] = host.workbook.snapshot().sheets.filter((s) => s.name.startsWith("2025"));
    // “2025年…政府信息公开工作年度报告” in 16 pt does not fit A–C on one line: at least two lines of 16 pt.
    expect(tables?.rowHeights[0] ?? 15).toBeGreaterThanOrEqual(2 * 16);
    // Each prose section of the text sheet gets room to write in.
    expect(Object.values(text?.rowHeights ?? {}).some((height) => height >= 180)).toBe(true);
  });
});
