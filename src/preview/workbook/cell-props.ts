import { assertEditable, readUniform, updateCells } from "./cells";
import type { Cell, CellFormat } from "./model";
import { ClientObject, type ProxyContext } from "./proxy";
import type { RangeTarget, TargetSource } from "./range-target";
import type { Session } from "./session";

/** How one loadable, settable property reads and writes the model. */
export type PropDef = {
  read(target: RangeTarget): unknown;
  write(target: RangeTarget, value: unknown, session: Session): void;
};

/** A property stored per cell: reads the common value (null when mixed), writes every cell. */
export function cellProp(
  read: (cell: Cell | undefined) => unknown,
  write: (cell: Cell, value: unknown) => void,
  protectionOption = "allowFormatCells",
): PropDef {
  return {
    read: ({ sheet, rect }) => readUniform(sheet, rect, read),
    write: ({ sheet, rect }, value) => {
      assertEditable(sheet, rect, protectionOption);
      updateCells(sheet, rect, (cell) => write(cell, value));
    },
  };
}

/** Reads and writes one field of a cell's format. */
export function formatProp<K extends keyof CellFormat>(key: K, fallback: CellFormat[K]): PropDef {
  return cellProp(
    (cell) => cell?.format?.[key] ?? fallback,
    (cell, value) => {
      cell.format = { ...cell.format, [key]: value };
    },
  );
}

/** A proxy whose properties are described by PropDefs (fill, font, border, alignment...). */
export class CellPropsProxy extends ClientObject {
  protected readonly scalarProps: readonly string[];
  protected readonly target: TargetSource;
  private readonly defs: Record<string, PropDef>;

  constructor(context: ProxyContext, target: TargetSource, defs: Record<string, PropDef>) {
    super(context);
    this.target = target;
    this.defs = defs;
    this.scalarProps = Object.keys(defs);
    for (const name of this.scalarProps) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: (): unknown => this.loaded<unknown>(name),
        set: (value: unknown) => this.queue((session) => this.writeProp(name, value, session)),
      });
    }
  }

  protected isNull(session: Session): boolean {
    return this.target(session) === undefined;
  }

  protected readScalar(name: string, session: Session): unknown {
    const target = this.target(session);
    return target ? this.defs[name]?.read(target) : null;
  }

  private writeProp(name: string, value: unknown, session: Session): void {
    const target = this.target(session);
    if (!target) return;
    this.defs[name]?.write(target, value, session);
    session.recordChange("display");
  }
}
