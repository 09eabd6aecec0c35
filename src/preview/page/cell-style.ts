import type { CSSProperties } from "react";
import type { ConditionalStyle } from "../workbook/conditional-format-paint";
import type { Border, BorderSide, CellFormat, Scalar } from "../workbook/model";

// Excel's default font is 11 pt; Chinese text falls back through the usual CJK UI fonts to Noto (Linux).
const DEFAULT_FONT_POINTS = 11;
export const cellFontStack = `"等线", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif`;

const lineStyles: Record<string, string> = {
  Continuous: "solid",
  Dash: "dashed",
  DashDot: "dashed",
  DashDotDot: "dashed",
  Dot: "dotted",
  Double: "double",
  SlantDashDot: "dashed",
};
const lineWidths: Record<string, string> = { Hairline: "1px", Thin: "1px", Medium: "2px", Thick: "3px" };
const sides: [BorderSide, "borderTop" | "borderBottom" | "borderLeft" | "borderRight"][] = [
  ["EdgeTop", "borderTop"],
  ["EdgeBottom", "borderBottom"],
  ["EdgeLeft", "borderLeft"],
  ["EdgeRight", "borderRight"],
];

function borderCss(border: Border | undefined): string | undefined {
  const line = border ? lineStyles[border.style] : undefined;
  if (!border || !line) return undefined;
  const width = line === "double" ? "3px" : (lineWidths[border.weight ?? "Thin"] ?? "1px");
  return `${width} ${line} ${border.color}`;
}

/** How Excel's General alignment places a value: numbers right, booleans centred, text left. */
function generalAlignment(value: Scalar | undefined): CSSProperties["textAlign"] {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean") return "center";
  return "left";
}

/**
 * The CSS for a cell's formatting as set in the workbook (fill, font, alignment, wrap, borders), with what its
 * conditional formats paint now over the fill and font colour, as Excel draws them.
 */
export function cellStyle(
  format: CellFormat | undefined,
  value: Scalar | undefined,
  conditional?: ConditionalStyle,
): CSSProperties {
  const style: CSSProperties = {
    fontSize: `${format?.font?.size ?? DEFAULT_FONT_POINTS}pt`,
    fontFamily: format?.font?.name ? `"${format.font.name}", ${cellFontStack}` : cellFontStack,
    textAlign: generalAlignment(value),
    verticalAlign: "bottom",
    whiteSpace: format?.wrapText ? "pre-wrap" : "pre",
  };
  if (format?.fill) style.backgroundColor = format.fill;
  if (format?.font?.bold) style.fontWeight = 700;
  if (format?.font?.italic) style.fontStyle = "italic";
  if (format?.font?.color) style.color = format.font.color;
  if (format?.font?.underline && format.font.underline !== "None") style.textDecoration = "underline";
  const horizontal = format?.horizontalAlignment;
  if (horizontal === "Left" || horizontal === "Right") style.textAlign = horizontal === "Left" ? "left" : "right";
  if (horizontal === "Center" || horizontal === "CenterAcrossSelection") style.textAlign = "center";
  if (horizontal === "Justify" || horizontal === "Distributed") style.textAlign = "justify";
  const vertical = format?.verticalAlignment;
  if (vertical === "Top") style.verticalAlign = "top";
  if (vertical === "Center" || vertical === "Justify" || vertical === "Distributed") style.verticalAlign = "middle";
  for (const [side, property] of sides) {
    const css = borderCss(format?.borders?.[side]);
    if (css) style[property] = css;
  }
  if (conditional?.fill) style.backgroundColor = conditional.fill;
  if (conditional?.fontColor) style.color = conditional.fontColor;
  return style;
}
