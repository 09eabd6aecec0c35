import fs from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { toReportJson, type Report } from "../../src/domain";
import { withApplications, writtenReport } from "../../src/domain/review/__fixtures__/review-reports";
import { writeReportDocx } from "../../src/files/docx/write-docx";
import { reportPage } from "../../src/files/html/__fixtures__/report-page";
import {
  expectVisible,
  insertTemplate,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  type Preview,
  previewForTests,
  shots,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 19, 汇总下级报告: the office compiling 某区人民政府's 2024 report picks its units' reports (a town's report
// data, a bureau's Word document, another bureau's saved web page with a total that does not add up), plus a unit's
// 2023 report and a file that is no report. The pane names each unit's body, year and status, names the unit with
// errors first when asking to go on, fills the region's tables with the sums (totals stay formulas) and lists the
// sources on 2024年下级汇总; summing again replaces what the first summing wrote.
jest.setTimeout(90_000);

const dir = fs.mkdtempSync(path.join(tmpdir(), "nianbao-units-"));
const files = {
  town: path.join(dir, "甲镇2024年报.json"),
  bureau: path.join(dir, "乙局2024年报.docx"),
  wrong: path.join(dir, "丙局2024年报.html"),
  lastYear: path.join(dir, "丁局2023年报.json"),
  junk: path.join(dir, "会议纪要.txt"),
};

let page: Page;
let record: PageRecord;

/** A unit's consistent 2024 report: `received` applications from natural persons, all disclosed. */
function unitReport(body: string, received: number, year = 2024): Report {
  return withApplications(writtenReport(body, year), received);
}

/** The region's named cells of 2024 as Excel's API reads them: formulas and values. */
async function namedCells(keys: string[]): Promise<Record<string, { formula: unknown; value: unknown }>> {
  return page.evaluate(async (names) => {
    return Excel.run(async (context) => {
      const ranges = names.map((name) => context.workbook.names.getItem(name).getRange().load("formulas, values"));
      await context.sync();
      return Object.fromEntries(
        names.map((name, i) => [
          name,
          { formula: ranges[i]!.formulas[0]?.[0] as unknown, value: ranges[i]!.values[0]?.[0] as unknown },
        ]),
      );
    });
  }, keys);
}

/** The 2024年下级汇总 sheet's rows as Excel's API reads them. */
async function unitSheetRows(): Promise<unknown[][]> {
  return page.evaluate(async () =>
    Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("2024年下级汇总").getRange("A1:J40").load("values");
      await context.sync();
      return used.values as unknown[][];
    }),
  );
}

const names = {
  natural: "nb_2024_applications_newReceived.natural",
  total: "nb_2024_applications_newReceived.total",
  disclosed: "nb_2024_applications_disclosed.natural",
  rules: "nb_2024_disclosure_rules.issued",
  normative: "nb_2024_disclosure_normativeDocs.issued",
};

const section = (): Locator => pane(page).getByRole("region", { name: "汇总下级报告" });
const dialog = (): Locator => page.getByRole("dialog");
const shoot = (name: string) => page.screenshot({ path: path.join(shots, `units-${name}.png`), fullPage: true });

async function summarise(choice: RegExp): Promise<void> {
  await section()
    .getByRole("button", { name: /汇总到本报告/ })
    .click();
  await dialog().getByRole("button", { name: choice }).click();
  await dialog().waitFor({ state: "detached" });
}

beforeAll(async () => {
  const town = unitReport("某区甲镇人民政府", 3);
  town.tables.disclosure["rules.issued"] = 1;
  fs.writeFileSync(files.town, JSON.stringify(toReportJson(town)));
  const bureau = unitReport("某区乙局", 4);
  bureau.tables.disclosure["normativeDocs.issued"] = 2;
  fs.writeFileSync(files.bureau, await writeReportDocx(bureau));
  // 总计 typed as 50 where its row adds up to 5: an error the compiling office should see before summing.
  const wrong = unitReport("某区丙局", 5);
  wrong.tables.applications["newReceived.total"] = 50;
  fs.writeFileSync(files.wrong, reportPage(wrong));
  fs.writeFileSync(files.lastYear, JSON.stringify(toReportJson(unitReport("某区丁局", 9, 2023))));
  fs.writeFileSync(files.junk, "关于召开年度工作会议的通知\n请各单位准时参加。\n");
}, 90_000);

previewForTests(
  async (preview) => {
    ({ page, record } = preview);
    await insertTemplate(page, 2024, "某区人民政府");
    await expectVisible(page.getByRole("tab", { name: /2024年报表/ }));
  },
  { timeout: 90_000 },
);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("汇总下级报告 in the preview", () => {
  it("reads the picked units and shows each one's body, year and status", async () => {
    // The picker is a button named in Chinese, not the browser's “Choose Files” (issue 17 point 6).
    await expect(
      section()
        .getByRole("button", { name: /Choose|File/i })
        .count(),
    ).resolves.toBe(0);
    const chooser = page.waitForEvent("filechooser");
    await section().getByRole("button", { name: "选择下级单位的报告文件…" }).click();
    await expect(chooser).resolves.toBeTruthy();
    await section().locator('input[type="file"]').setInputFiles(Object.values(files));
    const list = section().getByRole("list", { name: "已选择的下级报告" });
    await expectVisible(list, 30_000);
    const items = list.getByRole("listitem");
    await expect(items.count()).resolves.toBe(5);
    // Worst first: the file that is no report, then the unit with errors.
    await expect(items.nth(0).textContent()).resolves.toMatch(/会议纪要\.txt.*无法读取/);
    await expect(items.nth(1).textContent()).resolves.toMatch(/某区丙局 · 2024 年度.*有错误（错误 \d+ 处/);
    await expectVisible(items.filter({ hasText: "某区丁局 · 2023 年度" }).getByText("不计入：不是 2024 年度的报告"));
    await expectVisible(items.filter({ hasText: "某区乙局 · 2024 年度" }).getByText(/^通过/));
    await expectVisible(items.filter({ hasText: "某区甲镇人民政府 · 2024 年度" }).getByText(/^通过/));
    await section().scrollIntoViewIfNeeded();
    await shoot("1-picked");
  });

  it("names the unit with errors first in the confirmation, before anything is written", async () => {
    await section().getByRole("button", { name: "汇总到本报告（3 份）" }).click();
    await expectVisible(dialog());
    const text = (await dialog().textContent()) ?? "";
    expect(text).toMatch(/^汇总 3 份下级报告？以下单位的报告有错误或未读完/);
    expect(text.indexOf("某区丙局（丙局2024年报.html）：有错误")).toBeGreaterThan(0);
    expect(text.indexOf("某区丙局")).toBeLessThan(text.indexOf("以下文件不计入"));
    expect(text).toContain("丁局2023年报.json：不是 2024 年度的报告");
    // Nothing written yet.
    await expect(namedCells([names.natural])).resolves.toMatchObject({ [names.natural]: { value: "" } });
    await shoot("2-confirm");
  });

  it("fills the region's figures with the units' sums, totals left as formulas, and lists the sources", async () => {
    await dialog().getByRole("button", { name: "汇总全部 3 份" }).click();
    await expectVisible(section().getByText(/已把 3 份下级报告的数字之和填入本报告/));
    const cells = await namedCells(Object.values(names));
    expect(cells[names.natural]).toEqual({ formula: 12, value: 12 });
    expect(cells[names.disclosed]).toEqual({ formula: 12, value: 12 });
    expect(cells[names.rules]).toMatchObject({ value: 1 });
    expect(cells[names.normative]).toMatchObject({ value: 2 });
    // 丙局's 50 is not summed into the total: the region's 总计 is its formula, over the summed figures.
    expect(cells[names.total]!.formula).toMatch(/^=SUM\(/);
    expect(cells[names.total]!.value).toBe(12);
    const rows = await unitSheetRows();
    expect(rows[0]![0]).toBe("2024 年度下级报告汇总");
    const source = (file: string) => rows.find((row) => row[1] === file);
    expect(source("丙局2024年报.html")?.slice(5, 9)).toEqual([
      "有错误",
      expect.any(Number),
      expect.any(Number),
      "计入",
    ]);
    expect(source("丁局2023年报.json")?.[8]).toBe("未计入");
    expect(source("会议纪要.txt")?.[5]).toBe("无法读取");
    const received = rows.find((row) => row[1] === "一、本年新收政府信息公开申请数量" && row[2] === "自然人");
    // The sum, then each counted unit's figure.
    expect(received?.[3]).toBe(12);
    expect((received?.slice(4, 7) as number[]).sort()).toEqual([3, 4, 5]);
    await shoot("3-summed");
    await page.getByRole("tab", { name: /2024年下级汇总/ }).click();
    await shoot("4-unit-sheet");
    await page.getByRole("tab", { name: /2024年报表/ }).click();
  });

  it("replaces its sums and rewrites 下级汇总 when run again, never adding to what it wrote", async () => {
    await summarise(/只汇总无错误的 2 份/);
    await expectVisible(section().getByText(/已把 2 份下级报告的数字之和填入本报告/));
    let cells = await namedCells([names.natural, names.total]);
    expect(cells[names.natural]).toMatchObject({ value: 7 });
    expect(cells[names.total]).toMatchObject({ value: 7 });
    let rows = await unitSheetRows();
    expect(rows.find((row) => row[1] === "丙局2024年报.html")?.[8]).toBe("未计入");

    await summarise(/汇总全部 3 份/);
    await expectVisible(section().getByText(/已把 3 份下级报告的数字之和填入本报告/));
    cells = await namedCells([names.natural, names.total]);
    expect(cells[names.natural]).toMatchObject({ value: 12 });
    expect(cells[names.total]).toMatchObject({ value: 12 });
    rows = await unitSheetRows();
    expect(rows.find((row) => row[1] === "丙局2024年报.html")?.[8]).toBe("计入");
    await expect(page.getByRole("tab", { name: /下级汇总/ }).count()).resolves.toBe(1);
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});

describe("汇总下级报告 in a pane dragged to 300 px", () => {
  let narrow: Preview;
  const box = async (locator: Locator) => {
    const found = await locator.boundingBox();
    if (!found) throw new Error("not drawn");
    return { left: found.x, right: found.x + found.width };
  };

  previewForTests(
    async (preview) => {
      narrow = preview;
      await insertTemplate(narrow.page, 2024, "某区人民政府");
      await expectVisible(narrow.page.getByRole("tab", { name: /2024年报表/ }));
    },
    { query: "?pane=300" },
  );

  it("keeps the units' list and the confirmation inside the pane", async () => {
    const { page: p } = narrow;
    const units = pane(p).getByRole("region", { name: "汇总下级报告" });
    await units.locator('input[type="file"]').setInputFiles([files.wrong, files.town, files.lastYear]);
    const list = units.getByRole("list", { name: "已选择的下级报告" });
    await expectVisible(list, 30_000);
    const paneBox = await box(p.locator("#task-pane"));
    const listBox = await box(list);
    expect(listBox.left).toBeGreaterThanOrEqual(paneBox.left - 0.5);
    expect(listBox.right).toBeLessThanOrEqual(paneBox.right + 0.5);
    await units.scrollIntoViewIfNeeded();
    await p.screenshot({ path: path.join(shots, "units-5-narrow-list.png"), fullPage: true });
    await units.getByRole("button", { name: "汇总到本报告（2 份）" }).click();
    const confirm = p.getByRole("dialog");
    await expectVisible(confirm);
    for (const part of [confirm, ...(await confirm.getByRole("button").all())]) {
      const partBox = await box(part);
      expect(partBox.left).toBeGreaterThanOrEqual(paneBox.left - 0.5);
      expect(partBox.right).toBeLessThanOrEqual(paneBox.right + 0.5);
    }
    await p.screenshot({ path: path.join(shots, "units-6-narrow-confirm.png"), fullPage: true });
    await confirm.getByRole("button", { name: "取消" }).click();
    expect(narrow.record.consoleErrors).toEqual([]);
  });
});
