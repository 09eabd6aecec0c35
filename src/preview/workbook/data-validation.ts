import { containsCell, intersects, type Rect } from "./address";
import { assertEditable, forEachCell } from "./cells";
import type { SheetModel, ValidationEntry } from "./model";
import { ClientObject, type ProxyContext } from "./proxy";
import type { RangeTarget, TargetSource } from "./range-target";
import { sameRect, subtractRect } from "./rects";
import type { Session } from "./session";
import { assertValidRule, isCellValid, validationTypeOf } from "./validation";
import type { WorkbookModel } from "./model";

/** The validation entry that covers a cell, if any. */
export function validationAt(sheet: SheetModel, row: number, col: number): ValidationEntry | undefined {
  return sheet.validations.find((entry) => containsCell(entry.rect, row, col));
}

/** Removes validation from a rect, keeping it on the cells around it. */
export function clearValidation(sheet: SheetModel, rect: Rect): void {
  sheet.validations = sheet.validations.flatMap((entry) =>
    subtractRect(entry.rect, rect).map((part) => ({ ...entry, rect: part })),
  );
}

function entryFor(sheet: SheetModel, rect: Rect): ValidationEntry {
  const existing = sheet.validations.find((entry) => sameRect(entry.rect, rect));
  if (existing) return existing;
  const covering = sheet.validations.find((entry) => intersects(entry.rect, rect));
  clearValidation(sheet, rect);
  const entry: ValidationEntry = covering
    ? { ...structuredClone(covering), rect }
    : {
        rect,
        rule: {},
        errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
        prompt: { showPrompt: false, title: "", message: "" },
        ignoreBlanks: true,
      };
  sheet.validations.push(entry);
  return entry;
}

/** Whether every cell of the target satisfies its validation rule. */
export function isRangeValid(model: WorkbookModel, { sheet, rect }: RangeTarget): boolean {
  let valid = true;
  forEachCell(sheet, rect, (_cell, row, col) => {
    const entry = row >= 0 ? validationAt(sheet, row, col) : undefined;
    if (entry && !isCellValid(model, sheet, row, col, entry)) valid = false;
  });
  return valid;
}

const settable = ["rule", "errorAlert", "prompt", "ignoreBlanks"] as const;
type Settable = (typeof settable)[number];

/** range.dataValidation: the rule, alert, prompt and blank handling of a range's cells. */
export class DataValidationProxy extends ClientObject {
  /** Excel.DataValidation: ExcelApi 1.8. */
  protected readonly since = 8;
  protected readonly scalarProps = [...settable, "type", "valid"];
  private readonly target: TargetSource;

  constructor(context: ProxyContext, target: TargetSource) {
    super(context);
    this.target = target;
  }

  protected readScalar(name: string, session: Session): unknown {
    const target = this.target(session);
    if (!target) return null;
    const entry = target.sheet.validations.find((e) => containsCell(e.rect, target.rect.top, target.rect.left));
    if (name === "type") return validationTypeOf(entry);
    if (name === "valid") return isRangeValid(session.model, target);
    if (name === "rule") return structuredClone(entry?.rule ?? {});
    if (name === "ignoreBlanks") return entry?.ignoreBlanks ?? true;
    return structuredClone(entry ? entry[name as "errorAlert" | "prompt"] : null);
  }

  private set(name: Settable, value: unknown): void {
    this.queue((session) => {
      const target = this.target(session);
      if (!target) return;
      assertEditable(target.sheet, target.rect, "neverAllowed");
      if (name === "rule") assertValidRule(value);
      const entry = entryFor(target.sheet, target.rect);
      if (name === "ignoreBlanks") entry.ignoreBlanks = value === true;
      else if (name === "rule") entry.rule = structuredClone(value as Record<string, unknown>);
      else Object.assign(entry[name], value);
      session.recordChange("display");
    });
  }

  get rule(): Record<string, unknown> {
    return this.loaded("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.set("rule", value);
  }
  get errorAlert(): ValidationEntry["errorAlert"] {
    return this.loaded("errorAlert");
  }
  set errorAlert(value: Partial<ValidationEntry["errorAlert"]>) {
    this.set("errorAlert", value);
  }
  get prompt(): ValidationEntry["prompt"] {
    return this.loaded("prompt");
  }
  set prompt(value: Partial<ValidationEntry["prompt"]>) {
    this.set("prompt", value);
  }
  get ignoreBlanks(): boolean {
    return this.loaded("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.set("ignoreBlanks", value);
  }
  /** "None", "WholeNumber", "Decimal", "List", "Custom", ... */
  get type(): string {
    return this.loaded("type");
  }
  /** Whether the current values satisfy the rule. */
  get valid(): boolean {
    return this.loaded("valid");
  }

  /** Removes validation from the range. */
  clear(): void {
    this.queue((session) => {
      const target = this.target(session);
      if (!target) return;
      assertEditable(target.sheet, target.rect, "neverAllowed");
      clearValidation(target.sheet, target.rect);
      session.recordChange("display");
    });
  }
}
