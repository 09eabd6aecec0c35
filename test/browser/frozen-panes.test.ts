import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { cell, expectVisible, insertTemplate, pane, shots } from "./addin-helpers";
import { openRecordedPage, type PageRecord } from "./launch";

// Issue 17, point 7: scrolled right or down, a row of figures keeps its label and the sheet keeps the report's title.
// The add-in freezes the title row and the label columns (Worksheet.freezePanes), and the preview keeps frozen cells
// in place as Excel does (src/preview/workbook/freeze-panes.ts).
jest.setTimeout(90_000);

let browser: Browser;
let page: Page;
let record: PageRecord;
const year = new Date().getFullYear() - 1;

const scroller = () => page.locator("table[role=grid]").locator("xpath=..");
const boxOf = async (address: string) =>
  (await cell(page, address).boundingBox()) ?? { x: NaN, y: NaN, width: 0, height: 0 };

/** The grid cell the page draws at a cell's centre: the cell itself, unless something scrolled over it. */
const drawnAt = async (address: string): Promise<string | undefined> => {
  const box = await boxOf(address);
  return page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest("td")?.getAttribute("data-address") ?? undefined,
    [box.x + box.width / 2, box.y + box.height / 2] as const,
  );
};

beforeAll(async () => {
  ({ browser, page, record } = await openRecordedPage());
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`${process.env.NIANBAO_PREVIEW_URL ?? ""}preview.html`);
  await insertTemplate(page, year, "某县交通运输局");
  await expectVisible(pane(page).getByText(/已插入工作表/));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(() => expect(record.consoleErrors).toEqual([]));

describe("the tables sheet's frozen labels and title", () => {
  it("keeps 2.重复申请 beside its figures and the title on top, scrolled right and down", async () => {
    // Row 39 of table 三: （五）不予处理 / 2.重复申请, its figures from column D on.
    await expect(cell(page, "C39").textContent()).resolves.toBe("2.重复申请");
    await expect(cell(page, "A1").textContent()).resolves.toBe(`某县交通运输局${year}年政府信息公开工作年度报告`);
    const before = { label: await boxOf("C39"), title: await boxOf("A1"), total: await boxOf("J39") };
    await page.screenshot({ path: path.join(shots, "frozen-panes-top-left.png") });

    await scroller().evaluate((div) => div.scrollTo(400, 700));
    await expect(scroller().evaluate((div) => [div.scrollLeft, div.scrollTop])).resolves.toEqual([400, 700]);
    const after = { label: await boxOf("C39"), title: await boxOf("A1"), total: await boxOf("J39") };
    // The figures moved left and up with the scroll; the label moved only up, the title not at all.
    expect(before.total.x - after.total.x).toBeCloseTo(400, 0);
    expect(before.total.y - after.total.y).toBeCloseTo(700, 0);
    // Within a pixel: the frozen cells' offsets are rounded to whole pixels.
    expect(Math.abs(after.label.x - before.label.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.label.y - after.total.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.title.x - before.title.x)).toBeLessThanOrEqual(1);
    // Under the column letters, within the few pixels of their borders (the figures moved 700).
    expect(Math.abs(after.title.y - before.title.y)).toBeLessThan(5);
    // Drawn over the cells scrolled under them, not under.
    await expect(drawnAt("C39")).resolves.toBe("C39");
    await expect(drawnAt("A1")).resolves.toBe("A1");
    await expect(drawnAt("J39")).resolves.toBe("J39");
    await page.screenshot({ path: path.join(shots, "frozen-panes-scrolled.png") });
  });

  // Last session's glitches: cells scrolled under the frozen title showed through in a strip above and under it, and
  // their border lines as dots over D–F of row 1. Frozen cells cover what scrolls under them, so the frozen part of
  // the window looks the same, to the pixel, however far the rest has scrolled.
  describe.each([
    [1366, 768],
    [1024, 700],
  ])("at %i×%i", (width, height) => {
    beforeAll(async () => {
      await page.setViewportSize({ width, height });
      await scroller().evaluate((div) => div.scrollTo(0, 0));
    });

    /**
     * The frozen part of the window: the column letters and row 1 across the grid, the row numbers and A–C down it,
     * or where the two meet (row 1 over A–C, with its letters).
     */
    const frozenPart = async (part: "rows" | "columns" | "corner", name: string): Promise<Buffer> => {
      const grid = await scroller().evaluate((div) => {
        const box = div.getBoundingClientRect();
        return { x: box.x, y: box.y, width: div.clientWidth, height: div.clientHeight };
      });
      const title = await boxOf("A1");
      const clip = {
        ...grid,
        ...(part !== "columns" && { height: title.y + title.height - grid.y }),
        ...(part !== "rows" && { width: title.x + title.width - grid.x }),
      };
      return page.screenshot({ clip, path: path.join(shots, `frozen-panes-${width}-${part}-${name}.png`) });
    };

    it.each([
      ["rows", 0, 333],
      ["rows", 0, 700],
      ["rows", 0, 860],
      ["columns", 400, 0],
      ["columns", 237, 0],
      ["corner", 400, 700],
    ] as const)("shows the frozen %s unchanged scrolled to (%i, %i)", async (part, x, y) => {
      await scroller().evaluate((div) => div.scrollTo(0, 0));
      const top = await frozenPart(part, "top");
      await scroller().evaluate((div, [left, down]) => div.scrollTo(left, down), [x, y] as const);
      await expect(scroller().evaluate((div) => [div.scrollLeft, div.scrollTop])).resolves.toEqual([x, y]);
      const scrolled = await frozenPart(part, `${x}-${y}`);
      expect(scrolled.equals(top)).toBe(true);
    });
  });

  it("keeps the text sheet unfrozen: its title scrolls away with the prose", async () => {
    await page.getByRole("tab", { name: new RegExp(`^${year}年文字`) }).click();
    const before = await boxOf("A1");
    await scroller().evaluate((div) => div.scrollTo(0, 100));
    await expect(scroller().evaluate((div) => div.scrollTop)).resolves.toBe(100);
    expect(before.y - (await boxOf("A1")).y).toBeCloseTo(100, 0);
  });
});
