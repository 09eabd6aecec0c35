import path from "node:path";
import type { Page } from "playwright-core";
import {
  addressIn,
  ERROR_RGB,
  expectVisible,
  fillOf,
  insertTemplate,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  previewForTests,
  ribbonValidate,
  shoot,
  typeInto,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 12, points 5, 6 and 8, as a member of staff meets them in the preview: a report from the wrong year to
// prefill from, two years in one workbook with the pane following the sheet in view, drafting from figures that do
// not add up, and prose checked as it is typed.
jest.setTimeout(60_000);

let page: Page;
let record: PageRecord;
const tab = (name: RegExp) => page.getByRole("tab", { name });
const reportPicker = () => pane(page).getByRole("combobox", { name: "当前报告" });

previewForTests((preview) => {
  ({ page, record } = preview);
});

describe("reports as staff meet them", () => {
  it("refuses to prefill 2025 from the 2019 report, says why, and writes nothing", async () => {
    const fixture = path.resolve(__dirname, "../fixtures/2019-huancui-bureau.txt");
    await pane(page).locator('input[type="file"]').setInputFiles(fixture);
    // Issue 17: the file is named by its year and body, and refused in red, before anything could read as accepted.
    await expectVisible(pane(page).getByText(/所选文件是“.*”2019 年度的报告，不能用来预填/));
    await expect(
      pane(page)
        .getByText(/已读取上年报告/)
        .count(),
    ).resolves.toBe(0);
    await insertTemplate(page, 2025);
    await expectVisible(
      pane(page).getByText(/只能用上一年度（2024年）的报告预填 2025 年的模板，所选文件是 2019 年的报告/),
    );
    await expect(page.getByRole("tab").count()).resolves.toBe(1);
    await shoot(page, "reports-1-wrong-year");
    await pane(page).locator('input[type="file"]').setInputFiles([]);
  });

  it("follows the sheet in view: edits on 2024 are checked there, and the ribbon checks 2024", async () => {
    await insertTemplate(page, 2024);
    await expectVisible(tab(/2024年报表/));
    await insertTemplate(page, 2025);
    await expectVisible(tab(/2025年报表/));
    await expect(reportPicker().textContent()).resolves.toMatch(/2025 年度/);
    await tab(/2024年报表/).click();
    await expect(reportPicker().textContent()).resolves.toMatch(/2024 年度/);
    const broken = addressIn(2024, "applications", "newReceived.legal");
    await typeInto(page, broken, "2");
    await expectVisible(pane(page).getByRole("button", { name: /法律服务机构：第一项加第二项之和（2）/ }));
    await expect(fillOf(page, broken)).resolves.toBe(ERROR_RGB);
    // The 总计 column only echoes the mistake: it is named in the same item, not listed again.
    await expectVisible(pane(page).getByRole("button", { name: /法律服务机构：.*；总计列因此同样不符/ }));
    await ribbonValidate(page);
    await expectVisible(pane(page).getByText(/个单元格为空/));
    await expect(reportPicker().textContent()).resolves.toMatch(/2024 年度/);
    await expectVisible(pane(page).getByText(/发现 1 处错误/));
    await shoot(page, "reports-2-follows-2024");
  });

  it("warns before drafting from figures that do not add up, and drafts when asked again", async () => {
    await pane(page).getByRole("button", { name: "起草文字说明" }).click();
    await expectVisible(pane(page).getByText(/表格中还有 1 处错误，据此起草的文字会照搬有误的数字/));
    await expect(pane(page).getByRole("textbox", { name: "一、总体情况" }).count()).resolves.toBe(0);
    await shoot(page, "reports-3-draft-warning");
    await pane(page).getByRole("button", { name: "仍然起草" }).click();
    await expectVisible(pane(page).getByRole("textbox", { name: "一、总体情况" }));
  });

  it("checks the prose sheet as it is typed, without 一键校验", async () => {
    await tab(/2024年文字/).click();
    await expect(reportPicker().textContent()).resolves.toMatch(/2024 年度/);
    await typeInto(page, "A5", "2024年，我们将继续做好政务公开工作。");
    await expectVisible(pane(page).getByText(/改进计划应写下一年（2025年）/));
    await shoot(page, "reports-4-prose");
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
