import type { Rect } from "./address";
import { evaluateFormula } from "./calc";
import { findSheet, getCell, type SheetModel, type ValidationEntry, type WorkbookModel } from "./model";
import { offsetRelativeRefs, parseSheetRef } from "./refs";
import { invalidArgument } from "./errors";

const ruleKinds = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"] as const;
type RuleKind = (typeof ruleKinds)[number];

/** Excel's DataValidationType for a stored rule. */
export function validationTypeOf(entry: ValidationEntry | undefined): string {
  const kind = entry ? ruleKindOf(entry.rule) : undefined;
  return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : "None";
}

function ruleKindOf(rule: Record<string, unknown>): RuleKind | undefined {
  return ruleKinds.find((kind) => rule[kind] !== undefined);
}

/** Rejects a rule Excel would reject: none or several kinds, or a missing formula. */
export function assertValidRule(rule: unknown): asserts rule is Record<string, unknown> {
  if (typeof rule !== "object" || rule === null) throw invalidArgument("dataValidation.rule");
  const kinds = ruleKinds.filter((kind) => (rule as Record<string, unknown>)[kind] !== undefined);
  if (kinds.length !== 1) throw invalidArgument("dataValidation.rule needs exactly one rule type");
  const body = (rule as Record<string, unknown>)[kinds[0] ?? ""] as Record<string, unknown>;
  const needed = kinds[0] === "list" ? "source" : kinds[0] === "custom" ? "formula" : "formula1";
  if (body[needed] === undefined) throw invalidArgument(`dataValidation.rule.${kinds[0]}.${needed}`);
}

type Place = { model: WorkbookModel; sheet: SheetModel; row: number; col: number; rect: Rect };

function operand(place: Place, raw: unknown): number | undefined {
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string") return undefined;
  if (!raw.startsWith("=")) return raw.trim() === "" ? undefined : Number(raw);
  const formula = offsetRelativeRefs(raw.slice(1), place.row - place.rect.top, place.col - place.rect.left);
  const value = evaluateFormula(place.model, place.sheet, place.row, place.col, formula);
  return typeof value === "number" ? value : undefined;
}

function compare(operator: string, x: number, a: number | undefined, b: number | undefined): boolean {
  if (a === undefined) return false;
  switch (operator) {
    case "Between":
      return b !== undefined && x >= a && x <= b;
    case "NotBetween":
      return b !== undefined && (x < a || x > b);
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    case "LessThanOrEqualTo":
      return x <= a;
    default:
      return false;
  }
}

function listItems(place: Place, source: unknown): string[] {
  if (typeof source !== "string") return [];
  const ref = source.startsWith("=") ? parseSheetRef(source) : undefined;
  if (!ref) return source.split(",").map((item) => item.trim());
  const sheet = ref.sheet === undefined ? place.sheet : findSheet(place.model, ref.sheet);
  const items: string[] = [];
  const end = ref.end ?? ref.start;
  for (let r = ref.start.row ?? 0; r <= (end.row ?? 0); r++) {
    for (let c = ref.start.col ?? 0; c <= (end.col ?? 0); c++) {
      const value = sheet ? getCell(sheet, r, c)?.value : undefined;
      if (value !== undefined && value !== "") items.push(String(value));
    }
  }
  return items;
}

/** Whether the value now in a cell satisfies the validation entry that covers it. */
export function isCellValid(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  entry: ValidationEntry,
): boolean {
  const value = getCell(sheet, row, col)?.value ?? "";
  if (value === "") return entry.ignoreBlanks;
  const kind = ruleKindOf(entry.rule);
  if (!kind) return true;
  const body = entry.rule[kind] as Record<string, unknown>;
  const place: Place = { model, sheet, row, col, rect: entry.rect };
  const operator = typeof body.operator === "string" ? body.operator : "Between";
  switch (kind) {
    case "wholeNumber":
      return (
        typeof value === "number" &&
        Number.isInteger(value) &&
        compare(operator, value, operand(place, body.formula1), operand(place, body.formula2))
      );
    case "decimal":
    case "date":
    case "time":
      return (
        typeof value === "number" &&
        compare(operator, value, operand(place, body.formula1), operand(place, body.formula2))
      );
    case "textLength":
      return compare(operator, String(value).length, operand(place, body.formula1), operand(place, body.formula2));
    case "list":
      return listItems(place, body.source).some((item) => item.toLowerCase() === String(value).toLowerCase());
    case "custom": {
      const formula = typeof body.formula === "string" ? body.formula.replace(/^=/, "") : "";
      const result = evaluateFormula(
        model,
        sheet,
        row,
        col,
        offsetRelativeRefs(formula, row - entry.rect.top, col - entry.rect.left),
      );
      return result === true || (typeof result === "number" && result !== 0);
    }
  }
}
