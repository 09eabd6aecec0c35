import type { ProxyContext } from "./proxy";
import type { Rect } from "./address";
import { cellProp, CellPropsProxy, type PropDef } from "./cell-props";
import { invalidArgument } from "./errors";
import type { BorderSide } from "./model";
import type { RangeTarget, TargetSource } from "./range-target";

const sides: BorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];

// The cells whose own edge carries a range border: EdgeTop is the top row's top edge, InsideHorizontal the bottom
// edge of every row but the last, and so on.
function edgeCells(rect: Rect, side: BorderSide): { rect: Rect; edge: BorderSide } | undefined {
  switch (side) {
    case "EdgeTop":
      return { rect: { ...rect, bottom: rect.top }, edge: "EdgeTop" };
    case "EdgeBottom":
      return { rect: { ...rect, top: rect.bottom }, edge: "EdgeBottom" };
    case "EdgeLeft":
      return { rect: { ...rect, right: rect.left }, edge: "EdgeLeft" };
    case "EdgeRight":
      return { rect: { ...rect, left: rect.right }, edge: "EdgeRight" };
    case "InsideHorizontal":
      return rect.bottom > rect.top ? { rect: { ...rect, bottom: rect.bottom - 1 }, edge: "EdgeBottom" } : undefined;
    case "InsideVertical":
      return rect.right > rect.left ? { rect: { ...rect, right: rect.right - 1 }, edge: "EdgeRight" } : undefined;
  }
}

function borderProp(side: BorderSide, key: "style" | "color" | "weight", fallback: string): PropDef {
  const onEdge = (target: RangeTarget): RangeTarget | undefined => {
    const edge = edgeCells(target.rect, side);
    return edge ? { sheet: target.sheet, rect: edge.rect } : undefined;
  };
  const edge = (rect: Rect): BorderSide => edgeCells(rect, side)?.edge ?? side;
  return {
    read: (target) => {
      const cells = onEdge(target);
      const inner = cellProp(
        (cell) => cell?.format?.borders?.[edge(target.rect)]?.[key] ?? fallback,
        () => undefined,
      );
      return cells ? inner.read(cells) : fallback;
    },
    write: (target, value, session) => {
      const cells = onEdge(target);
      if (!cells) return;
      const stored = edge(target.rect);
      const inner = cellProp(
        () => undefined,
        (cell, v) => {
          const old = cell.format?.borders?.[stored] ?? { style: "None", color: "#000000" };
          const next = { ...old, [key]: v };
          // Setting a colour or weight on a border with no line draws a continuous line, as Excel does.
          if (key !== "style" && next.style === "None") next.style = "Continuous";
          cell.format = { ...cell.format, borders: { ...cell.format?.borders, [stored]: next } };
        },
      );
      inner.write(cells, value, session);
    },
  };
}

/** One border of a range (range.format.borders.getItem("EdgeTop")). */
export class BorderProxy extends CellPropsProxy {
  declare style: string | null;
  declare color: string | null;
  declare weight: string | null;
  readonly sideIndex: BorderSide;

  constructor(context: ProxyContext, target: TargetSource, side: BorderSide) {
    super(context, target, {
      style: borderProp(side, "style", "None"),
      color: borderProp(side, "color", "#000000"),
      weight: borderProp(side, "weight", "Thin"),
    });
    this.sideIndex = side;
  }
}

/** range.format.borders */
export class BordersProxy {
  private readonly context: ProxyContext;
  private readonly target: TargetSource;

  constructor(context: ProxyContext, target: TargetSource) {
    this.context = context;
    this.target = target;
  }

  /** The border on one side; an unknown side fails at sync with InvalidArgument. */
  getItem(index: string): BorderProxy {
    if (!sides.includes(index as BorderSide)) {
      this.context.enqueue("write", () => {
        throw invalidArgument(`border index ${index}`);
      });
    }
    return new BorderProxy(this.context, this.target, index as BorderSide);
  }
}
