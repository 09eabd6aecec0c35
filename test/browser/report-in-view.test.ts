import type { Page } from "playwright-core";
import {
  addressIn,
  expectVisible,
  insertTemplate,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  previewForTests,
  ribbonValidate,
  shoot,
  typeInto,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 17, points 1 and 4, as a clerk meets them in the preview: everything the pane shows belongs to the report in
// view (a 2025 draft never reaches 2024's 文字 sheet, the Word notice of 2025 is not shown over 2024), a wrong year
// opening section 一 is flagged, and first results say what has not been checked yet instead of a pass.
jest.setTimeout(90_000);

let page: Page;
let record: PageRecord;
const BODY = "某县交通运输局";
const reportPicker = () => pane(page).getByRole("combobox", { name: "当前报告" });
const overviewBox = () => pane(page).getByRole("textbox", { name: "一、总体情况" });

previewForTests((preview) => {
  ({ page, record } = preview);
});

describe("first results tell the truth (point 4)", () => {
  it("a blank template is not a pass: the pane says nothing is filled in and what is not checked yet", async () => {
    await insertTemplate(page, 2025, BODY);
    await expectVisible(page.getByRole("tab", { name: /2025年报表/ }));
    await expectVisible(pane(page).getByText(/报告还没有填写任何数字。尚未全面校验/));
    await expect(
      pane(page)
        .getByText(/校验通过/)
        .count(),
    ).resolves.toBe(0);
    await shoot(page, "in-view-1-blank-template");
    await ribbonValidate(page);
    await expectVisible(pane(page).getByText(/报告没有填写任何数字/));
    await expect(
      pane(page)
        .getByText(/校验通过/)
        .count(),
    ).resolves.toBe(0);
    await expect(
      pane(page)
        .getByText(/尚未全面校验/)
        .count(),
    ).resolves.toBe(0);
  });

  it("figures typed before 一键校验: no pass, but what the live check covers and what it does not", async () => {
    await insertTemplate(page, 2024, BODY);
    await expectVisible(reportPicker().getByText(/2024 年度/));
    await typeInto(page, addressIn(2024, "applications", "newReceived.natural", BODY), "0");
    await expectVisible(pane(page).getByText(/已填写的数字暂未发现问题。尚未全面校验/));
    await expect(
      pane(page)
        .getByText(/校验通过/)
        .count(),
    ).resolves.toBe(0);
    await shoot(page, "in-view-2-typed-not-validated");
  });
});

describe("the report in view (point 1)", () => {
  it("a 2025 draft and the 2025 Word notice are gone once 2024 is in view; 2024 drafts its own year", async () => {
    await page.getByRole("tab", { name: /2025年报表/ }).click();
    await expectVisible(reportPicker().getByText(/2025 年度/));
    await pane(page).getByRole("button", { name: "起草文字说明" }).click();
    await pane(page).getByRole("button", { name: "仍然起草" }).click();
    await expectVisible(overviewBox());
    expect(await overviewBox().inputValue()).toMatch(/^（一）主动公开\n2025年，/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane(page).getByRole("button", { name: "导出 Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toContain("2025");
    await expectVisible(pane(page).getByText(/已生成 Word 文档.*2025/));
    await shoot(page, "in-view-3-2025-drafted");

    await page.getByRole("tab", { name: /2024年报表/ }).click();
    await expectVisible(reportPicker().getByText(/2024 年度/));
    await expect(overviewBox().count()).resolves.toBe(0);
    await expect(pane(page).getByRole("button", { name: "写入文字工作表" }).count()).resolves.toBe(0);
    await expect(
      pane(page)
        .getByText(/已生成 Word 文档/)
        .count(),
    ).resolves.toBe(0);
    await shoot(page, "in-view-4-2024-in-view");

    await pane(page).getByRole("button", { name: "起草文字说明" }).click();
    await expectVisible(overviewBox());
    expect(await overviewBox().inputValue()).toMatch(/^（一）主动公开\n2024年，/);
  });

  it("prose opening with another year's date in the 2024 report is flagged after writing", async () => {
    const drafted = await overviewBox().inputValue();
    await overviewBox().fill(drafted.replace("2024年，", "2025年，"));
    await pane(page).getByRole("button", { name: "写入文字工作表" }).click();
    await expectVisible(pane(page).getByText(/已写入：/));
    await page.getByRole("tab", { name: /2024年文字/ }).click();
    await expectVisible(page.getByText(/2025年，某县交通运输局严格落实/));
    await expectVisible(
      pane(page).getByText(/一、总体情况：开头写的是 2025 年（“2025年，某县交通运输局.*”），本报告是 2024 年度的报告/),
    );
    // Nothing was written into 2025's 文字 sheet.
    await page.getByRole("tab", { name: /2025年文字/ }).click();
    await expectVisible(reportPicker().getByText(/2025 年度/));
    await expect(page.getByText(/2025年，某县交通运输局严格落实/).count()).resolves.toBe(0);
    await shoot(page, "in-view-5-wrong-year-flagged");
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
