import { refId } from "../cells";
import type { CellRef, Finding } from "../model";
import type { FormatDef } from "../tables/formats";
import { ruleInstances } from "./instances";
import { ruleKinds } from "./kinds";

// A figure cell holding text (a pasted “5件”) counts as 0, as Excel's SUM counts it, and has its own finding. The
// rules it then breaks name it too: the 商业企业 balance that reads it, and the 总计 balance that reads the total the
// sheet computes from it, so the person sees why a column that looks right does not add up.

/** A text cell among the causes of a finding: where it is and what it holds. */
export type TextCause = { cell: CellRef; quote: string };

const RULE_CODES = new Set<Finding["code"]>([
  "sum.mismatch",
  "balance.mismatch",
  "atLeast.violated",
  "carryOver.mismatch",
]);

/** For each cell: the text cells it is, or that a computed total sums into it (through totals of totals). */
function reachOf(format: FormatDef, texts: ReadonlyMap<string, TextCause>): Map<string, Set<string>> {
  const reach = new Map([...texts.keys()].map((id) => [id, new Set([id])]));
  const totals = ruleInstances(format).filter(
    (instance) => ruleKinds[instance.rule.kind].computesLeft && instance.left.length === 1,
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const instance of totals) {
      const total = refId(instance.left[0]!.cell);
      const found = reach.get(total) ?? new Set<string>();
      const before = found.size;
      for (const term of instance.right) for (const id of reach.get(refId(term.cell)) ?? []) found.add(id);
      if (found.size > before) {
        reach.set(total, found);
        changed = true;
      }
    }
  }
  return reach;
}

/** The rule findings with the text cells (from the reading's cell.text findings) that count as 0 among their cells. */
export function withTextCauses(
  format: FormatDef,
  findings: readonly Finding[],
  readFindings: readonly Finding[],
): Finding[] {
  const texts = new Map(
    readFindings
      .filter((f) => f.code === "cell.text")
      .flatMap((f) => f.cells.map((cell): [string, TextCause] => [refId(cell), { cell, quote: f.quote ?? "" }])),
  );
  if (texts.size === 0) return [...findings];
  const reach = reachOf(format, texts);
  return findings.map((finding) => {
    if (!RULE_CODES.has(finding.code)) return finding;
    const ids = new Set(finding.cells.flatMap((cell) => [...(reach.get(refId(cell)) ?? [])]));
    const textCauses = [...ids].flatMap((id) => texts.get(id) ?? []);
    return textCauses.length > 0 ? { ...finding, textCauses } : finding;
  });
}
