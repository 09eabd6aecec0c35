import { refId } from "../cells";
import type { FormatDef } from "../tables/formats";
import { ruleInstances } from "./instances";
import { ruleKinds } from "./kinds";

const totalsCache = new WeakMap<FormatDef, ReadonlySet<string>>();

/** The cells the sheet computes with a formula (the left side of every sum rule), by refId; computed once per format. */
export function computedCells(format: FormatDef): ReadonlySet<string> {
  let totals = totalsCache.get(format);
  if (!totals) {
    totals = new Set(
      ruleInstances(format)
        .filter((instance) => ruleKinds[instance.rule.kind].computesLeft)
        .flatMap((instance) => instance.left.map((term) => refId(term.cell))),
    );
    totalsCache.set(format, totals);
  }
  return totals;
}
