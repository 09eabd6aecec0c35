import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { cell, shots } from "./addin-helpers";
import { openPreview, type PageRecord } from "./launch";

// Last session's glitch: long text was cut off at its cell's edge. In Excel, text runs on over the empty cells to its
// right and is cut off at the first that holds something; a number too wide for its cell shows as ####
// (src/preview/page/text-spill.ts).
jest.setTimeout(60_000);

let browser: Browser;
let page: Page;
let record: PageRecord;

const longText = "申请人以政府信息公开申请的形式进行信访、投诉、举报等活动";

/**
 * How much text the page draws inside each cell's box (its lines left out): the dark pixels of a screenshot there.
 * Counted rather than compared, as rows sit at fractions of a pixel and draw the same text a shade differently.
 */
const inkIn = async (addresses: string[]): Promise<Record<string, number>> => {
  const boxes = await Promise.all(addresses.map((address) => cell(page, address).boundingBox()));
  const shot = (await page.screenshot()).toString("base64");
  return page.evaluate(
    async ([png, cells]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext("2d");
      context?.drawImage(image, 0, 0);
      const ink: Record<string, number> = {};
      for (const [address, box] of cells) {
        const inset = { x: Math.ceil(box.x) + 2, y: Math.ceil(box.y) + 2 };
        const pixels = context?.getImageData(inset.x, inset.y, Math.floor(box.width) - 4, Math.floor(box.height) - 4);
        let dark = 0;
        for (let i = 0; i < (pixels?.data.length ?? 0); i += 4) {
          const [r = 255, g = 255, b = 255] = [pixels?.data[i], pixels?.data[i + 1], pixels?.data[i + 2]];
          if (r + g + b < 3 * 160) dark++;
        }
        ink[address] = dark;
      }
      return ink;
    },
    [shot, addresses.map((address, i) => [address, boxes[i] ?? { x: 0, y: 0, width: 0, height: 0 }] as const)] as const,
  );
};

/** Whether two counts of ink are the same text drawn (within a tenth, for the rows' fractional places). */
const sameInk = (a: number | undefined, b: number | undefined) => Math.abs((a ?? 0) - (b ?? 0)) <= 0.1 * (b ?? 0);

beforeAll(async () => {
  ({ browser, page, record } = await openPreview());
  await page.evaluate(async (text) => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      // Row 2: text with two empty cells after it, then 办结. Row 3: the same 办结 with nothing before it.
      sheet.getRange("B2:E3").values = [
        [text, "", "", "办结"],
        ["", "", "", "办结"],
      ];
      // Rows 5 and 6: the same cell after the text holds something; row 7: the text wraps in its cell.
      sheet.getRange("B5:C6").values = [
        [text, "x"],
        ["", "x"],
      ];
      sheet.getRange("B7").values = [[text]];
      sheet.getRange("B7").format.wrapText = true;
      sheet.getRange("B9:D9").values = [[1234567890123, "", 12]];
      await context.sync();
    });
  }, longText);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(() => expect(record.consoleErrors).toEqual([]));

describe.each([
  [1366, 768],
  [1024, 700],
])("a value wider than its cell, at %i×%i", (width, height) => {
  beforeAll(async () => {
    await page.setViewportSize({ width, height });
  });

  afterAll(async () => {
    // After the checks, so the picture shows what they saw (the spill is laid out once the text is measured).
    await page.screenshot({ path: path.join(shots, `cell-text-overflow-${width}.png`) });
  });

  it("runs text on over the empty cells to its right, up to the first that holds something", async () => {
    await expect(cell(page, "B2").textContent()).resolves.toBe(longText);
    const ink = await inkIn(["C2", "D2", "E2", "C3", "D3", "E3"]);
    // C2 and D2 show part of B2's text, where C3 and D3 are blank; E2 shows only its own 办结, as E3 does.
    expect([ink.C3, ink.D3]).toEqual([0, 0]);
    expect(ink.C2).toBeGreaterThan(20);
    expect(ink.D2).toBeGreaterThan(20);
    expect(ink.E3).toBeGreaterThan(20);
    expect(sameInk(ink.E2, ink.E3)).toBe(true);
  });

  it("cuts text off at its own edge when the next cell holds something, or when it wraps", async () => {
    const ink = await inkIn(["C5", "C6", "C7"]);
    expect(sameInk(ink.C5, ink.C6)).toBe(true);
    expect(ink.C7).toBe(0);
  });

  it("shows a number too wide for its cell as ####, and one that fits as itself", async () => {
    await expect(cell(page, "B9").textContent()).resolves.toMatch(/^#+$/);
    await expect(cell(page, "D9").textContent()).resolves.toBe("12");
  });
});
