import type { Page } from "playwright-core";
import {
  addressIn,
  balanceCells,
  cell,
  ERROR_RGB,
  expectMarked,
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

// Issue 16's acceptance: Ctrl+Z stays the user's. A figure that breaks the balance turns its column red (the sheet's
// own conditional formats); Ctrl+Z in the grid takes the figure back and the marks with it, after the add-in's live
// check, after 一键校验 (which writes nothing, so one Ctrl+Z is enough), and a quick fix is one step that one Ctrl+Z
// undoes.
jest.setTimeout(90_000);

let page: Page;
let record: PageRecord;
const apps = (key: string) => addressIn(2025, "applications", key);
const broken = apps("newReceived.natural");
const column = balanceCells("natural");
const balanceItem = () => pane(page).getByRole("button", { name: /自然人：第一项加第二项之和（5）/ });

/** Ctrl+Z pressed in the grid, as a person does after clicking a cell of no importance. */
async function undoInGrid(): Promise<void> {
  await cell(page, "A1").click();
  await page.keyboard.press("Control+z");
}

previewForTests(
  async (preview) => {
    ({ page, record } = preview);
    await insertTemplate(page, 2025);
    await expectVisible(pane(page).getByText("已插入工作表“2025年报表”和“2025年文字”。"));
  },
  { timeout: 90_000 },
);

describe("Ctrl+Z with the add-in open", () => {
  it("takes back a figure that broke the balance, and its red cells and listed error go with it", async () => {
    await typeInto(page, broken, "5");
    await expectVisible(balanceItem());
    await expect(fillOf(page, broken)).resolves.toBe(ERROR_RGB);
    await expectMarked(page, column, true);
    await shoot(page, "undo-1-red");
    // Straight after Enter, where the selection has moved on: no click on another cell first.
    await page.keyboard.press("Control+z");
    await balanceItem().first().waitFor({ state: "detached", timeout: 5_000 });
    await expect(cell(page, broken).textContent()).resolves.toBe("");
    await expect(fillOf(page, broken)).resolves.not.toBe(ERROR_RGB);
    await expectMarked(page, column, false);
    await shoot(page, "undo-2-undone");
  });

  it("does the same after 一键校验", async () => {
    await typeInto(page, broken, "5");
    await expectVisible(balanceItem());
    await ribbonValidate(page);
    await expectVisible(pane(page).getByText(/个单元格为空/));
    await expectVisible(pane(page).getByText(/发现 \d+ 处错误/));
    await expect(fillOf(page, broken)).resolves.toBe(ERROR_RGB);
    await expectMarked(page, column, true);
    await undoInGrid();
    await balanceItem().first().waitFor({ state: "detached", timeout: 5_000 });
    await expect(cell(page, broken).textContent()).resolves.toBe("");
    await expect(fillOf(page, broken)).resolves.not.toBe(ERROR_RGB);
    await expectMarked(page, column, false);
  });

  it("undoes a quick fix with one Ctrl+Z, keeping the figure typed before it", async () => {
    await typeInto(page, broken, "2");
    await ribbonValidate(page);
    const region = pane(page).getByRole("region", { name: "三、收到和处理政府信息公开申请情况" });
    const blanks = region.getByRole("listitem").filter({ hasText: "个单元格为空" });
    await expectVisible(blanks);
    await blanks.getByRole("button", { name: "空白处填 0" }).click();
    await expectVisible(cell(page, apps("newReceived.commercial")).getByText("0", { exact: true }));
    await blanks.first().waitFor({ state: "detached", timeout: 5_000 });
    await shoot(page, "undo-3-fixed");
    await undoInGrid();
    await expectVisible(blanks);
    await expect(cell(page, apps("newReceived.commercial")).textContent()).resolves.toBe("");
    await expect(cell(page, apps("carriedOut.otherOrg")).textContent()).resolves.toBe("");
    await expect(cell(page, broken).textContent()).resolves.toBe("2");
    await shoot(page, "undo-4-fix-undone");
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
