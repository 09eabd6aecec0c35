import { intersects } from "./address";
import { assertEditable } from "./cells";
import { itemNotFound } from "./errors";
import { newId, type ConditionalFormatEntry } from "./model";
import { ClientCollection, ClientObject, type ProxyContext } from "./proxy";
import type { TargetSource } from "./range-target";
import type { Session } from "./session";

/** Free-form nested settings such as `cf.custom.rule.formula`; stored as set, not interpreted. */
export type NestedSettings = { [key: string]: unknown };

const nestedKinds = [
  "cellValue",
  "custom",
  "textComparison",
  "colorScale",
  "dataBar",
  "iconSet",
  "topBottom",
  "preset",
];

function setAt(root: Record<string, unknown>, path: string[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : (node[key] = {});
  }
  node[path[path.length - 1] ?? ""] = structuredClone(value);
}

/** One conditional format; its type-specific parts (`cellValue`, `custom`, ...) record whatever is set on them. */
export class ConditionalFormatProxy extends ClientObject {
  /** Excel.ConditionalFormat: ExcelApi 1.6. */
  protected readonly since = 6;
  protected readonly scalarProps = ["id", "type", "priority", "stopIfTrue"];
  private readonly locate: (session: Session) => ConditionalFormatEntry | undefined;

  constructor(context: ProxyContext, locate: (session: Session) => ConditionalFormatEntry | undefined) {
    super(context);
    this.locate = locate;
    for (const kind of nestedKinds)
      Object.defineProperty(this, kind, { value: this.nested([kind]), enumerable: false });
  }

  declare cellValue: NestedSettings;
  declare custom: NestedSettings;
  declare textComparison: NestedSettings;
  declare colorScale: NestedSettings;
  declare dataBar: NestedSettings;
  declare iconSet: NestedSettings;
  declare topBottom: NestedSettings;
  declare preset: NestedSettings;

  private entry(session: Session): ConditionalFormatEntry {
    const entry = this.locate(session);
    if (!entry) throw itemNotFound("conditional format");
    return entry;
  }

  protected readScalar(name: string, session: Session): unknown {
    const entry = this.entry(session);
    if (name === "id" || name === "type") return entry[name];
    if (name === "priority") return session.model.sheets.flatMap((s) => s.conditionalFormats).indexOf(entry);
    return entry.props.stopIfTrue ?? false;
  }

  private nested(path: string[]): NestedSettings {
    const target: NestedSettings = {};
    return new Proxy(target, {
      get: (_target, key) => (typeof key === "symbol" || key === "then" ? undefined : this.nested([...path, key])),
      set: (_target, key, value: unknown) => {
        if (typeof key === "string") this.queue((session) => setAt(this.entry(session).props, [...path, key], value));
        return true;
      },
    });
  }

  get type(): string {
    return this.loaded("type");
  }
  get stopIfTrue(): boolean {
    return this.loaded("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.queue((session) => (this.entry(session).props.stopIfTrue = value));
  }

  /** Removes this conditional format. */
  delete(): void {
    this.queue((session) => {
      const entry = this.entry(session);
      for (const sheet of session.model.sheets)
        sheet.conditionalFormats = sheet.conditionalFormats.filter((e) => e !== entry);
      session.recordChange("display");
    });
  }
}

/** range.conditionalFormats */
export class ConditionalFormatCollectionProxy extends ClientCollection<ConditionalFormatProxy> {
  /** Excel.ConditionalFormatCollection: ExcelApi 1.6. */
  protected readonly since = 6;
  private readonly target: TargetSource;

  constructor(context: ProxyContext, target: TargetSource) {
    super(context);
    this.target = target;
  }

  private bound(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, (session) =>
      session.model.sheets.flatMap((s) => s.conditionalFormats).find((e) => e.id === id),
    );
  }

  protected listItems(session: Session): ConditionalFormatProxy[] {
    const target = this.target(session);
    if (!target) return [];
    return target.sheet.conditionalFormats.filter((e) => intersects(e.rect, target.rect)).map((e) => this.bound(e.id));
  }

  /**
   * Adds a conditional format of a type (Excel.ConditionalFormatType) over the range, at the top priority as Excel
   * does ("Adds a new conditional format to the collection at the first/top priority", learn.microsoft.com
   * javascript/api/excel/excel.conditionalformatcollection#add): the sheet's list is in priority order.
   */
  add(type: string): ConditionalFormatProxy {
    let id = "";
    this.queue((session) => {
      const target = this.target(session);
      if (!target) return;
      assertEditable(target.sheet, target.rect, "allowFormatCells");
      id = newId(session.model, "CF");
      target.sheet.conditionalFormats.unshift({ id, rect: target.rect, type, props: {} });
      session.recordChange("display");
    });
    return new ConditionalFormatProxy(this.context, (session) =>
      session.model.sheets.flatMap((s) => s.conditionalFormats).find((e) => e.id === id),
    );
  }

  /** Removes every conditional format that touches the range. */
  clearAll(): void {
    this.queue((session) => {
      const target = this.target(session);
      if (!target) return;
      assertEditable(target.sheet, target.rect, "allowFormatCells");
      target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter((e) => !intersects(e.rect, target.rect));
      session.recordChange("display");
    });
  }
}
