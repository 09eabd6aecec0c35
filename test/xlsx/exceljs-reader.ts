import ExcelJS, { type Cell, type CellValue, type Worksheet } from "exceljs";
import FormulaParser from "fast-formula-parser";
import { fromA1 } from "../../src/domain";
import type { Shown } from "../../src/files/xlsx/formulas";
import { readReports, type WorkbookRead } from "../../src/files/xlsx/read-workbook";
import type { Block, SheetView } from "../../src/files/xlsx/shown-values";

// The reading of .xlsx files as it was before the streaming reader: exceljs loads the whole workbook, every cell is
// looked at through exceljs's model, and each formula without a result is worked out by a parser of its own. Kept
// only to prove the streaming reader reads every test workbook exactly as this one did.

/** The workbook read the old way: exceljs's names and cells, then the same report reading. */
export async function readWorkbookWithExceljs(
  buffer: Buffer,
): Promise<{ read: WorkbookRead; views: Map<string, SheetView> }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { read: { reports: [], problems: [{ code: "workbook.unreadable" }] }, views: new Map() };
  }
  const views = exceljsViews(workbook);
  const names = workbook.definedNames.model.map(({ name, ranges }) => ({ name, formula: ranges[0] ?? "#REF!" }));
  return { read: readReports(names, views), views };
}

const { Merge: MERGE, Formula: FORMULA } = ExcelJS.ValueType;
const masterOf = (cell: Cell): Cell => (cell.type === MERGE ? cell.master : cell);
const blankToUndefined = (value: Shown): Shown =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

function exceljsViews(workbook: ExcelJS.Workbook): Map<string, SheetView> {
  const views = new Map<string, SheetView>();
  for (const sheet of workbook.worksheets) {
    const cellOf = (row: number, col: number): Cell => masterOf(sheet.getCell(row, col));
    const shown = oldEvaluator(
      (row, col) => {
        const cell = cellOf(row, col);
        return cell.type === FORMULA && cell.result === undefined ? cell.formula : undefined;
      },
      (row, col) => {
        const cell = cellOf(row, col);
        return shownOf(cell.type === FORMULA ? cell.result : cell.value);
      },
    );
    const blocks = blocksOf(sheet);
    const blockAt = (row: number, col: number): Block =>
      blocks.get(`${row},${col}`) ?? { top: row, left: col, bottom: row, right: col };
    const shownAt = (row: number, col: number): Shown => {
      const block = blockAt(row, col);
      return blankToUndefined(shown(block.top + 1, block.left + 1));
    };
    const texts: SheetView["texts"] = [];
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value = cell.type === MERGE ? undefined : shownAt(r - 1, c - 1);
        if (typeof value === "string") texts.push({ text: value, block: blockAt(r - 1, c - 1) });
      }),
    );
    views.set(sheet.name, { name: sheet.name, shownAt, blockAt, texts });
  }
  return views;
}

function shownOf(value: CellValue | undefined): Shown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("result" in value) return shownOf(value.result);
  return undefined;
}

function blocksOf(sheet: Worksheet): Map<string, Block> {
  const blocks = new Map<string, Block>();
  for (const range of sheet.model.merges) {
    const [first = "", last = first] = range.split(":");
    const from = fromA1(first);
    const to = fromA1(last);
    const block = { top: from.row, left: from.col, bottom: to.row, right: to.col };
    for (let row = block.top; row <= block.bottom; row++) {
      for (let col = block.left; col <= block.right; col++) blocks.set(`${row},${col}`, block);
    }
  }
  return blocks;
}

/** The old evaluator: a parser per formula, recursion through the call stack. */
function oldEvaluator(
  formulaAt: (row: number, col: number) => string | undefined,
  plainAt: (row: number, col: number) => Shown,
): (row: number, col: number) => Shown {
  const done = new Map<string, Shown>();
  const busy = new Set<string>();
  const shownAt = (row: number, col: number): Shown => {
    const formula = formulaAt(row, col);
    if (formula === undefined) return plainAt(row, col);
    const id = `${row},${col}`;
    if (done.has(id)) return done.get(id);
    if (busy.has(id)) return undefined;
    busy.add(id);
    const parser = new FormulaParser({
      onCell: (ref) => shownAt(ref.row, ref.col),
      onRange: ({ from, to }) =>
        Array.from({ length: to.row - from.row + 1 }, (_, r) =>
          Array.from({ length: to.col - from.col + 1 }, (_, c) => shownAt(from.row + r, from.col + c)),
        ),
    });
    let result: unknown;
    try {
      result = parser.parse(formula, { row, col });
    } catch (error) {
      result = error;
    }
    busy.delete(id);
    const value: Shown =
      typeof result === "number" || typeof result === "string" || typeof result === "boolean"
        ? result
        : result && typeof result === "object" && "error" in result && typeof result.error === "string"
          ? result.error
          : result === null || result === undefined
            ? undefined
            : "#VALUE!";
    done.set(id, value);
    return value;
  };
  return shownAt;
}
