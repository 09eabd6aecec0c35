import fs from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { openRecordedPage, renderedFonts, type PageRecord } from "./launch";

// A real browser is slower than a unit test; the whole file still runs in well under a minute.
jest.setTimeout(30_000);

// One page for the whole file: the steps build on each other as a user's session would.
let browser: Browser;
let page: Page;
let record: PageRecord;
const outputDir = path.resolve(__dirname, "../../test-output");

const cell = (address: string): Locator => page.locator(`td[data-address="${address}"]`);

/** A small report-like table written through the real Excel API surface (Excel.run), as the add-in writes. */
async function setUpTable(): Promise<void> {
  await page.evaluate(async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.name = "收到申请情况";
      sheet.getRange("A1:C1").values = [["政府信息公开申请情况", "", ""]];
      sheet.getRange("A1:C1").merge();
      sheet.getRange("A1:C1").format.fill.color = "#DDEBF7";
      sheet.getRange("A1:C1").format.font.bold = true;
      sheet.getRange("A1:C1").format.horizontalAlignment = "Center";
      sheet.getRange("A2:C2").values = [["申请人", "新收", "办结"]];
      sheet.getRange("A3:A6").values = [["自然人"], ["商业企业"], ["科研机构"], ["社会公益组织"]];
      sheet.getRange("A7:C7").formulas = [["总计", "=SUM(B3:B6)", "=SUM(C3:C6)"]];
      sheet.getRange("A:A").format.columnWidth = 96;
      const figures = sheet.getRange("B3:C6");
      figures.format.protection.locked = false;
      figures.dataValidation.clear();
      figures.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      figures.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "数量无效",
        message: "请填写非负整数",
      };
      sheet.protection.protect();
      await context.sync();
    });
  });
}

async function typeInto(address: string, text: string): Promise<void> {
  await cell(address).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

beforeAll(async () => {
  ({ browser, page, record } = await openRecordedPage());
  await page.goto(`${process.env.NIANBAO_PREVIEW_URL ?? ""}preview.html`);
  await setUpTable();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("the preview page", () => {
  it("shows the workbook grid beside the real task pane", async () => {
    await expectVisible(page.getByRole("grid", { name: /收到申请情况/ }));
    const pane = page.getByRole("complementary", { name: "任务窗格" });
    await expectVisible(pane.getByRole("heading", { name: "年报助手" }));
    await expectVisible(pane.getByRole("button", { name: "插入模板" }));
    await expectVisible(page.getByRole("toolbar", { name: "年报助手" }).getByRole("button", { name: "一键校验" }));
    expect(await page.getByRole("tab", { name: /收到申请情况/ }).textContent()).toContain("已保护");
    await expectVisible(page.getByRole("columnheader", { name: "B" }));
    await expectVisible(page.getByRole("rowheader", { name: "7" }));
  });

  it("draws merged cells, fills and formula results as set", async () => {
    expect(await cell("A1").getAttribute("colspan")).toBe("3");
    expect(await cell("A1").evaluate((td) => getComputedStyle(td).backgroundColor)).toBe("rgb(221, 235, 247)");
    expect(await cell("B7").textContent()).toBe("0");
  });

  it("updates the total when figures are typed into cells, Enter moving down as in Excel", async () => {
    await typeInto("B3", "12");
    await page.keyboard.type("30");
    await page.keyboard.press("Enter");
    expect(await cell("B7").textContent()).toBe("42");
    expect(await cell("B5").getAttribute("aria-selected")).toBe("true");
  });

  it("moves the selection with the arrow keys and shows the active cell's formula", async () => {
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("textbox", { name: "名称框" }).inputValue()).toBe("B7");
    expect(await page.getByRole("textbox", { name: "编辑栏" }).inputValue()).toBe("=SUM(B3:B6)");
  });

  it("pastes a tab-separated block at the selected cell and recomputes both totals", async () => {
    await cell("B5").click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "1\t2\n3\t4");
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect([await cell("B7").textContent(), await cell("C7").textContent()]).toEqual(["46", "6"]);
  });

  it("refuses an edit of the protected total and says why", async () => {
    await cell("B7").click();
    await page.keyboard.type("5");
    await expectVisible(page.getByText("该单元格受保护"));
    expect(await cell("B7").textContent()).toBe("46");
  });

  it("refuses a value the cell's data validation rejects, with the rule's own message", async () => {
    await typeInto("C3", "-3");
    await expectVisible(page.getByText("请填写非负整数"));
    await expectVisible(page.getByText("数量无效"));
    await page.keyboard.press("Escape");
    expect(await cell("C3").textContent()).toBe("");
    expect(await cell("C7").textContent()).toBe("6");
  });

  it("draws Chinese labels in a CJK font, as the screenshot shows", async () => {
    fs.mkdirSync(outputDir, { recursive: true });
    const screenshot = path.join(outputDir, "preview-filled.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000);
    for (const selector of ['td[data-address="A3"]', "aside h1"]) {
      expect(await renderedFonts(page, selector)).toEqual([
        expect.stringMatching(/CJK SC|Sans SC|Serif SC|YaHei|PingFang SC/),
      ]);
    }
  });

  it("logged no console errors and sent no request beyond localhost", () => {
    expect(record.consoleErrors).toEqual([]);
    expect(record.outsideRequests).toEqual([]);
  });
});

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: 10_000 });
}
