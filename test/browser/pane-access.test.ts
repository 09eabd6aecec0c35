import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { addressOf, formats, layoutTablesSheet } from "../../src/domain";
import { openRecordedPage, type PageRecord } from "./launch";

// The task pane as people with other habits use it: from the keyboard alone, and in Office's light and dark themes,
// where every piece of text it shows must stay readable (WCAG AA contrast).

jest.setTimeout(60_000);

let browser: Browser;
let page: Page;
let record: PageRecord;
const shots = path.resolve(__dirname, "../../test-output");
const layout = layoutTablesSheet(formats["2021"], 2025, "某县某局");
const newReceived = addressOf(layout, { table: "applications", key: "newReceived.natural" }) ?? "";

const pane = () => page.getByRole("complementary", { name: "任务窗格" });

async function openPreview(theme: "light" | "dark"): Promise<void> {
  ({ browser, page, record } = await openRecordedPage());
  await page.goto(`${process.env.NIANBAO_PREVIEW_URL ?? ""}preview.html?theme=${theme}`);
  await pane().getByRole("heading", { name: "年报助手" }).waitFor();
}

/** Presses Tab until the focused element's text matches, as a keyboard user moves through the pane. */
async function tabTo(text: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return `${active?.textContent ?? ""} ${active?.getAttribute("aria-label") ?? ""}`.trim();
    });
    if (text.test(focused)) return;
  }
  throw new Error(`no focusable element matching ${String(text)} within ${limit} tabs`);
}

/** Types a figure into the sheet as Excel would deliver a user's edit. */
async function typeFigure(address: string, value: string): Promise<void> {
  await page.evaluate(
    ([sheet, cell, text]) =>
      (
        window as unknown as {
          __nianbaoPreview: { workbook: { editFromUi(s: string, a: string, v: string[][]): unknown } };
        }
      ).__nianbaoPreview.workbook.editFromUi(sheet, cell, [[text]]),
    ["2025年报表", address, value] as const,
  );
}

/** Text in the pane whose contrast with what is behind it falls short of WCAG AA (4.5:1, 3:1 for large text). */
function lowContrastText(): Promise<{ checked: number; failures: string[] }> {
  return page.evaluate(() => {
    const channels = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
      const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    // The colour behind an element: the first ancestor background that is not transparent, blended when translucent.
    const behind = (element: Element | null): number[] => {
      const layers: number[][] = [];
      for (let node = element; node; node = node.parentElement) {
        const [r = 0, g = 0, b = 0, a = 1] = channels(getComputedStyle(node).backgroundColor);
        if (a > 0) layers.push([r, g, b, a]);
        if (a >= 1) break;
      }
      return layers.reduceRight(
        (under, [r = 0, g = 0, b = 0, a = 1]) => [
          r * a + (under[0] ?? 255) * (1 - a),
          g * a + (under[1] ?? 255) * (1 - a),
          b * a + (under[2] ?? 255) * (1 - a),
        ],
        [255, 255, 255],
      );
    };
    const root = document.getElementById("task-pane");
    if (!root) return { checked: 0, failures: [] };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const failures: string[] = [];
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (!element || text === "" || element.closest("[disabled], [aria-disabled='true']")) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || element.getClientRects().length === 0) continue;
      checked += 1;
      const [fore, back] = [luminance(channels(style.color)), luminance(behind(element))];
      const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${text.slice(0, 30)} (${ratio.toFixed(2)})`);
    }
    return { checked, failures };
  });
}

/** Inserts the 2025 template from the pane, breaks a 勾稽关系 and validates, so the pane shows all it can. */
async function fillThePane(): Promise<void> {
  await pane().getByLabel("机关名称").fill("某县某局");
  await pane().getByRole("button", { name: "插入模板" }).click();
  await pane()
    .getByText(/已插入工作表/)
    .waitFor();
  await typeFigure(newReceived, "5");
  await pane().getByRole("button", { name: "一键校验" }).click();
  await pane()
    .getByText(/发现 \d+ 处错误/)
    .waitFor();
}

afterEach(async () => {
  expect(record.consoleErrors).toEqual([]);
  await browser.close();
});

describe("the task pane", () => {
  it("is usable from the keyboard alone: insert, validate, land on a finding's cell, dismiss a warning", async () => {
    await openPreview("light");
    await pane().getByRole("spinbutton", { name: "报告年度" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.type("某县某局");
    await page.keyboard.press("Enter");
    await pane()
      .getByText(/已插入工作表“2025年报表”/)
      .waitFor();

    await typeFigure(newReceived, "5");
    await tabTo(/^一键校验/);
    await page.keyboard.press("Enter");
    await pane()
      .getByText(/发现 \d+ 处错误/)
      .waitFor();

    await tabTo(/自然人：第一项加第二项之和（5）/);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: "名称框" }).inputValue()).resolves.toBe(newReceived);

    await tabTo(/^忽略 忽略：/);
    await page.keyboard.press("Enter");
    await page.keyboard.type("文字部分稍后补充");
    await page.keyboard.press("Enter");
    await pane().getByText("已忽略：文字部分稍后补充").waitFor();
  });

  it("shows a failure of Excel as a Chinese sentence with what to do, never a raw error", async () => {
    await openPreview("light");
    await fillThePane();
    // The report's sheet goes behind the pane's back, as when someone deletes it in Excel.
    await page.evaluate(async () => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("2025年报表").delete();
        await context.sync();
      });
    });
    await pane().getByRole("button", { name: "一键校验" }).click();
    const failure = pane().getByText(/操作未完成/);
    await failure.waitFor();
    const shown = (await pane().locator("main").innerText()).replace(/\s+/g, " ");
    expect(shown).toContain("找不到年报工作表或其单元格名称，可能已被删除或改名。请重新插入该年度的模板");
    expect(shown).not.toMatch(/ItemNotFound|RichApi|Error|undefined|at \w+ \(/);
  });

  it.each(["light", "dark"] as const)("keeps every text readable in Office's %s theme", async (theme) => {
    await openPreview(theme);
    await fillThePane();
    const background = await pane()
      .locator("main")
      .evaluate((main) => getComputedStyle(main.parentElement ?? main).backgroundColor);
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    expect(theme === "dark" ? r + g + b < 200 : r + g + b > 600).toBe(true);
    await page.screenshot({ path: path.join(shots, `pane-${theme}.png`), fullPage: true });
    const { checked, failures } = await lowContrastText();
    expect(checked).toBeGreaterThan(30);
    expect(failures).toEqual([]);
  });
});
