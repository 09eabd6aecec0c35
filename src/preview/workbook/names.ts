import { requireApi } from "./api-level";
import { formatRect, quoteSheetName, tryParseAddress } from "./address";
import { invalidArgument, itemNotFound, PreviewError } from "./errors";
import { findSheet, type NameEntry, type SheetModel, type WorkbookModel } from "./model";
import { ClientCollection, ClientObject, type ProxyContext } from "./proxy";
import { RangeProxy } from "./range";
import { parseSheetRef } from "./refs";
import type { Session } from "./session";

type ScopeSheet = ((session: Session) => SheetModel | undefined) | undefined;

function assertNameSyntax(name: string): void {
  const ok =
    name.length > 0 &&
    name.length <= 255 &&
    /^[A-Za-z_\\\u00C0-\uFFFF][\w.\\?\u00C0-\uFFFF]*$/.test(name) &&
    tryParseAddress(name) === undefined &&
    !/^[RC]$|^R\d*C\d*$/i.test(name);
  if (!ok) throw invalidArgument(`name "${name}"`);
}

/** The "=Sheet1!$B$5" text of a name, or "=#REF!" when its cells are gone. */
export function nameFormula(model: WorkbookModel, entry: NameEntry): string {
  if (!entry.ref) return entry.formula ?? "=#REF!";
  const sheet = model.sheets.find((s) => s.id === entry.ref?.sheetId);
  return sheet ? `=${quoteSheetName(sheet.name)}!${formatRect(entry.ref.rect, true)}` : "=#REF!";
}

function resolveReference(
  session: Session,
  reference: unknown,
  scope: SheetModel | undefined,
): NameEntry["ref"] | string {
  if (reference instanceof RangeProxy) {
    const target = reference.tryResolve(session);
    if (!target) throw invalidArgument("reference");
    return { sheetId: target.sheet.id, rect: target.rect };
  }
  if (typeof reference !== "string") throw invalidArgument("reference");
  const ref = parseSheetRef(reference);
  if (!ref) return reference.startsWith("=") ? reference : `=${reference}`;
  const sheet =
    ref.sheet === undefined
      ? (scope ?? findSheet(session.model, session.model.activeSheetId))
      : findSheet(session.model, ref.sheet);
  if (!sheet) throw invalidArgument(`reference ${reference}`);
  const rect = tryParseAddress(reference.replace(/^=/, "").replace(/^.*!/, ""));
  if (!rect) throw invalidArgument(`reference ${reference}`);
  return { sheetId: sheet.id, rect };
}

/** Excel.NamedItem */
export class NamedItemProxy extends ClientObject {
  protected readonly scalarProps = ["name", "type", "value", "formula", "comment", "visible", "scope"];
  private readonly locate: (session: Session) => NameEntry | undefined;
  private readonly orNull: boolean;

  constructor(context: ProxyContext, locate: (session: Session) => NameEntry | undefined, orNull = false) {
    super(context);
    this.locate = locate;
    this.orNull = orNull;
  }

  private entry(session: Session): NameEntry | undefined {
    const entry = this.locate(session);
    if (!entry && !this.orNull) throw itemNotFound("name");
    return entry;
  }

  protected isNull(session: Session): boolean {
    return this.entry(session) === undefined;
  }

  protected readScalar(name: string, session: Session): unknown {
    const entry = this.entry(session);
    if (!entry) return null;
    const formula = nameFormula(session.model, entry);
    switch (name) {
      case "type":
        return entry.ref ? "Range" : entry.formula ? "String" : "Error";
      case "value":
        return formula.replace(/^=/, "");
      case "formula":
        return formula;
      case "scope":
        return entry.scopeSheetId === undefined ? "Workbook" : "Worksheet";
      default:
        return entry[name as "name" | "comment" | "visible"];
    }
  }

  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): string {
    return this.loaded("value");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get comment(): string {
    return this.loaded("comment");
  }
  set comment(value: string) {
    this.queue((session) => {
      const entry = this.entry(session);
      // Excel on the web has no undo for this setter ("Undo capabilities of Excel add-ins"); the preview is that host.
      session.undoUnsupported("NamedItem.comment");
      if (entry) entry.comment = value;
    });
  }
  get visible(): boolean {
    return this.loaded("visible");
  }

  private rangeOf(orNull: boolean): RangeProxy {
    return new RangeProxy(this.context, (session) => {
      const entry = this.entry(session);
      const sheet = entry?.ref ? session.model.sheets.find((s) => s.id === entry.ref?.sheetId) : undefined;
      if (entry?.ref && sheet) return { sheet, rect: entry.ref.rect };
      if (orNull || !entry) return undefined;
      throw new PreviewError("InvalidOperation", "The name does not refer to a range.");
    });
  }

  /** The cells the name refers to (they follow row insertions and deletions). */
  getRange(): RangeProxy {
    return this.rangeOf(false);
  }
  /** Like getRange, but a null object when the name refers to no cells. */
  getRangeOrNullObject(): RangeProxy {
    return this.rangeOf(true);
  }
  /** Deletes the name. */
  delete(): void {
    this.queue((session) => {
      const entry = this.entry(session);
      if (entry) session.model.names = session.model.names.filter((n) => n !== entry);
      session.recordChange();
    });
  }
}

/** workbook.names or worksheet.names. */
export class NamedItemCollectionProxy extends ClientCollection<NamedItemProxy> {
  private readonly scopeSheet: ScopeSheet;
  private readonly sheetScoped: boolean;

  constructor(context: ProxyContext, scopeSheet: ScopeSheet, sheetScoped: boolean) {
    super(context);
    this.scopeSheet = scopeSheet;
    this.sheetScoped = sheetScoped;
  }

  private scopeId(session: Session): string | undefined {
    if (!this.sheetScoped) return undefined;
    const sheet = this.scopeSheet?.(session);
    if (!sheet) throw itemNotFound("worksheet");
    return sheet.id;
  }

  private find(session: Session, name: string): NameEntry | undefined {
    const scope = this.scopeId(session);
    const lower = name.toLowerCase();
    // Names differ in length far more often than in case: comparing lengths first saves a lower-casing per name.
    return session.model.names.find(
      (n) => n.scopeSheetId === scope && n.name.length === lower.length && n.name.toLowerCase() === lower,
    );
  }

  protected listItems(session: Session): NamedItemProxy[] {
    const scope = this.scopeId(session);
    return session.model.names
      .filter((n) => n.scopeSheetId === scope)
      .map((n) => new NamedItemProxy(this.context, (s) => s.model.names.find((m) => m === n)));
  }

  /** Defines a name for a Range or a reference text such as "=Sheet1!$B$5". */
  add(name: string, reference: RangeProxy | string, comment = ""): NamedItemProxy {
    this.queue((session) => {
      requireApi(session, 4, "NamedItemCollection.add");
      assertNameSyntax(name);
      if (this.find(session, name)) throw new PreviewError("ItemAlreadyExists", `The name "${name}" already exists.`);
      const scopeSheetId = this.scopeId(session);
      const scope = scopeSheetId === undefined ? undefined : findSheet(session.model, scopeSheetId);
      const target = resolveReference(session, reference, scope);
      const entry: NameEntry = {
        name,
        comment,
        visible: true,
        ...(scopeSheetId === undefined ? {} : { scopeSheetId }),
      };
      if (typeof target === "string") entry.formula = target;
      else if (target) entry.ref = target;
      session.model.names.push(entry);
      session.recordChange();
    });
    return this.getItem(name);
  }

  /** A name; ItemNotFound at sync when missing. */
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, (session) => this.find(session, name));
  }

  /** A name or a null object. */
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      (session) => {
        requireApi(session, 4, "NamedItemCollection.getItemOrNullObject");
        return this.find(session, name);
      },
      true,
    );
  }
}
