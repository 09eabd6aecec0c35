import { cellKey, cellKeyOf, cellsOfTable } from "../cells";
import type { FormatId, TableDef } from "../model";
import { readCell } from "../read-cell";
import { formats } from "../tables/formats";
import { splitFinding, type Collected } from "./section-rows";

// A row whose figures ran together and fit its own arithmetic in several ways (“120010114”: 12 | 0 | 0 | 1 | 0 | 1 |
// 14 or 1 | 2 | 0 | 0 | 10 | 1 | 14) may still be read as a person reads it: by the table's column sums (（七）总计 =
// （一）至（六）各项之和, the caption's balance), where every other cell of the column was read. The row is cut only
// when exactly one of its ways agrees with every such sum, and at least one sum could be used; else it stays unread.

/** Rows left undecided by their own arithmetic, decided by the table's column rules where exactly one way fits. */
export function decideByColumnSums(formatId: FormatId, table: TableDef, found: Collected): void {
  const undecided = found.undecided ?? [];
  if (undecided.length === 0) return;
  const defs = new Map(cellsOfTable(table).map((cell) => [cell.ref.key, cell]));
  const valueOf = (key: string): number | undefined => {
    const raw = found.raws.get(key);
    const def = defs.get(key);
    return raw === undefined || !def ? undefined : readCell(raw, def, "text").value;
  };
  const rules = formats[formatId].rules.filter(
    (rule) =>
      rule.table === table.id &&
      rule.axis === "column" &&
      (rule.kind === "sum" || rule.kind === "balance") &&
      [...rule.left, ...rule.right].every((term) => !term.previous),
  );
  for (const { row, section, candidates, written } of undecided) {
    let used = 0;
    const fits = candidates.filter((cells) =>
      section.columns.every((column, n) =>
        rules.every((rule) => {
          const terms = [
            ...rule.left.map((t) => ({ ...t, left: true })),
            ...rule.right.map((t) => ({ ...t, left: false })),
          ];
          if (!terms.some((term) => term.at === row.key)) return true;
          let balance = 0;
          for (const term of terms) {
            const value = term.at === row.key ? Number(cells[n]) : valueOf(cellKey(term.at, column.key));
            if (value === undefined) return true; // a cell of the column not read: this sum says nothing
            balance += (term.left ? 1 : -1) * term.sign * value;
          }
          used += 1;
          return Math.abs(balance) < 1e-9;
        }),
      ),
    );
    const [only] = fits;
    if (fits.length !== 1 || !only || used === 0) continue;
    section.columns.forEach((column, n) => found.raws.set(cellKeyOf(row, column), only[n] ?? ""));
    // Said apart from a row cut by its own arithmetic: this one needed the rest of the table.
    found.findings.push({ ...splitFinding(table, section, row, only, written), ruleId: "read.runTogetherByColumns" });
    found.problems = found.problems.filter(
      (problem) => !(problem.reason === "runTogether" && problem.detail === row.label && problem.table === table.id),
    );
  }
}
