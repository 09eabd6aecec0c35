import type { CheckedFile } from "./check";
import { cliMessages } from "./messages.zh-CN";
import { displayWidth, pad } from "./text-width";

/** Columns apart, in terminal columns. */
const GAP = "  ";

/** 文件 | 机关 | 年度 | 错误 | 警告: one line per file, columns aligned for Chinese text, numbers on the right. */
export function summaryTable(results: readonly CheckedFile[]): string {
  const h = cliMessages.tableHeadings;
  const none = cliMessages.notApplicable;
  const rows = results.map((result): string[] => {
    if ("errors" in result) return [result.file, none, none, cliMessages.unreadable, none];
    const count = (severity: string) => String(result.findings.filter((f) => f.severity === severity).length);
    return [result.file, result.body || none, String(result.year), count("error"), count("warning")];
  });
  const table = [[h.file, h.body, h.year, h.errors, h.warnings], ...rows];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => displayWidth(row[col] ?? ""))));
  // The file and body columns read left to right; year and counts line up on the right like numbers.
  const sides = ["end", "end", "start", "start", "start"] as const;
  const line = (row: readonly string[]) =>
    row
      .map((cell, col) => pad(cell, widths[col] ?? 0, sides[col]))
      .join(GAP)
      .trimEnd();
  const rule = "-".repeat(widths.reduce((sum, width) => sum + width, 0) + GAP.length * (widths.length - 1));
  return [line(table[0]!), rule, ...rows.map(line)].join("\n");
}
