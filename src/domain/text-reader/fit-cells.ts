// A row's cells as copied text shows them: figures, cells shown empty by their separators (blank), and empty lines
// (gap), which separate rows in most copies but stand for an empty cell in some. The row is read only when one way
// of counting gives exactly its number of columns. Empty cells after a row's last figure count only on that
// figure's own line: a separator alone on a line after the row may as well be the next row's empty label column,
// and a row one figure short must not read as a row with an empty last cell.

export type RunCell =
  | { kind: "value"; text: string; line: number; attached?: true }
  | { kind: "blank"; line: number }
  | { kind: "gap"; lines: number };

/** The figures among some cells, in order (a loop: flatMap allocates an array per cell, and this runs per row). */
export function figureTexts(run: readonly RunCell[]): string[] {
  const texts: string[] = [];
  for (const cell of run) if (cell.kind === "value") texts.push(cell.text);
  return texts;
}

/**
 * A row's cells in column order (“” for an empty cell), or undefined when the row cannot fill `count` columns.
 * `rowLine` is the line of the row's label.
 */
export function fitCells(run: readonly RunCell[], count: number, rowLine: number): string[] | undefined {
  const values = figureTexts(run);
  // A row left wholly empty shows exactly its number of empty cells (a table copied cell by cell), and nothing else.
  if (values.length === 0) {
    const blanks = run.filter((cell) => cell.kind === "blank").length;
    return blanks === count && run.every((cell) => cell.kind !== "value") ? Array<string>(count).fill("") : undefined;
  }
  if (values.length >= count) return values.length === count ? values : undefined;
  const own = ownCells(run, rowLine);
  return (
    withoutTrailingBlanks(
      own.flatMap((cell) => (cell.kind === "gap" ? [] : [cell.kind === "value" ? cell.text : undefined])),
      count,
    ) ??
    withoutTrailingBlanks(emptyLinesAsCells(own, count), count) ??
    doubleSpaced(own, count)
  );
}

/** The run without what follows its last figure on other lines (empty lines, separators alone on a line). */
function ownCells(run: readonly RunCell[], rowLine: number): RunCell[] {
  let lastLine = rowLine;
  let end = 0;
  run.forEach((cell, n) => {
    if (cell.kind === "value") {
      lastLine = cell.line;
      end = n + 1;
    }
  });
  while (end < run.length) {
    const cell = run[end];
    if (cell?.kind !== "blank" || cell.line !== lastLine) break;
    end += 1;
  }
  return run.slice(0, end);
}

/** The cells, dropping empty ones at the end (a filler or the next row's bar) until there are `count`. */
function withoutTrailingBlanks(cells: (string | undefined)[] | undefined, count: number): string[] | undefined {
  if (!cells) return undefined;
  const list = [...cells];
  while (list.length > count && list.at(-1) === undefined) list.pop();
  return list.length === count ? list.map((cell) => cell ?? "") : undefined;
}

/** Every empty line between two of the row's cells as an empty cell (“0\n\n3”); not those before the first. */
function emptyLinesAsCells(run: readonly RunCell[], count: number): (string | undefined)[] | undefined {
  const cells: (string | undefined)[] = [];
  const first = run.findIndex((cell) => cell.kind !== "gap");
  for (const cell of first < 0 ? [] : run.slice(first)) {
    if (cell.kind === "value") cells.push(cell.text);
    else if (cell.kind === "blank") cells.push(undefined);
    else if (cell.lines + cells.length > count) return undefined;
    else for (let n = 0; n < cell.lines; n++) cells.push(undefined);
  }
  return cells;
}

/**
 * A copy with an empty line after every cell (pages exported from Word): one empty line separates two cells, three
 * hold an empty cell between them.
 */
function doubleSpaced(run: readonly RunCell[], count: number): string[] | undefined {
  const cells: string[] = [];
  let gap = 0;
  for (const cell of run) {
    if (cell.kind === "gap") {
      gap += cell.lines;
      continue;
    }
    if (gap % 2 === 0 || gap > 2 * count + 1) return undefined;
    for (let n = 0; n < (gap - 1) / 2; n++) cells.push("");
    cells.push(cell.kind === "value" ? cell.text : "");
    gap = 0;
  }
  return cells.length === count ? cells : undefined;
}
