import type { ProxyContext } from "./proxy";
import { assertEditable, updateCells, unmergeIn } from "./cells";
import { BordersProxy } from "./borders";
import { cellProp, CellPropsProxy, formatProp, type PropDef } from "./cell-props";
import { invalidArgument } from "./errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type CellFormat } from "./model";
import type { RangeTarget, TargetSource } from "./range-target";
import type { Rect } from "./address";

type Font = NonNullable<CellFormat["font"]>;

function fontProp<K extends keyof Font>(key: K, fallback: Font[K]): PropDef {
  return cellProp(
    (cell) => cell?.format?.font?.[key] ?? fallback,
    (cell, value) => {
      cell.format = { ...cell.format, font: { ...cell.format?.font, [key]: value } };
    },
  );
}

/** range.format.font */
export class FontProxy extends CellPropsProxy {
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare color: string | null;
  declare size: number | null;
  declare name: string | null;
  declare underline: string | null;

  constructor(context: ProxyContext, target: TargetSource) {
    super(context, target, {
      bold: fontProp("bold", false),
      italic: fontProp("italic", false),
      color: fontProp("color", "#000000"),
      size: fontProp("size", 11),
      name: fontProp("name", "等线"),
      underline: fontProp("underline", "None"),
    });
  }
}

/** range.format.fill */
export class FillProxy extends CellPropsProxy {
  declare color: string | null;

  constructor(context: ProxyContext, target: TargetSource) {
    super(context, target, { color: formatProp("fill", "#FFFFFF") });
  }

  /** Removes the fill. */
  clear(): void {
    this.queue((session) => {
      const target = this.target(session);
      if (!target) return;
      assertEditable(target.sheet, target.rect, "allowFormatCells");
      updateCells(target.sheet, target.rect, (cell) => {
        if (cell.format) delete cell.format.fill;
      });
      session.recordChange("display");
    });
  }
}

/** range.format.protection */
export class FormatProtectionProxy extends CellPropsProxy {
  /** Excel.FormatProtection: ExcelApi 1.2. */
  protected readonly since = 2;
  declare locked: boolean | null;

  constructor(context: ProxyContext, target: TargetSource) {
    super(context, target, {
      // Excel refuses to change locking while the sheet is protected, whatever the options.
      locked: cellProp(
        (cell) => cell?.locked !== false,
        (cell, value) => (value === false ? (cell.locked = false) : delete cell.locked),
        "neverAllowed",
      ),
    });
  }
}

function sizeProp(kind: "columnWidth" | "rowHeight"): PropDef {
  const isColumn = kind === "columnWidth";
  const lines = (rect: Rect): number[] => {
    const [from, to] = isColumn ? [rect.left, rect.right] : [rect.top, rect.bottom];
    return Array.from({ length: Math.min(to - from + 1, 20_000) }, (_, i) => from + i);
  };
  return {
    read: ({ sheet, rect }) => {
      const sizes = new Set(lines(rect).map((i) => (isColumn ? sheet.columnWidths : sheet.rowHeights).get(i)));
      const only = sizes.size === 1 ? [...sizes][0] : null;
      return only === null ? null : (only ?? (isColumn ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT));
    },
    write: ({ sheet, rect }, value) => {
      if (typeof value !== "number" || value < 0) throw invalidArgument(kind);
      assertEditable(sheet, rect, isColumn ? "allowFormatColumns" : "allowFormatRows");
      for (const i of lines(rect)) (isColumn ? sheet.columnWidths : sheet.rowHeights).set(i, value);
    },
  };
}

/** range.format */
export class RangeFormatProxy extends CellPropsProxy {
  declare horizontalAlignment: string | null;
  declare verticalAlignment: string | null;
  declare wrapText: boolean | null;
  declare columnWidth: number | null;
  declare rowHeight: number | null;
  // Made on first use, as range.format is: a check reads one of them on hundreds of ranges.
  private fillProxy?: FillProxy;
  private fontProxy?: FontProxy;
  private bordersProxy?: BordersProxy;
  private protectionProxy?: FormatProtectionProxy;

  constructor(context: ProxyContext, target: TargetSource) {
    super(context, target, {
      horizontalAlignment: formatProp("horizontalAlignment", "General"),
      verticalAlignment: formatProp("verticalAlignment", "Bottom"),
      wrapText: formatProp("wrapText", false),
      columnWidth: sizeProp("columnWidth"),
      rowHeight: sizeProp("rowHeight"),
    });
  }

  get fill(): FillProxy {
    return (this.fillProxy ??= new FillProxy(this.context, this.target));
  }

  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.context, this.target));
  }

  get borders(): BordersProxy {
    return (this.bordersProxy ??= new BordersProxy(this.context, this.target));
  }

  get protection(): FormatProtectionProxy {
    return (this.protectionProxy ??= new FormatProtectionProxy(this.context, this.target));
  }

  protected navigation(name: string): CellPropsProxy | undefined {
    return name === "fill"
      ? this.fill
      : name === "font"
        ? this.font
        : name === "protection"
          ? this.protection
          : undefined;
  }
}

/** Clears formats of a rect (fill, font, borders, alignment, number format, locking) and its merges. */
export function clearFormats(target: RangeTarget): void {
  updateCells(target.sheet, target.rect, (cell) => {
    delete cell.format;
    delete cell.numberFormat;
    delete cell.locked;
  });
  unmergeIn(target.sheet, target.rect);
}
