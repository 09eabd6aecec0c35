import fs from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { addressOf, formats, layoutTablesSheet, toReportJson, type CellRef, type Report } from "../../src/domain";
import { openPreview, type PageRecord } from "./launch";

// What the add-in's browser tests do as a member of staff would: type, paste, click the ribbon and the pane.

export const shots = path.resolve(__dirname, "../../test-output");

/** The address a figure cell of a year's template has, as inserted. */
export function addressIn(year: number, table: CellRef["table"], key: string, body = "某市某局"): string {
  const format = year >= 2021 ? formats["2021"] : formats["2019"];
  const address = addressOf(layoutTablesSheet(format, year, body), { table, key });
  if (!address) throw new Error(`no cell ${table} ${key}`);
  return address;
}

/** The opened preview a test file works in: its page and what the page did that it must not. */
export type Preview = { page: Page; record: PageRecord };

/**
 * Opens the preview (with `query`, e.g. "?pane=280") before a file's tests and closes it after them. Jest runs the
 * hooks only after the file is read, so the page reaches the file through `opened`, which may also set it up (insert
 * a template) within `timeout`.
 */
export function previewForTests(
  opened: (preview: Preview) => void | Promise<void>,
  { query = "", timeout = 60_000 }: { query?: string; timeout?: number } = {},
): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    const preview = await openPreview(query);
    browser = preview.browser;
    await opened(preview);
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  });
}

/** The last test of a file: whatever it did, the page logged no console error and sent nothing beyond localhost. */
export function itLoggedNoErrorsAndStayedLocal(record: () => PageRecord): void {
  it("logged no console errors and sent no request beyond localhost", () => {
    expect(record().consoleErrors).toEqual([]);
    expect(record().outsideRequests).toEqual([]);
  });
}

/** The four cells of a column of a 2025 table 三 that its caption's balance reads (新收 + 上年结转 = 办理结果 + 结转下年). */
export const balanceCells = (column: string): string[] =>
  ["newReceived", "carriedIn", "resultTotal", "carriedOut"].map((row) =>
    addressIn(2025, "applications", `${row}.${column}`),
  );

export const pane = (page: Page): Locator => page.getByRole("complementary", { name: "任务窗格" });
export const cell = (page: Page, address: string): Locator => page.locator(`td[data-address="${address}"]`);
export const fillOf = (page: Page, address: string): Promise<string> =>
  cell(page, address).evaluate((td) => getComputedStyle(td).backgroundColor);
export const fontOf = (page: Page, address: string): Promise<string> =>
  cell(page, address).evaluate((td) => getComputedStyle(td).color);
/** Excel's preset for an error: light red fill, dark red text. */
export const ERROR_RGB = "rgb(255, 199, 206)";
export const ERROR_FONT_RGB = "rgb(156, 0, 6)";

export async function expectVisible(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout });
}

export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await cell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** Pastes a tab-separated block at a cell, as Ctrl+V of cells copied from another workbook. */
export async function pasteAt(page: Page, address: string, rows: (number | string)[][]): Promise<void> {
  await cell(page, address).click();
  await page.evaluate(
    (text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      (document.activeElement ?? document.body).dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    rows.map((r) => r.join("\t")).join("\n"),
  );
}

/** Types the year into the pane's template form, as a person would before picking last year's file. */
export async function setTemplateYear(page: Page, year: number): Promise<void> {
  const field = pane(page).getByRole("spinbutton", { name: "报告年度" });
  await field.fill(String(year));
  await field.press("Tab");
}

/** Fills in the pane's template form and inserts. */
export async function insertTemplate(page: Page, year: number, body = "某市某局"): Promise<void> {
  await setTemplateYear(page, year);
  await pane(page).getByLabel("机关名称").fill(body);
  await pane(page).getByRole("button", { name: "插入模板" }).click();
}

/** Writes a report as `nianbao.report/1` JSON into `dir` (a last-year file to pick), and returns its path. */
export function writeReportFile(dir: string, name: string, report: Report): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(toReportJson(report)));
  return file;
}

export const ribbonValidate = (page: Page): Promise<void> =>
  page.getByRole("toolbar", { name: "年报助手" }).getByRole("button", { name: "一键校验" }).click();

export const toggleProtection = (page: Page): Promise<void> =>
  page.getByRole("toolbar", { name: "审阅" }).getByRole("button").click();

export const shoot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: path.join(shots, `addin-${name}.png`), fullPage: true });

/**
 * Waits (up to 10 s) until every cell is marked as Excel's preset marks an error, light red fill and dark red text,
 * or none is (neither colour); fails naming the cells that are not as wanted.
 */
export async function expectMarked(page: Page, addresses: readonly string[], marked: boolean): Promise<void> {
  const looks = () =>
    Promise.all(addresses.map(async (a) => ({ a, fill: await fillOf(page, a), font: await fontOf(page, a) })));
  const asWanted = (look: { fill: string; font: string }) =>
    marked
      ? look.fill === ERROR_RGB && look.font === ERROR_FONT_RGB
      : look.fill !== ERROR_RGB && look.font !== ERROR_FONT_RGB;
  const deadline = Date.now() + 10_000;
  let seen = await looks();
  while (!seen.every(asWanted) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    seen = await looks();
  }
  expect(seen.filter((look) => !asWanted(look))).toEqual([]);
}
