import type { Finding, Report } from "../domain";

/** A check's outcome: every finding (folded once, dismissed ones flagged) and the report as the sheet computes it. */
export type CheckResult = { findings: Finding[]; report: Report };

let chain: Promise<unknown> = Promise.resolve();

/**
 * Runs workbook actions that read (and a person's actions that then write) one at a time, in the order asked: a
 * check that arrives while a quick fix runs waits for it, then reads the sheet as the fix left it, so the last
 * outcome has every change.
 */
export function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const next = chain.then(task, task);
  chain = next.catch(() => undefined);
  return next;
}
