import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { expectVisible, insertTemplate, pane, shots } from "./addin-helpers";
import { openRecordedPage, type PageRecord } from "./launch";

// The preview behaves like the spreadsheet and the task pane it stands in for: a narrow window scrolls the grid,
// each sheet tab opens at its own top-left, and the pane's pop-overs and dialogs stay within the pane's window.
jest.setTimeout(60_000);

let browser: Browser;
let page: Page;
let record: PageRecord;
const year = new Date().getFullYear() - 1;

// By tag, not role: a modal dialog in the pane hides the rest of the page from the accessibility tree.
const scroller = () => page.locator("table[role=grid]").locator("xpath=..");
const paneBox = async () => (await page.locator("#task-pane").boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };

/** What the page draws at a point: a grid cell, or something covering it. */
async function gridDrawn(): Promise<string> {
  const box = await scroller().boundingBox();
  const point = [(box?.x ?? 0) + 150, (box?.y ?? 0) + 150] as const;
  return page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.closest("td,th")?.tagName ?? "covered", point);
}

beforeAll(async () => {
  ({ browser, page, record } = await openRecordedPage());
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto(`${process.env.NIANBAO_PREVIEW_URL ?? ""}preview.html`);
  await insertTemplate(page, year, "某县某局");
  await expectVisible(pane(page).getByText(/已插入工作表/));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("the preview in an 800 px window", () => {
  it("scrolls the grid sideways instead of squeezing its columns", async () => {
    const { clientWidth, scrollWidth } = await scroller().evaluate((div) => ({
      clientWidth: div.clientWidth,
      scrollWidth: div.scrollWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // Column A keeps the width the template gave it, whatever the window.
    const header = await page.getByRole("columnheader", { name: "A", exact: true }).boundingBox();
    const width = await page.evaluate(() => document.querySelector("colgroup col:nth-child(2)")?.getAttribute("style"));
    expect(`width: ${Math.round(header?.width ?? 0)}px;`).toBe(width);
    await page.screenshot({ path: path.join(shots, "ui-preview-800.png") });
  });

  it("opens each sheet at its own top-left, as Excel does, not at the last sheet's scroll", async () => {
    await scroller().evaluate((div) => div.scrollTo(300, 600));
    await page.getByRole("tab", { name: new RegExp(`^${year}年文字`) }).click();
    await expect(scroller().evaluate((div) => [div.scrollLeft, div.scrollTop])).resolves.toEqual([0, 0]);
    await page.getByRole("tab", { name: new RegExp(`^${year}年报表`) }).click();
    await expect(scroller().evaluate((div) => [div.scrollLeft, div.scrollTop])).resolves.toEqual([0, 0]);
  });

  it("shows the 忽略 pop-over inside the pane, with the finding it sets aside still in view", async () => {
    await pane(page).getByRole("button", { name: "一键校验" }).click();
    const item = pane(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "忽略" }) })
      .first();
    // The open pop-over hides the rest of the pane from assistive technology (as a modal), so find the item by id.
    const id = (await item.getAttribute("data-id")) ?? "";
    await item.getByRole("button", { name: "忽略" }).click();
    const surface = page.getByRole("dialog").filter({ has: page.getByLabel("忽略原因") });
    await expectVisible(surface);
    const box = await surface.boundingBox();
    const paneArea = await paneBox();
    expect(box && box.x >= paneArea.x - 0.5 && box.x + box.width <= paneArea.x + paneArea.width + 0.5).toBe(true);
    await expect(page.locator(`li[data-id="${id}"] [data-finding]`).isVisible()).resolves.toBe(true);
    await expect(gridDrawn()).resolves.not.toBe("covered");
    await page.keyboard.press("Escape");
  });

  it("shows a dialog over the pane only, as in Office, leaving the workbook visible", async () => {
    await pane(page).getByRole("button", { name: "起草文字说明" }).click();
    // The template is still blank, an error of its own (报告没有填写任何数字): the pane warns, then drafts when asked.
    await pane(page).getByRole("button", { name: "仍然起草" }).click();
    await pane(page).getByRole("button", { name: "写入文字工作表" }).click();
    await expectVisible(pane(page).getByText(/已写入：/));
    await pane(page).getByRole("button", { name: "写入文字工作表" }).click();
    const dialog = page.getByRole("dialog", { name: "替换已有文字？" });
    await expectVisible(dialog);
    const box = await dialog.boundingBox();
    const paneArea = await paneBox();
    expect(box && box.x >= paneArea.x - 0.5 && box.x + box.width <= paneArea.x + paneArea.width + 0.5).toBe(true);
    await expect(gridDrawn()).resolves.not.toBe("covered");
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    await page.screenshot({ path: path.join(shots, "ui-preview-dialog.png") });
    await dialog.getByRole("button", { name: "保留原文字" }).click();
  });

  it("logged no console errors and sent no request beyond localhost", () => {
    expect(record.consoleErrors).toEqual([]);
    expect(record.outsideRequests).toEqual([]);
  });
});
