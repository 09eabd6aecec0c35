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

/** Scrolls the grid as near to (x, y) as it stops; resolves with where it stopped. */
const scrollGridTo = async (x: number, y: number): Promise<[number, number]> => {
  await scroller().evaluate((div, [left, top]) => div.scrollTo(left, top), [x, y] as const);
  return scroller().evaluate((div) => [div.scrollLeft, div.scrollTop] as [number, number]);
};

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

    // Scrolling stops at whole rows and columns, as in Excel: about as far as asked.
    const [left, down] = await scrollGridTo(400, 700);
    expect(Math.abs(left - 400)).toBeLessThan(100);
    expect(Math.abs(down - 700)).toBeLessThan(100);
    const after = { label: await boxOf("C39"), title: await boxOf("A1"), total: await boxOf("J39") };
    // The figures moved left and up with the scroll; the label moved only up, the title not at all.
    expect(before.total.x - after.total.x).toBe(left);
    expect(before.total.y - after.total.y).toBe(down);
    expect(after.label.x).toBe(before.label.x);
    expect(after.label.y).toBe(after.total.y);
    expect(after.title).toEqual(before.title);
    // Drawn over the cells scrolled under them, not under.
    await expect(drawnAt("C39")).resolves.toBe("C39");
    await expect(drawnAt("A1")).resolves.toBe("A1");
    await expect(drawnAt("J39")).resolves.toBe("J39");
    await page.screenshot({ path: path.join(shots, "frozen-panes-scrolled.png") });
  });

  // Last session's glitches: cells scrolled under the frozen title showed through in a strip above and under it, and
  // their border lines as dots over D–F of row 1. Frozen cells cover what scrolls under them, so the frozen part of
  // the window looks the same, to the pixel, however far the rest has scrolled; and the grid scrolls by whole rows and
  // columns as Excel does, so no sliver of a half-scrolled row shows under the title either.
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
      [0, 333],
      [0, 700],
      [400, 700],
      [237, 861],
    ])("starts the scrolled rows and columns right at the frozen edges, scrolled to (%i, %i)", async (x, y) => {
      await scrollGridTo(x, y);
      const title = await boxOf("A1");
      // The cells just past the frozen title's bottom-right corner: a whole row and a whole column, never a sliver.
      const firstScrolled = await page.evaluate(
        ([right, bottom]) => {
          const td = document.elementFromPoint(right + 1, bottom + 1)?.closest("td");
          const box = td?.getBoundingClientRect();
          return box ? [box.left, box.top] : undefined;
        },
        [title.x + title.width, title.y + title.height] as const,
      );
      expect(firstScrolled).toEqual([title.x + title.width, title.y + title.height]);
    });

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
      const [left, down] = await scrollGridTo(x, y);
      expect([left > 0, down > 0]).toEqual([x > 0, y > 0]);
      const scrolled = await frozenPart(part, `${x}-${y}`);
      expect(scrolled.equals(top)).toBe(true);
    });
  });

  it("keeps the text sheet unfrozen: its title scrolls away with the prose", async () => {
    await page.getByRole("tab", { name: new RegExp(`^${year}年文字`) }).click();
    const before = await boxOf("A1");
    const [, down] = await scrollGridTo(0, 300);
    expect(down).toBeGreaterThan(0);
    expect(before.y - (await boxOf("A1")).y).toBe(down);
  });
});
