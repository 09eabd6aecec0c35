import fs from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { emptyReport, zeroReport } from "../../src/domain";
import {
  addressIn,
  cell,
  ERROR_RGB,
  expectVisible,
  fillOf,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  previewForTests,
  setTemplateYear,
  shoot,
  typeInto,
  writeReportFile,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 17, point 3 (and point 4's prefilled template), as a clerk meets them in the preview: last year's file is
// named by its year and body before anything is used; a file of another year is refused before any green tick;
// another body's report needs a confirmation naming both; and last year's report can be attached to a report already
// inserted (上年报告), checking 上年结转 against it with a one-click fix.
jest.setTimeout(90_000);

let page: Page;
let record: PageRecord;
const dir = fs.mkdtempSync(path.join(tmpdir(), "nianbao-prefill-checks-"));
const BODY = "某县交通运输局";
const templateFile = () => pane(page).locator('form input[type="file"]');
const attachFile = () => pane(page).getByLabel(/年度报告文件，核对本报告的上年结转/);

/** A 2024 report of `body` that carried 5 natural persons' and 2 legal services' applications over to 2025. */
function lastYear(body: string, year = 2024): string {
  const report = zeroReport("2021", year, body);
  Object.assign(report.tables.applications, {
    "carriedOut.natural": 5,
    "carriedOut.legal": 2,
    "carriedOut.total": 7,
  });
  Object.assign(report.tables.disclosure, { "normativeDocs.inForce": 12 });
  return writeReportFile(dir, `${body}${year}年报告.json`, report);
}

previewForTests((preview) => {
  ({ page, record } = preview);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the template's 上年报告", () => {
  it("names a 2023 file's year and body and refuses it in red, with no green tick first", async () => {
    await setTemplateYear(page, 2025);
    await pane(page).getByLabel("机关名称").fill(BODY);
    await templateFile().setInputFiles(lastYear(BODY, 2023));
    await expectVisible(pane(page).getByText(/所选文件是“某县交通运输局”2023 年度的报告，不能用来预填/));
    await expect(
      pane(page)
        .getByText(/已读取上年报告/)
        .count(),
    ).resolves.toBe(0);
    await shoot(page, "prefill-1-wrong-year");
  });

  it("asks before prefilling from another body's report, naming both, and inserts without it when declined", async () => {
    await templateFile().setInputFiles(lastYear("某区卫生健康委员会"));
    await expectVisible(
      pane(page).getByText(/所选上年报告是“某区卫生健康委员会”的报告，本报告的机关是“某县交通运输局”/),
    );
    await pane(page).getByRole("button", { name: "插入模板" }).click();
    await expectVisible(pane(page).getByText(/确认是本机关上年的报告（如机关更名）吗？/));
    // Nothing is inserted until the person answers.
    await expect(page.getByRole("tab", { name: /2025年报表/ }).count()).resolves.toBe(0);
    await shoot(page, "prefill-2-other-body-confirm");
    await pane(page).getByRole("button", { name: "不预填，直接插入" }).click();
    await expectVisible(page.getByRole("tab", { name: /2025年报表/ }));
    await expectVisible(pane(page).getByText(/已插入工作表/));
    await expect(
      pane(page)
        .getByText(/已根据.*预填/)
        .count(),
    ).resolves.toBe(0);
    await expect(cell(page, addressIn(2025, "applications", "carriedIn.natural", BODY)).textContent()).resolves.toBe(
      "",
    );
  });
});

describe("上年报告 on a report already inserted", () => {
  const carriedIn = () => addressIn(2025, "applications", "carriedIn.natural", BODY);

  it("refuses last year's file of another year, and asks before using another body's", async () => {
    await attachFile().setInputFiles(lastYear(BODY, 2023));
    await expectVisible(pane(page).getByText(/作为上年报告的是 2023 年度报告.*所选文件未使用/));
    await attachFile().setInputFiles(lastYear("某区卫生健康委员会"));
    await expectVisible(pane(page).getByText(/所选上年报告是“某区卫生健康委员会”的报告.*仍要用它核对吗？/));
    await pane(page).getByRole("button", { name: "取消" }).click();
    await expect(
      pane(page)
        .getByText(/仍要用它核对吗/)
        .count(),
    ).resolves.toBe(0);
  });

  it("checks 上年结转 against last year's report and fixes it in one click", async () => {
    await typeInto(page, carriedIn(), "3");
    await attachFile().setInputFiles(lastYear(BODY));
    await expectVisible(
      pane(page).getByText(/已用“某县交通运输局”2024 年度报告核对上年结转、现行有效件数：有 \d+ 处与之不符/),
    );
    const fix = pane(page).getByRole("button", { name: "改为上年结转下年度的数" });
    await expectVisible(fix);
    await shoot(page, "prefill-3-attached-mismatch");
    await fix.first().click();
    await cell(page, carriedIn()).filter({ hasText: /^5$/ }).waitFor({ timeout: 10_000 });
    await expectVisible(pane(page).getByRole("button", { name: "改为上年结转下年度的数" }));
    await shoot(page, "prefill-4-fixed");
  });

  it("keeps checking against the attached report: 一键校验 finds a 上年结转 typed wrong again", async () => {
    await typeInto(page, carriedIn(), "4");
    await pane(page).getByRole("button", { name: "一键校验" }).click();
    await expectVisible(pane(page).getByText(/自然人.*（4）与.*（5）不一致/));
  });
});

describe("a template prefilled from last year (point 4)", () => {
  it("opens with no error before anything is typed", async () => {
    const previous = emptyReport("2021", 2023, BODY);
    Object.assign(previous.tables.applications, { "carriedOut.natural": 4, "carriedOut.commercial": 1 });
    const file = writeReportFile(dir, "2023.json", previous);
    await setTemplateYear(page, 2024);
    await templateFile().setInputFiles(file);
    await expectVisible(pane(page).getByText(/已读取上年报告/));
    await pane(page).getByRole("button", { name: "插入模板" }).click();
    await expectVisible(pane(page).getByText(/预填 \d+ 个单元格/));
    await expectVisible(pane(page).getByText(/尚未全面校验/));
    await expect(
      pane(page)
        .getByText(/处错误/)
        .count(),
    ).resolves.toBe(0);
    const prefilled = addressIn(2024, "applications", "carriedIn.natural", BODY);
    await expect(cell(page, prefilled).textContent()).resolves.toBe("4");
    await expect(fillOf(page, prefilled)).resolves.not.toBe(ERROR_RGB);
    await shoot(page, "prefill-5-prefilled-opens-clean");
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
