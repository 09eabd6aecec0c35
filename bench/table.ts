import { CommandFailed } from "./measure";

// The one table `npm run bench` prints: every figure beside its budget, and which are over or not measured.

/** One figure of the table: measured, or the reason it could not be. */
export type Row = {
  what: string;
  budget: string;
  /** Whether the measured value is within the budget. */
  within?: boolean;
  /** A figure shown for information beside a budgeted one: it has no budget of its own and is never “over”. */
  informational?: boolean;
  measured?: string;
  /** Why the row could not be measured: a build or a measured command failed. Fails the bench like “over”. */
  failed?: string;
  /** What the measured command wrote to stderr, for the report under the table. */
  stderr?: string;
};

export type Measured = { measured: string; within: boolean; informational?: boolean; stderr?: string };

/** Whether a measured row counts against its budget. */
export const isOver = (row: Row): boolean => row.failed === undefined && !row.informational && !row.within;

/** Whether the row fails the bench: over its budget, or not measured at all (what cannot be measured cannot pass). */
export const failsBench = (row: Row): boolean => isOver(row) || row.failed !== undefined;

/** Each distinct stderr once (a failed build fails every row that needs it), first lines first, under its rows. */
function stderrReport(rows: readonly Row[]): string[] {
  const byText = new Map<string, string[]>();
  for (const row of rows) {
    const text = (row.stderr ?? "").trimEnd();
    if (text) byText.set(text, [...(byText.get(text) ?? []), row.what]);
  }
  return [...byText].flatMap(([text, whats]) => {
    const lines = text.split("\n").filter((line) => line.trim());
    const shown = lines.slice(0, 20);
    const cut = shown.length < lines.length ? ` (first ${shown.length} of ${lines.length} lines)` : "";
    return [`stderr of ${whats.map((what) => `“${what}”`).join(", ")}${cut}:`, ...shown.map((line) => `  ${line}`)];
  });
}

/** Columns a terminal gives a text: CJK characters take two, punctuation such as “ ” one. */
const width = (text: string): number =>
  Array.from(text).reduce(
    (n, char) => n + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char) ? 2 : 1),
    0,
  );
const pad = (text: string, to: number): string => text + " ".repeat(Math.max(0, to - width(text)));

/** The rows as an aligned text table, then lines naming the rows over budget or not measured, then their stderr. */
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
  const failed = rows.filter((row) => row.failed !== undefined).map((row) => row.what);
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map(line),
    "",
    ...(over.length ? [`over budget: ${over.join("; ")}`] : []),
    ...(failed.length ? [`not measured (reason in the row): ${failed.join("; ")}`] : []),
    ...(over.length || failed.length ? [] : ["every figure is within its budget"]),
    ...stderrReport(rows),
  ].join("\n");
}

/**
 * A row from a measurement that may fail: the failure becomes the row's reason (and fails the bench), never a crash.
 * This is how a row is added: `measureRow(what, budget, async () => ({ measured, within }))` in a group of bench/
 * (see bench/index.ts); throw when the measured thing does not work (a CommandFailed keeps the command's stderr).
 */
export async function measureRow(what: string, budget: string, measure: () => Promise<Measured>): Promise<Row> {
  process.stderr.write(`measuring: ${what}\n`);
  try {
    return { what, budget, ...(await measure()) };
  } catch (error) {
    return notMeasured(what, budget, error);
  }
}

/** A row that could not be measured because of `error` (a failed build, a failed command). */
export function notMeasured(what: string, budget: string, error: unknown): Row {
  const failed = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  return { what, budget, failed, ...(error instanceof CommandFailed ? { stderr: error.stderr } : {}) };
}
