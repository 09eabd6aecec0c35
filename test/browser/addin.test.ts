import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { cellKey, formats, readReportText, type CellRef, type Report } from "../../src/domain";
import type { PreviewStats } from "../../src/preview/workbook/stats";
import { readFixture } from "../helpers/fixture";
import {
  addressIn,
  cell,
  ERROR_RGB,
  expectVisible,
  fillOf,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  pasteAt,
  previewForTests,
  shoot,
  shots,
  typeInto,
} from "./addin-helpers";
import { renderedFonts, type PageRecord } from "./launch";

// The add-in as a member of staff uses it, on the preview host: insert the 2025 template, fill in the published
// report's figures, break and fix a 勾稽关系, overwrite a total, validate from the ribbon, draft the prose.
jest.setTimeout(60_000);

const format = formats["2021"];
const at = (table: CellRef["table"], key: string): string => addressIn(2025, table, key);

let page: Page;
let record: PageRecord;
const stats = () =>
  page.evaluate(
    () =>
      (window as unknown as { __nianbaoPreview: { workbook: { stats: PreviewStats } } }).__nianbaoPreview.workbook
        .stats,
  );
const resetStats = () =>
  page.evaluate(() =>
    (
      window as unknown as { __nianbaoPreview: { workbook: { resetStats(): void } } }
    ).__nianbaoPreview.workbook.resetStats(),
  );
const maxSyncs = (s: PreviewStats) => Math.max(0, ...s.runs.map((r) => r.syncs));

/** The published 2019 report's figures, on the 2021 form: 三 and 四 as they are, 二's 规范性文件 as 制发 and 现行有效. */
function fixtureFigures(): Report["tables"] {
  const read = readReportText(readFixture());
  if (!read.report) throw new Error("the fixture could not be read");
  const { applications, appeals, disclosure } = read.report.tables;
  return {
    applications,
    appeals,
    disclosure: { "normativeDocs.issued": disclosure["normativeDocs.made"] ?? 0, "normativeDocs.inForce": 4 },
  };
}

previewForTests((preview) => {
  ({ page, record } = preview);
});

describe("the add-in on the preview host", () => {
  it("inserts the 2025 template (2021 format) in at most 3 syncs", async () => {
    await pane(page).getByLabel("机关名称").fill("某市某局");
    await expectVisible(pane(page).getByText("该年度适用 2021 年格式"));
    await resetStats();
    await pane(page).getByRole("button", { name: "插入模板" }).click();
    await expectVisible(pane(page).getByText("已插入工作表“2025年报表”和“2025年文字”。"));
    expect(maxSyncs(await stats())).toBeLessThanOrEqual(3);
    await expectVisible(page.getByRole("tab", { name: /2025年报表/ }));
    await expectVisible(cell(page, at("applications", "newReceived.total")));
    await shoot(page, "1-inserted");
  });

  it("takes the published report's figures, typed and pasted, and finds nothing wrong", async () => {
    const figures = fixtureFigures();
    const value = (table: CellRef["table"], row: string, col: string) => figures[table][cellKey(row, col)] ?? 0;
    const applicant = ["natural", "commercial", "research", "publicInterest", "legal", "otherOrg"];
    const rows = format.tables[1]!.sections[0]!.rows.map((r) => r.key);
    const above = rows.slice(0, rows.indexOf("resultTotal"));
    await pasteAt(
      page,
      at("applications", `${above[0]}.natural`),
      above.map((row) => applicant.map((c) => value("applications", row, c))),
    );
    await pasteAt(page, at("applications", "carriedOut.natural"), [
      applicant.map((c) => value("applications", "carriedOut", c)),
    ]);
    for (const group of ["review", "suitDirect", "suitAfterReview"]) {
      const parts = ["upheld", "corrected", "other", "pending"];
      await pasteAt(page, at("appeals", `${group}.upheld`), [parts.map((c) => value("appeals", group, c))]);
    }
    for (const c of format.tables[0]!.sections.flatMap((s) =>
      s.rows.flatMap((r) => s.columns.map((col) => cellKey(r.key, col.key))),
    )) {
      await typeInto(page, at("disclosure", c), String(figures.disclosure[c] ?? 0));
    }
    expect(await cell(page, at("applications", "resultTotal.total")).textContent()).toBe("0");
    await page.getByRole("toolbar", { name: "年报助手" }).getByRole("button", { name: "一键校验" }).click();
    // The prose is not written yet, so only its warnings remain: no error anywhere.
    await expectVisible(pane(page).getByText(/发现 0 处错误/));
    await expect(pane(page).getByRole("button", { name: /^错误/ }).count()).resolves.toBe(0);
    await shoot(page, "2-filled");
    // The filled report's labels are drawn in a CJK font, not boxes.
    const label = at("applications", "newReceived.natural").replace(/[A-Z]+/, "A");
    expect(await renderedFonts(page, `td[data-address="${label}"]`)).toEqual([expect.stringMatching(/CJK SC/)]);
  });

  // How fast is a budget of `npm run bench` (one-cell edit in the preview), not a test: a loaded machine is no reason to fail.
  it("lists a broken 勾稽关系 after an edit, the edit read in one sync and nothing written", async () => {
    const broken = at("applications", "newReceived.natural");
    await resetStats();
    await typeInto(page, broken, "5");
    const finding = pane(page).getByRole("button", {
      name: /自然人：第一项加第二项之和（5）不等于第三项加第四项之和（0）/,
    });
    await finding.first().waitFor({ state: "visible" });
    // The sheet's own conditional formats paint the cell; the add-in wrote no fill and no note.
    await expect(fillOf(page, broken)).resolves.toBe(ERROR_RGB);
    await expect(cell(page, broken).getAttribute("title")).resolves.toBeNull();
    const after = await stats();
    expect([maxSyncs(after), after.totals.writes]).toEqual([1, 0]);
    await shoot(page, "3-broken");
  });

  it("lands on the cell when the finding is clicked", async () => {
    await cell(page, "A1").click();
    await pane(page)
      .getByRole("button", { name: /自然人：第一项加第二项之和/ })
      .first()
      .click();
    await expect(page.getByRole("textbox", { name: "名称框" }).inputValue()).resolves.toBe(
      at("applications", "newReceived.natural"),
    );
  });

  it("drops the finding when it is fixed", async () => {
    const fixed = at("applications", "newReceived.natural");
    await typeInto(page, fixed, "0");
    await pane(page)
      .getByRole("button", { name: /第一项加第二项之和/ })
      .first()
      .waitFor({ state: "detached", timeout: 2_000 });
    await expect(fillOf(page, fixed)).resolves.not.toBe(ERROR_RGB);
    await shoot(page, "4-fixed");
  });

  it("lists an overwritten total and restores its formula in one click", async () => {
    const total = at("applications", "resultTotal.natural");
    await cell(page, total).click();
    await page.getByRole("toolbar", { name: "审阅" }).getByRole("button").click();
    await typeInto(page, total, "7");
    const lost = pane(page).getByRole("listitem").filter({ hasText: "合计公式已被改写为 7" });
    await expectVisible(lost);
    await lost.getByRole("button", { name: /^恢复公式：/ }).click();
    await lost.first().waitFor({ state: "detached", timeout: 5_000 });
    await cell(page, total).click();
    await expect(page.getByRole("textbox", { name: "编辑栏" }).inputValue()).resolves.toMatch(/^=SUM\(/);
    expect(await cell(page, total).textContent()).toBe("0");
    await shoot(page, "5-restored");
    await page.getByRole("toolbar", { name: "审阅" }).getByRole("button").click();
    await expectVisible(page.getByRole("tab", { name: /2025年报表（已保护）/ }));
  });

  it("validates from the ribbon's 一键校验 in one sync", async () => {
    await typeInto(page, at("applications", "carriedOut.legal"), "1");
    await resetStats();
    await page.getByRole("toolbar", { name: "年报助手" }).getByRole("button", { name: "一键校验" }).click();
    // One wrong figure, one item: the same imbalance in the 总计 column is named in it, not listed again.
    await expectVisible(pane(page).getByText(/发现 1 处错误/));
    await expectVisible(pane(page).getByRole("region", { name: "三、收到和处理政府信息公开申请情况" }));
    await expectVisible(
      pane(page).getByRole("button", {
        name: /法律服务机构：第一项加第二项之和（0）不等于第三项加第四项之和（1）；总计列因此同样不符/,
      }),
    );
    const runs = (await stats()).runs.filter((r) => r.syncs > 0);
    expect(Math.max(...runs.map((r) => r.syncs))).toBeLessThanOrEqual(1);
    await shoot(page, "6-validated");
    await typeInto(page, at("applications", "carriedOut.legal"), "0");
  });

  it("dismisses a warning with a short reason and keeps it, greyed, in the list", async () => {
    const item = pane(page).getByRole("listitem").filter({ hasText: "缺少“六、其他需要报告的事项”部分" });
    await item.getByRole("button", { name: "忽略" }).click();
    await page.getByLabel("忽略原因").fill("本单位无其他需要报告的事项");
    await page.getByRole("button", { name: "确定" }).click();
    await expectVisible(item.getByText("已忽略：本单位无其他需要报告的事项"));
    await expect(item.getByRole("button", { name: /^忽略：/ }).count()).resolves.toBe(0);
    const settings = await page.evaluate(() =>
      (
        window as unknown as { __nianbaoPreview: { workbook: { model: { settings: Map<string, unknown> } } } }
      ).__nianbaoPreview.workbook.model.settings.get("nianbao.dismissals"),
    );
    expect(String(settings)).toContain("本单位无其他需要报告的事项");
  });

  it("drafts the prose from the figures and writes it into the text sheet", async () => {
    await pane(page).getByRole("button", { name: "起草文字说明" }).click();
    const overview = pane(page).getByRole("textbox", { name: "一、总体情况" });
    await expectVisible(overview);
    expect(await overview.inputValue()).toContain("新收政府信息公开申请0件");
    await pane(page).getByRole("button", { name: "写入文字工作表" }).click();
    await expectVisible(
      pane(page).getByText("已写入：一、总体情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。"),
    );
    await page.getByRole("tab", { name: /2025年文字/ }).click();
    await expectVisible(page.getByText(/2026年，我们将/));
    // Writing the prose checks it at once: the missing-section warnings are gone.
    await expectVisible(pane(page).getByText("校验通过：未发现错误或警告。"));
    await shoot(page, "7-prose");
  });

  it("exports the open workbook as a Word document, the same the CLI writes", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane(page).getByRole("button", { name: "导出 Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("某市某局2025年政府信息公开工作年度报告.docx");
    const file = path.join(shots, "addin-export.docx");
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    // The title may stand on two lines (the body's name, then the year's title), kept whole as the CLI writes it.
    for (const text of [
      "某市某局",
      "2025年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "2026年，我们将",
    ]) {
      expect(xml).toContain(text);
    }
  });

  it("never changes the first template when the year is inserted again", async () => {
    const before = await page.evaluate(() =>
      JSON.stringify(
        (
          window as unknown as { __nianbaoPreview: { workbook: { snapshot(): { sheets: unknown[] } } } }
        ).__nianbaoPreview.workbook.snapshot().sheets,
      ),
    );
    await pane(page).getByRole("button", { name: "插入模板" }).click();
    await expectVisible(pane(page).getByText(/已有该年度的报告/));
    const after = await page.evaluate(() =>
      JSON.stringify(
        (
          window as unknown as { __nianbaoPreview: { workbook: { snapshot(): { sheets: unknown[] } } } }
        ).__nianbaoPreview.workbook.snapshot().sheets,
      ),
    );
    expect(after).toBe(before);
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
