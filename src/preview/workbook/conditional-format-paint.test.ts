import { createWorkbook, type PreviewWorkbook } from "./workbook";

// Conditional formats as Excel paints them: custom formulas relative to the range's top-left, the top priority's
// colours winning, a formula that fails painting nothing, and ISFORMULA and ISTEXT computed.

type Format = { range: string; formula: string; fill?: string; font?: string };

/** Sheet1 with values (or formulas) at addresses and the formats added in order, each on top as Excel adds them. */
async function sheetWith(cells: Record<string, unknown>, formats: readonly Format[]): Promise<PreviewWorkbook> {
  const workbook = createWorkbook();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    for (const [address, value] of Object.entries(cells)) sheet.getRange(address).formulas = [[value]];
    for (const { range, formula, fill, font } of formats) {
      // The preview records a custom format's settings as set; typed here as Office.js types them.
      const added = sheet.getRange(range).conditionalFormats.add("Custom");
      const custom = added.custom as unknown as Excel.CustomConditionalFormat;
      custom.rule.formula = formula;
      if (fill) custom.format.fill.color = fill;
      if (font) custom.format.font.color = font;
    }
    await context.sync();
  });
  return workbook;
}

/** What the formats paint on Sheet1, by address. */
const painted = (workbook: PreviewWorkbook) =>
  Object.fromEntries(
    (workbook.snapshot().sheets[0]?.cells ?? []).flatMap((c) => (c.conditional ? [[c.address, c.conditional]] : [])),
  );

describe("conditional formats painted by the preview", () => {
  it("moves relative references from the range's top-left to each cell", async () => {
    const workbook = await sheetWith({ A1: 1, B1: -2, A2: 3, B2: 4 }, [
      { range: "A1:B2", formula: "=A1<0", fill: "#FFC7CE" },
    ]);
    expect(painted(workbook)).toEqual({ B1: { fill: "#FFC7CE" } });
  });

  it("gives each colour from the highest priority format that applies and sets it", async () => {
    const workbook = await sheetWith({ A1: 1 }, [
      { range: "A1", formula: "=TRUE", fill: "#FFEB9C", font: "#9C5700" },
      { range: "A1", formula: "=A1>0", fill: "#FFC7CE" },
    ]);
    expect(painted(workbook)).toEqual({ A1: { fill: "#FFC7CE", fontColor: "#9C5700" } });
  });

  it("paints nothing where the formula fails or gives text", async () => {
    const workbook = await sheetWith({ A1: "5件", A2: 2, B1: 0 }, [
      { range: "A1:A2", formula: "=INT(A1)>0", fill: "#FFC7CE" },
      { range: "B1", formula: '="yes"', fill: "#FFC7CE" },
    ]);
    expect(painted(workbook)).toEqual({ A2: { fill: "#FFC7CE" } });
  });

  it("computes ISTEXT and ISFORMULA, and repaints when a value changes back", async () => {
    const workbook = await sheetWith({ A1: "=1+1", A2: 2, A3: "5件", B1: 0 }, [
      { range: "A1:A3", formula: "=NOT(ISFORMULA(A1))", font: "#9C0006" },
      { range: "B1", formula: "=ISTEXT(A3)", fill: "#FFC7CE" },
    ]);
    expect(painted(workbook)).toEqual({
      A2: { fontColor: "#9C0006" },
      A3: { fontColor: "#9C0006" },
      B1: { fill: "#FFC7CE" },
    });
    expect(workbook.editFromUi("Sheet1", "A3", [["=A2"]])).toEqual({ ok: true });
    expect(painted(workbook)).toEqual({ A2: { fontColor: "#9C0006" } });
    expect(workbook.editFromUi("Sheet1", "A3", [["5件"]])).toEqual({ ok: true });
    expect(painted(workbook)).toEqual({
      A2: { fontColor: "#9C0006" },
      A3: { fontColor: "#9C0006" },
      B1: { fill: "#FFC7CE" },
    });
  });
});
