import { refId, rowHeights, toA1, type SheetLayout } from "../domain";
import { blockOf, rowRuns, type Block } from "./blocks";
import { validationAlerts } from "./strings.zh-CN";
import { columnPoints, numberFormats, roleStyles, validationRule } from "./template-style";

// Queues the writes of one laid-out sheet (no sync): contents and number formats as one 2-D array each, merges,
// styles, borders, widths, validation, unlocked inputs and workbook names. Protection is the caller's last step,
// since a protected sheet refuses the writes that follow it.

/** The figures written into input cells, by the layout cell's "table:key". */
export type CellValues = ReadonlyMap<string, number>;

function extentOf(layout: SheetLayout): { rows: number; cols: number } {
  const rows = Math.max(0, ...layout.cells.map((c) => c.row), ...layout.merges.map((m) => m.bottom)) + 1;
  return { rows, cols: Math.max(layout.columnWidths.length, 1) };
}

function rangeOf(sheet: Excel.Worksheet, block: Block): Excel.Range {
  return sheet.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
}

/**
 * Contents go in as `values` under a text number format ("@"), so that a 机关名称 or prose starting with "=" stays
 * text; figures as values with their kind's format; only the layout's own totals go in through `formulas`.
 */
function queueContents(sheet: Excel.Worksheet, layout: SheetLayout, values: CellValues): void {
  const { rows, cols } = extentOf(layout);
  const contents: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const cell of layout.cells) {
    const line = contents[cell.row];
    if (line && cell.formula === undefined)
      line[cell.col] = (cell.ref && values.get(refId(cell.ref))) ?? cell.value ?? "";
    const block = blockOf(layout, cell);
    const format = cell.kind === undefined ? (cell.formula === undefined ? "@" : undefined) : numberFormats[cell.kind];
    if (format === undefined) continue;
    for (let r = block.row; r < block.row + block.rows; r++) {
      for (let c = block.col; c < block.col + block.cols; c++) {
        const formatLine = formats[r];
        if (formatLine) formatLine[c] = format;
      }
    }
  }
  const all = sheet.getRangeByIndexes(0, 0, rows, cols);
  all.numberFormat = formats;
  all.values = contents;
  all.format.verticalAlignment = "Center";
  all.format.wrapText = true;
  const totals = layout.cells.filter((cell) => cell.formula !== undefined);
  for (const { block } of rowRuns(layout, totals, () => "total")) {
    const line = totals
      .filter((cell) => cell.row === block.row && cell.col >= block.col && cell.col < block.col + block.cols)
      .sort((a, b) => a.col - b.col);
    if (line.length === block.cols) rangeOf(sheet, { ...block, rows: 1 }).formulas = [line.map((c) => c.formula ?? "")];
    else for (const cell of line) sheet.getCell(cell.row, cell.col).formulas = [[cell.formula ?? ""]];
  }
}

function queueStyles(sheet: Excel.Worksheet, layout: SheetLayout): void {
  for (const merge of layout.merges) {
    rangeOf(sheet, {
      row: merge.top,
      col: merge.left,
      rows: merge.bottom - merge.top + 1,
      cols: merge.right - merge.left + 1,
    }).merge();
  }
  for (const cell of layout.cells) {
    const style = roleStyles[cell.role];
    const format = rangeOf(sheet, blockOf(layout, cell)).format;
    if (style.bold !== undefined) format.font.bold = style.bold;
    if (style.size !== undefined) format.font.size = style.size;
    if (style.fill !== undefined) format.fill.color = style.fill;
    if (style.align !== undefined) format.horizontalAlignment = style.align;
    if (style.wrap !== undefined) format.wrapText = style.wrap;
    if (cell.role === "input" && cell.ref === undefined) {
      // A prose cell of the text sheet: text reads from the top left.
      format.horizontalAlignment = "Left";
      format.verticalAlignment = "Top";
    }
  }
  layout.columnWidths.forEach((width, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnPoints(width);
  });
  // Excel does not grow a row for wrapped text in merged cells (the title over the label columns, wrapped labels).
  const heights = rowHeights(layout, (cell) => roleStyles[cell.role].size ?? DEFAULT_FONT_SIZE);
  for (const [row, height] of heights) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
}

/** Excel's default font size: the size of cells whose role keeps Excel's defaults. */
const DEFAULT_FONT_SIZE = 11;

const borderSides = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

function queueBorders(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const cols = extentOf(layout).cols;
  for (const table of layout.tables) {
    const boxed = layout.cells.filter(
      (c) => c.row >= table.top && c.row <= table.bottom && ["header", "label", "input", "total"].includes(c.role),
    );
    if (boxed.length === 0) continue;
    const top = Math.min(...boxed.map((c) => c.row));
    // A table is as wide as its own cells (table 二 has 3 figure columns, 四 has 15), not the whole sheet.
    const right = Math.max(
      ...boxed.map((c) => {
        const b = blockOf(layout, c);
        return b.col + b.cols;
      }),
    );
    const borders = rangeOf(sheet, { row: top, col: 0, rows: table.bottom - top + 1, cols: Math.min(cols, right) })
      .format.borders;
    for (const side of borderSides) borders.getItem(side).style = "Continuous";
  }
}

function queueInputs(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const inputs = layout.cells.filter((c) => c.role === "input");
  for (const { block } of rowRuns(layout, inputs, () => "input")) {
    rangeOf(sheet, block).format.protection.locked = false;
  }
  for (const { block, key } of rowRuns(
    layout,
    inputs.filter((c) => c.kind !== undefined),
    (c) => c.kind ?? "count",
  )) {
    const validation = rangeOf(sheet, block).dataValidation;
    validation.clear();
    validation.rule = validationRule(key, toA1(block.row, block.col));
    validation.errorAlert = { showAlert: true, style: "Stop", ...validationAlerts[key] };
  }
}

function queueNames(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: SheetLayout): void {
  // Each name refers to a Range, not to text, so Excel moves it with its cell when rows are inserted above.
  for (const named of layout.names) context.workbook.names.add(named.name, sheet.getRange(named.address));
}

/**
 * Freezes the layout's top rows and label columns (Worksheet.freezePanes, ExcelApi 1.7), so scrolled right or down
 * the labels and the report's title stay in view. A change of view: allowed on the protected sheet, never undone.
 */
function queueFreeze(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const { rows = 0, columns = 0 } = layout.frozen ?? {};
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/** Queues every write of a laid-out sheet onto an empty worksheet, with `values` in their input cells. */
export function queueSheetWrite(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  values: CellValues = new Map(),
): void {
  queueContents(sheet, layout, values);
  queueStyles(sheet, layout);
  queueBorders(sheet, layout);
  queueInputs(sheet, layout);
  queueNames(context, sheet, layout);
  queueFreeze(sheet, layout);
}
