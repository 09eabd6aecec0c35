import type { Page } from "playwright-core";
import { cell, expectVisible, itLoggedNoErrorsAndStayedLocal, previewForTests, typeInto } from "./addin-helpers";
import type { PageRecord } from "./launch";

jest.setTimeout(30_000);

let page: Page;
let record: PageRecord;

/** Figures in B2:B3 and their total in B4, written as the add-in writes; then an empty undo stack. */
async function setUpFigures(): Promise<void> {
  await page.evaluate(async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A2:B4").formulas = [
        ["自然人", 1],
        ["法人", 2],
        ["总计", "=SUM(B2:B3)"],
      ];
      await context.sync();
    });
    (window as unknown as PreviewWindow).__nianbaoPreview.workbook.undoStack.clear();
  });
}

type PreviewWindow = {
  __nianbaoPreview: {
    workbook: {
      undoStack: { depth: number; clear(): void };
      events: { dropNext(count: number): void };
    };
  };
};

const undoDepth = (): Promise<number> =>
  page.evaluate(() => (window as unknown as PreviewWindow).__nianbaoPreview.workbook.undoStack.depth);

previewForTests(async (preview) => {
  ({ page, record } = preview);
  await expectVisible(page.getByRole("grid"));
  await setUpFigures();
});

describe("undo in the preview grid", () => {
  it("takes back typed figures one by one with Ctrl+Z, the total following, and brings one back with Ctrl+Y", async () => {
    await typeInto(page, "B2", "40");
    await typeInto(page, "B3", "+8");
    await expectVisible(page.locator('td[data-address="B4"]', { hasText: "48" }));
    expect(await undoDepth()).toBe(2);
    await page.keyboard.press("Control+z");
    await expectVisible(page.locator('td[data-address="B4"]', { hasText: "42" }));
    expect(await cell(page, "B3").textContent()).toBe("2");
    await page.keyboard.press("Control+z");
    await expectVisible(page.locator('td[data-address="B4"]', { hasText: "3" }));
    expect(await cell(page, "B2").textContent()).toBe("1");
    await page.keyboard.press("Control+y");
    await expectVisible(page.locator('td[data-address="B4"]', { hasText: "42" }));
    expect(await cell(page, "B2").textContent()).toBe("40");
  });

  it("fails an add-in's batch while a cell is being edited, and holds one with delayForCellEdit until Enter", async () => {
    await cell(page, "B3").click();
    await page.keyboard.type("5");
    const outcome = await page.evaluate(async () => {
      const write = (options: Excel.RunOptions): Promise<string> =>
        Excel.run(options, async (context) => {
          context.workbook.worksheets.getActiveWorksheet().getRange("C2").values = [["已读"]];
          await context.sync();
          return "written";
        }).catch((error: { code?: string }) => String(error.code));
      const plain = await write({});
      const delayed = write({ delayForCellEdit: true });
      const early = await Promise.race([delayed, new Promise((resolve) => setTimeout(() => resolve("waiting"), 200))]);
      return { plain, early };
    });
    expect(outcome).toEqual({ plain: "InvalidOperationInCellEditMode", early: "waiting" });
    await page.keyboard.press("Enter");
    await expectVisible(page.locator('td[data-address="C2"]', { hasText: "已读" }));
    expect(await cell(page, "B3").textContent()).toBe("5");
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
