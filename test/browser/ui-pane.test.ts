import path from "node:path";
import type { Locator, Page } from "playwright-core";
import {
  addressIn,
  cell,
  expectVisible,
  insertTemplate,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  previewForTests,
  shots,
  typeInto,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// The task pane as staff meet it in a pane dragged narrow (280 px): inserting without dead ends, findings errors
// first, warnings set aside and taken back, one-click fixes, focus that never falls to the page body.
jest.setTimeout(60_000);

let page: Page;
let record: PageRecord;
const PANE_WIDTH = 280;
const thisYear = new Date().getFullYear();
const year = thisYear - 1;

const paneBox = async () => {
  const box = await page.locator("#task-pane").boundingBox();
  if (!box) throw new Error("the pane is not drawn");
  return box;
};

/** Elements in the pane (or its pop-ups) whose box reaches past the pane's left or right edge. */
async function outsideThePane(root: Locator): Promise<string[]> {
  const { x, width } = await paneBox();
  return root.evaluate(
    (element, [left, right]) =>
      [element, ...element.querySelectorAll("*")]
        .filter((e) => e.getClientRects().length > 0)
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.left < left - 0.5 || r.right > right + 0.5);
        })
        .map((e) => `${e.tagName} “${(e.textContent ?? "").slice(0, 20)}” ${e.getBoundingClientRect().right}`),
    [x, x + width] as const,
  );
}

const findingButtons = () => pane(page).locator("[data-finding]");
const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? "(body)");

previewForTests(
  async (preview) => {
    ({ page, record } = preview);
    await pane(page).getByRole("heading", { name: "年报助手" }).waitFor();
  },
  { query: `?pane=${PANE_WIDTH}` },
);

const paneEl = (): Locator => pane(page);

describe("the task pane at 280 px", () => {
  it("refuses a blank 机关名称 with a sentence, and inserts nothing", async () => {
    await paneEl().getByRole("button", { name: "插入模板" }).click();
    await expectVisible(paneEl().getByText(/请填写机关名称：它会写在报告标题中/));
    await expect(page.getByRole("tab").count()).resolves.toBe(1);
    // Focus goes to the field to fill in.
    await expect(
      paneEl()
        .getByLabel("机关名称")
        .evaluate((input) => input === document.activeElement),
    ).resolves.toBe(true);
  });

  it("says why a year is refused instead of reverting it, and warns about the unfinished current year", async () => {
    const yearField = paneEl().getByRole("spinbutton", { name: "报告年度" });
    await yearField.fill("2018");
    await yearField.press("Tab");
    await expectVisible(paneEl().getByText("报告年度不能早于 2019 年", { exact: false }));
    await expect(yearField.inputValue()).resolves.toBe("2018");
    await expect(paneEl().getByRole("button", { name: "插入模板" }).isDisabled()).resolves.toBe(true);

    await yearField.fill(String(thisYear + 1));
    await yearField.press("Tab");
    await expectVisible(paneEl().getByText(`${thisYear + 1} 年还没有到`, { exact: false }));

    await yearField.fill(String(thisYear));
    await yearField.press("Tab");
    await expectVisible(paneEl().getByText(`${thisYear} 年还没有结束`, { exact: false }));
    await expect(paneEl().getByRole("button", { name: "插入模板" }).isEnabled()).resolves.toBe(true);
  });

  it("opens the year's report when it is inserted again: no renaming that fails, no second 插入模板", async () => {
    await insertTemplate(page, year, "某县某局");
    await expectVisible(paneEl().getByText(/已插入工作表/));
    await paneEl().getByRole("button", { name: "插入模板" }).click();
    await expectVisible(paneEl().getByText(/已有该年度的报告/));
    await expect(paneEl().getByRole("button", { name: "以其他名称插入" }).count()).resolves.toBe(0);
    await expect(paneEl().getByRole("button", { name: "插入模板" }).count()).resolves.toBe(1);
    await paneEl().getByRole("button", { name: "打开已有工作表" }).click();
    await expect(page.getByRole("tab", { selected: true }).textContent()).resolves.toContain(`${year}年报表`);
  });

  it("offers free names when other sheets hold the year's names, and inserts under them", async () => {
    const other = year - 1;
    // A sheet of the user's own, not a report, already has the name the template wants.
    await page.evaluate(async (name) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    }, `${other}年报表`);
    await insertTemplate(page, other, "某县某局");
    await expectVisible(paneEl().getByText(/工作簿中已有同名工作表/));
    await paneEl().getByRole("button", { name: "以其他名称插入" }).click();
    await expect(paneEl().getByLabel("报表工作表名称").inputValue()).resolves.toBe(`${other}年报表（2）`);
    await expect(paneEl().getByRole("button", { name: "插入模板" }).count()).resolves.toBe(1);
    await paneEl().getByRole("button", { name: "用这两个名称插入" }).click();
    await expectVisible(paneEl().getByText(`已插入工作表“${other}年报表（2）”和“${other}年文字（2）”。`));
    // Back to this year's report for the rest.
    await paneEl().getByRole("combobox", { name: "当前报告" }).click();
    await page.getByRole("option", { name: new RegExp(`^${year} 年度`) }).click();
    await page.getByRole("tab", { name: new RegExp(`^${year}年报表`) }).click();
  });

  it("lists an error first, under its table's heading without repeating the table's name", async () => {
    await typeInto(page, addressIn(year, "applications", "newReceived.natural", "某县某局"), "5");
    await paneEl().getByRole("button", { name: "一键校验" }).click();
    await expectVisible(paneEl().getByText(/发现 [1-9]\d* 处错误/));
    const first = findingButtons().first();
    await expect(first.locator(".fui-Badge").textContent()).resolves.toBe("错误");
    const headings = await paneEl().locator("h4").allTextContents();
    for (const heading of headings) {
      const items = paneEl().getByRole("region", { name: heading }).locator("[data-finding]");
      for (const text of await items.allTextContents())
        expect(text.slice(2)).not.toMatch(new RegExp(`^\\s*${heading}`));
    }
  });

  it("keeps every finding, its text and its actions inside the pane, the actions below the text", async () => {
    expect(await outsideThePane(page.locator("#task-pane"))).toEqual([]);
    const warning = paneEl()
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "忽略" }) })
      .first();
    const text = await warning.locator("[data-finding]").boundingBox();
    const action = await warning.getByRole("button", { name: "忽略" }).boundingBox();
    expect(action && text && action.y >= text.y + text.height - 1).toBe(true);
    await page.locator("#task-pane").screenshot({ path: path.join(shots, "ui-pane-280.png") });
  });

  it("opens a drop-down inside the pane, and the workbook stays in view beside it", async () => {
    await paneEl().getByRole("combobox", { name: "表格格式" }).click();
    const listbox = page.getByRole("listbox");
    await expectVisible(listbox);
    const shot = await page.screenshot({ path: path.join(shots, "ui-dropdown-280.png") });
    expect(shot.readUInt32BE(16)).toBe(1440); // the PNG's width: the whole window was drawn
    const { x, width } = await paneBox();
    const box = await listbox.boundingBox();
    expect(box && box.x >= x - 0.5 && box.x + box.width <= x + width + 0.5).toBe(true);
    // The grid is not covered: the point at its middle is a cell.
    const grid = await page.getByRole("grid").boundingBox();
    const hit = await page.evaluate(
      ([gx, gy]) => document.elementFromPoint(gx, gy)?.closest("td,th")?.tagName ?? "none",
      [(grid?.x ?? 0) + 200, (grid?.y ?? 0) + 200] as const,
    );
    expect(hit).toMatch(/TD|TH/);
    await page.keyboard.press("Escape");
  });

  it("sets a warning aside with its reason, moves focus to the next finding, and takes it back with 恢复", async () => {
    const before = await findingButtons().count();
    await paneEl().getByRole("button", { name: "忽略" }).first().click();
    await page.getByLabel("忽略原因").fill("本年度无此类事项");
    await page.getByRole("button", { name: "确定" }).click();
    const dismissed = paneEl().getByRole("region", { name: /已忽略（1）/ });
    await expectVisible(dismissed.getByText("已忽略：本年度无此类事项"));
    await expect(findingButtons().count()).resolves.toBe(before - 1);
    await expect(page.evaluate(() => document.activeElement?.hasAttribute("data-finding"))).resolves.toBe(true);
    expect(await focusedText()).not.toBe("(body)");

    await dismissed.getByRole("button", { name: /^恢复/ }).click();
    await expect(
      paneEl()
        .getByRole("region", { name: /已忽略/ })
        .count(),
    ).resolves.toBe(0);
    await expect(findingButtons().count()).resolves.toBe(before);
  });

  it("fills a table's blank cells with 0 in one click, and that warning is gone", async () => {
    await paneEl().getByRole("button", { name: "一键校验" }).click();
    const blanks = paneEl()
      .getByRole("listitem")
      .filter({ hasText: /个单元格为空/ });
    const count = await blanks.count();
    expect(count).toBeGreaterThan(0);
    const disclosure = paneEl().getByRole("region", { name: "二、主动公开政府信息情况" });
    await disclosure.getByRole("button", { name: "空白处填 0" }).click();
    await expectVisible(paneEl().getByText(/发现 \d+ 处错误/));
    await expect(disclosure.getByText(/个单元格为空/).count()).resolves.toBe(0);
    const address = addressIn(year, "disclosure", "rules.issued", "某县某局");
    await expect(cell(page, address).textContent()).resolves.toBe("0");
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
