import { addressOnSheet, cellAddress, parseAddress, type Rect } from "./address";
import { assertEditable } from "./cells";
import { invalidArgument, itemNotFound, PreviewError } from "./errors";
import { cellKey, newId, parseCellKey, type NoteEntry, type SheetModel } from "./model";
import { ClientCollection, ClientObject, type ProxyContext } from "./proxy";
import { RangeProxy } from "./range";
import type { Session } from "./session";

// Cell notes (ExcelApi 1.18): the yellow notes on single cells, reached through worksheet.notes and keyed by the
// cell's address. A note belongs to its cell: it moves when rows are inserted above and goes when its row is deleted.

/** Who the preview says wrote a note: there is no signed-in user. */
export const PREVIEW_AUTHOR = "预览用户";

type SheetSource = (session: Session) => SheetModel | undefined;

/** Where a note is now, by its id; undefined once deleted. */
function findNote(sheet: SheetModel | undefined, id: string): { key: string; note: NoteEntry } | undefined {
  for (const [key, note] of sheet?.notes ?? []) if (note.id === id) return { key, note };
  return undefined;
}

/** One cell from an address on this sheet ("B5" or "Sheet1!B5"); anything else is an InvalidArgument. */
function singleCell(sheet: SheetModel, address: string): { row: number; col: number } {
  const local = addressOnSheet(address, sheet.name);
  if (local === undefined) throw invalidArgument("cellAddress");
  return singleOf(parseAddress(local));
}

/** Notes are objects: a protected sheet takes them only when its protection allows editing objects. */
function assertObjectsEditable(sheet: SheetModel): void {
  assertEditable(sheet, { top: 0, left: 0, bottom: 0, right: 0 }, "allowEditObjects");
}

const addressOf = (cell: { row: number; col: number }): string => cellAddress(cell.row, cell.col);

function singleOf(rect: Rect): { row: number; col: number } {
  if (rect.top !== rect.bottom || rect.left !== rect.right) throw invalidArgument("cellAddress must be one cell");
  return { row: rect.top, col: rect.left };
}

/** Excel.Note: its text and author; found by id at sync, so it follows its cell across row insertions. */
export class NoteProxy extends ClientObject {
  /** Excel.Note: ExcelApi 1.18. */
  protected readonly since = 18;
  protected readonly scalarProps = ["content", "authorName"];
  private readonly sheet: SheetSource;
  private readonly locate: (session: Session) => string | undefined;
  private boundId?: string;

  constructor(context: ProxyContext, sheet: SheetSource, locate: (session: Session) => string | undefined) {
    super(context);
    this.sheet = sheet;
    this.locate = locate;
  }

  /** The note, bound at first use: a later row insertion in the same batch does not make it another cell's. */
  private found(session: Session): { key: string; note: NoteEntry; sheet: SheetModel } | undefined {
    const sheet = this.sheet(session);
    this.boundId ??= this.locate(session);
    const found = this.boundId === undefined ? undefined : findNote(sheet, this.boundId);
    return found && sheet ? { ...found, sheet } : undefined;
  }

  private existing(session: Session): { key: string; note: NoteEntry; sheet: SheetModel } {
    const found = this.found(session);
    if (!found) throw itemNotFound("note");
    return found;
  }

  protected isNull(session: Session): boolean {
    return this.found(session) === undefined;
  }

  protected readScalar(name: string, session: Session): unknown {
    const note = this.existing(session).note;
    return name === "content" ? note.content : note.authorName;
  }

  get content(): string {
    return this.loaded("content");
  }
  set content(value: string) {
    this.queue((session) => {
      const { sheet, note } = this.existing(session);
      assertObjectsEditable(sheet);
      note.content = value;
      session.recordChange("display");
    });
  }
  get authorName(): string {
    return this.loaded("authorName");
  }

  /** Deletes the note. */
  delete(): void {
    this.queue((session) => {
      const { sheet, key } = this.existing(session);
      assertObjectsEditable(sheet);
      sheet.notes.delete(key);
      session.recordChange("display");
    });
  }

  /** The cell the note is on. */
  getLocation(): RangeProxy {
    return new RangeProxy(this.context, (session) => {
      const { sheet, key } = this.existing(session);
      const { row, col } = parseCellKey(key);
      return { sheet, rect: { top: row, left: col, bottom: row, right: col } };
    });
  }
}

/** worksheet.notes */
export class NoteCollectionProxy extends ClientCollection<NoteProxy> {
  /** Excel.NoteCollection: ExcelApi 1.18. */
  protected readonly since = 18;
  private readonly sheet: SheetSource;

  constructor(context: ProxyContext, sheet: SheetSource) {
    super(context);
    this.sheet = sheet;
  }

  private byId(id: string): NoteProxy {
    return new NoteProxy(this.context, this.sheet, () => id);
  }

  protected listItems(session: Session): NoteProxy[] {
    const notes = [...(this.sheet(session)?.notes ?? [])].sort(([a], [b]) => {
      const [p, q] = [parseCellKey(a), parseCellKey(b)];
      return p.row - q.row || p.col - q.col;
    });
    return notes.map(([, note]) => this.byId(note.id));
  }

  /** Adds a note to one cell; a cell that has a note already is refused (Excel keeps one note per cell). */
  add(cellAddress: RangeProxy | string, content: string): NoteProxy {
    let id: string | undefined;
    this.queue((session) => {
      const sheet = this.sheet(session);
      if (!sheet) throw itemNotFound("worksheet");
      let cell: { row: number; col: number };
      if (typeof cellAddress === "string") cell = singleCell(sheet, cellAddress);
      else {
        const target = cellAddress.tryResolve(session);
        if (!target || target.sheet !== sheet) throw invalidArgument("cellAddress");
        cell = singleOf(target.rect);
      }
      assertObjectsEditable(sheet);
      const key = cellKey(cell.row, cell.col);
      if (sheet.notes.has(key))
        throw new PreviewError("InvalidOperation", `The cell already has a note. (${addressOf(cell)})`);
      id = newId(session.model, "N");
      sheet.notes.set(key, { id, content: String(content), authorName: PREVIEW_AUTHOR });
      session.recordChange("display");
    });
    return new NoteProxy(this.context, this.sheet, () => id);
  }

  /** The note on a cell ("B5"); ItemNotFound at sync when there is none. */
  getItem(key: string): NoteProxy {
    return new NoteProxy(this.context, this.sheet, (session) => this.idAt(session, key, false));
  }

  /** The note on a cell, or a null object. */
  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(this.context, this.sheet, (session) => this.idAt(session, key, true));
  }

  private idAt(session: Session, key: string, orNull: boolean): string | undefined {
    const sheet = this.sheet(session);
    const cell = sheet ? singleCell(sheet, key) : undefined;
    const note = cell && sheet?.notes.get(cellKey(cell.row, cell.col));
    if (!note && !orNull) throw itemNotFound(`note ${key}`);
    return note?.id;
  }
}

/** The notes of a sheet as the grid shows them: address, text and author, in reading order. */
export function notesOf(sheet: SheetModel): { address: string; content: string; authorName: string }[] {
  return [...sheet.notes]
    .map(([key, note]) => ({ ...parseCellKey(key), note }))
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(({ row, col, note }) => ({
      address: cellAddress(row, col),
      content: note.content,
      authorName: note.authorName,
    }));
}
