import type { Finding, Report } from "../model";
import { keyFigureOf, keyFigures } from "./key-figures";

// A figure five times last year's, or a fifth of it, is not wrong, but a person should look: a typing slip of a
// digit, or a year's figures copied into the wrong column, shows this way.

export const JUMP_FACTOR = 5;
/** Small counts move a lot from year to year (2 → 11 applications): below this neither year is compared. */
export const JUMP_FLOOR = 10;

/** quality.figureJump (info): key figures of 二三四 beyond ×5 or below ÷5 against last year's. */
export function figureJumps(report: Report, previous: Report): Finding[] {
  return keyFigures.flatMap((def): Finding[] => {
    const now = keyFigureOf(report, def);
    const before = keyFigureOf(previous, def);
    if (now === undefined || before === undefined || before <= 0 || Math.max(now, before) < JUMP_FLOOR) return [];
    if (now <= before * JUMP_FACTOR && now * JUMP_FACTOR >= before) return [];
    return [
      {
        ruleId: "quality.figureJump",
        severity: "info",
        code: "quality.figureJump",
        cells: [...def.cells(report.format)],
        expected: before,
        actual: now,
        detail: def.label,
      },
    ];
  });
}
