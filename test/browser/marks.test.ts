import type { Page } from "playwright-core";
import {
  addressIn,
  balanceCells,
  expectMarked,
  expectVisible,
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
    await expectMarked(page, broken, true);
    await expectMarked(page, [apps("newReceived.commercial"), apps("carriedOut.research")], false);
    await shoot(page, "marks-1-balance");
    await typeInto(page, apps("carriedOut.natural"), "5");
    await expectMarked(page, broken, false);
  });

  it("paints text pasted into a figure cell, and clears it when a number replaces it", async () => {
    const target = apps("withheld.stateSecret.commercial");
    await pasteAt(page, target, [["5件"]]);
    await expectMarked(page, [target], true);
    await pasteAt(page, target, [["0"]]);
    await expectMarked(page, [target], false);
    expect(record.consoleErrors).toEqual([]);
  });
});
