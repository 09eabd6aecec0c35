import type { Page } from "playwright-core";
import {
  addressIn,
  cell,
  ERROR_RGB,
  expectVisible,
  fillOf,
  insertTemplate,
  pane,
  pasteAt,
  previewForTests,
  shoot,
  typeInto,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 16: the marks are the workbook's conditional formats, painted by the grid from the figures as Excel paints
// them. Excel's preset draws the text dark red as well as the fill light red; the add-in's own writes never set a
// font colour, so a dark red figure is the conditional format's doing.
jest.setTimeout(90_000);

let page: Page;
let record: PageRecord;
const apps = (key: string) => addressIn(2025, "applications", key);
/** The four cells of a column of table 三 that its caption's balance reads. */
const balanceCells = (column: string): string[] =>
  ["newReceived", "carriedIn", "resultTotal", "carriedOut"].map((row) => apps(`${row}.${column}`));
const ERROR_FONT_RGB = "rgb(156, 0, 6)";

const fontOf = (address: string): Promise<string> => cell(page, address).evaluate((td) => getComputedStyle(td).color);

/** Each cell's fill and font colour, waiting (up to 10 s) until they are as wanted: marked, or not marked. */
async function expectMarked(addresses: readonly string[], marked: boolean): Promise<void> {
  const looks = () =>
    Promise.all(addresses.map(async (a) => ({ a, fill: await fillOf(page, a), font: await fontOf(a) })));
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

previewForTests(
  async (preview) => {
    ({ page, record } = preview);
    await insertTemplate(page, 2025);
    await expectVisible(pane(page).getByText("已插入工作表“2025年报表”和“2025年文字”。"));
  },
  { timeout: 90_000 },
);

describe("the workbook's own marks in the preview grid", () => {
  it("paints the balance of a column red when a figure breaks it, and clears it when it holds again", async () => {
    await typeInto(page, apps("newReceived.natural"), "5");
    const broken = [...balanceCells("natural"), ...balanceCells("total")];
    await expectMarked(broken, true);
    await expectMarked([apps("newReceived.commercial"), apps("carriedOut.research")], false);
    await shoot(page, "marks-1-balance");
    await typeInto(page, apps("carriedOut.natural"), "5");
    await expectMarked(broken, false);
  });

  it("paints text pasted into a figure cell, and clears it when a number replaces it", async () => {
    const target = apps("withheld.stateSecret.commercial");
    await pasteAt(page, target, [["5件"]]);
    await expectMarked([target], true);
    await pasteAt(page, target, [["0"]]);
    await expectMarked([target], false);
    expect(record.consoleErrors).toEqual([]);
  });
});
