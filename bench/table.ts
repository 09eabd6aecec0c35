// The one table `npm run bench` prints: every figure beside its budget, and which are over.

/** One figure of the table: measured, or the reason it could not be. */
export type Row = {
  what: string;
  budget: string;
  /** Whether the measured value is within the budget. */
  within?: boolean;
  /** A figure shown for information beside a budgeted one: it has no budget of its own and is never “over”. */
  informational?: boolean;
  measured?: string;
  failed?: string;
};

export type Measured = { measured: string; within: boolean; informational?: boolean };

/** Whether a measured row counts against its budget. */
export const isOver = (row: Row): boolean => row.failed === undefined && !row.informational && !row.within;

/** Columns a terminal gives a text: CJK characters take two, punctuation such as “ ” one. */
const width = (text: string): number =>
  Array.from(text).reduce(
    (n, char) => n + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char) ? 2 : 1),
    0,
  );
const pad = (text: string, to: number): string => text + " ".repeat(Math.max(0, to - width(text)));

/** The rows as an aligned text table, then a line naming the rows over budget. */
export function renderTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.what,
    row.measured ?? "—",
    row.budget,
    row.failed !== undefined ? `not measured: ${row.failed}` : row.informational ? "info" : row.within ? "ok" : "OVER",
  ]);
  const header = ["what", "measured (min of runs)", "budget", "status"];
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ""))));
  const line = (c: string[]) => c.map((text, i) => pad(text, i === c.length - 1 ? 0 : widths[i]!)).join("  ");
  const over = rows.filter(isOver).map((row) => row.what);
  const failed = rows.filter((row) => row.failed !== undefined).length;
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map(line),
    "",
    over.length ? `over budget: ${over.join("; ")}` : "every measured figure is within its budget",
    ...(failed ? [`${failed} not measured (reason in the row)`] : []),
  ].join("\n");
}

/** A row from a measurement that may fail: the failure becomes the row's reason, never a crash. */
export async function measureRow(what: string, budget: string, measure: () => Promise<Measured>): Promise<Row> {
  process.stderr.write(`measuring: ${what}\n`);
  try {
    return { what, budget, ...(await measure()) };
  } catch (error) {
    return { what, budget, failed: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}
