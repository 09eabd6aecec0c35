import type { Page } from "playwright-core";
import {
  addressIn,
  cell,
  expectErrorFill,
  expectVisible,
  insertTemplate,
  pane,
  previewForTests,
  ribbonValidate,
  typeInto,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 16's promise to the user: Ctrl+Z stays theirs. A figure that breaks a balance turns the column red; Ctrl+Z
// takes the figure back and the red goes with it, also after the add-in has checked the workbook.
jest.setTimeout(90_000);

let page: Page;
let record: PageRecord;
const apps = (key: string): string => addressIn(2025, "applications", key);
const figure = apps("newReceived.natural");
const column = ["newReceived", "carriedIn", "resultTotal", "carriedOut"].map((row) => apps(`${row}.natural`));

previewForTests(
  async (preview) => {
    ({ page, record } = preview);
    await insertTemplate(page, 2025);
    await expectVisible(pane(page).getByText("已插入工作表“2025年报表”和“2025年文字”。"));
  },
  { timeout: 90_000 },
);

describe("Ctrl+Z after the add-in has seen an edit", () => {
  it("takes back a balance-breaking figure and its red marks", async () => {
    const before = await cell(page, figure).textContent();
    await typeInto(page, figure, "5");
    await expectErrorFill(page, column, true);
    await page.keyboard.press("Control+z");
    await expectErrorFill(page, column, false);
    expect(await cell(page, figure).textContent()).toBe(before);
  });

  it("takes back the figure in one Ctrl+Z after 一键校验 too, which writes nothing", async () => {
    const before = await cell(page, figure).textContent();
    await typeInto(page, figure, "7");
    await expectErrorFill(page, column, true);
    await ribbonValidate(page);
    await expectVisible(pane(page).getByText(/发现 \d+ 处错误/));
    await cell(page, apps("newReceived.commercial")).click();
    await page.keyboard.press("Control+z");
    await expectErrorFill(page, column, false);
    expect(await cell(page, figure).textContent()).toBe(before);
    expect(record.consoleErrors).toEqual([]);
  });
});
