import { execFile } from "node:child_process";
import fs from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { zeroReport } from "../../src/domain";
import { writeReportDocx } from "../../src/files/docx/write-docx";
import { pdfFile } from "../../src/files/pdf/__fixtures__/pdf-file";
import { printedPages } from "../../src/files/pdf/__fixtures__/printed-pages";
import {
  addressIn,
  cell,
  expectVisible,
  insertTemplate,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  previewForTests,
  setTemplateYear,
  shoot,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 10, point 7, in the pane: last year's report published as a PDF (the Word export printed to PDF by
// LibreOffice, as many bodies publish it) is picked in 上年报告, read in the browser by pdfjs on its own worker,
// and next year's template is prefilled from it, with nothing fetched from outside this machine.
jest.setTimeout(60_000);

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(tmpdir(), "nianbao-pdf-picker-"));
const pdf = path.join(dir, "某市某局2023年政府信息公开工作年度报告.pdf");

let page: Page;
let record: PageRecord;

beforeAll(async () => {
  // Applications carried into 2024: 7 from natural persons, 3 from businesses (received in 2023, still open).
  const report = zeroReport("2021", 2023, "某市某局");
  const applications = report.tables.applications;
  Object.assign(applications, {
    "newReceived.natural": 7,
    "newReceived.commercial": 3,
    "newReceived.total": 10,
    "carriedOut.natural": 7,
    "carriedOut.commercial": 3,
    "carriedOut.total": 10,
  });
  const docx = pdf.replace(/\.pdf$/, ".docx");
  fs.writeFileSync(docx, await writeReportDocx(report));
  const profile = `file://${fs.mkdtempSync(path.join(tmpdir(), "lo-"))}`;
  const args = ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", dir, docx];
  await run("soffice", args, { timeout: 50_000 });
}, 60_000);

previewForTests((preview) => {
  ({ page, record } = preview);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a PDF report picked in the pane's 上年报告", () => {
  it("is offered by the picker and named in its hint", async () => {
    const picker = pane(page).locator('input[type="file"]');
    await expect(picker.getAttribute("accept")).resolves.toContain(".pdf");
    await expectVisible(pane(page).getByText(/PDF/));
  });

  it("says so when a .pdf file is not a readable PDF inside", async () => {
    const broken = path.join(dir, "损坏.pdf");
    fs.writeFileSync(broken, "%PDF-1.7\n这不是 PDF 的内容\n");
    await pane(page).locator('input[type="file"]').setInputFiles(broken);
    await expectVisible(pane(page).getByText("PDF 文件已损坏或无法打开"), 30_000);
  });

  it("is read in the browser: the pane names its body and year", async () => {
    // The 2024 template's last year: the file is said to be read only against the year it is to prefill.
    await setTemplateYear(page, 2024);
    await pane(page).locator('input[type="file"]').setInputFiles(pdf);
    await expectVisible(pane(page).getByText(/已读取上年报告：.*某市某局.* 2023 年度/), 30_000);
  });

  it("prefills 上年结转 of the 2024 template with what 2023 carried over", async () => {
    await insertTemplate(page, 2024);
    await expectVisible(page.getByRole("tab", { name: /2024/ }));
    await expect(cell(page, addressIn(2024, "applications", "carriedIn.natural")).textContent()).resolves.toBe("7");
    await expect(cell(page, addressIn(2024, "applications", "carriedIn.commercial")).textContent()).resolves.toBe("3");
    await shoot(page, "pdf-picker-prefilled");
  });

  it("reads a PDF whose Chinese font is named, not embedded, through the CMaps the pane ships", async () => {
    const report = zeroReport("2021", 2023, "某市某局");
    report.text = { overview: "本年度未收到申请。", problems: "继续改进。", other: "未收取信息处理费。" };
    const named = path.join(dir, "某市某局2023年报告（未嵌入字体）.pdf");
    fs.writeFileSync(named, await pdfFile(printedPages(report)));
    // With a report inserted, 上年报告 and 汇总下级报告 have file inputs too: this is the template's.
    await setTemplateYear(page, 2024);
    await pane(page).locator('form input[type="file"]').setInputFiles(named);
    await expectVisible(pane(page).getByText(/已读取上年报告：.*某市某局.* 2023 年度/), 30_000);
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
