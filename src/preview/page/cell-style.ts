import type { CSSProperties } from "react";
import type { ConditionalStyle } from "../workbook/conditional-format-paint";
import type { CellFormat, Scalar } from "../workbook/model";

// Excel's default font is 11 pt; Chinese text falls back through the usual CJK UI fonts to Noto (Linux).
const DEFAULT_FONT_POINTS = 11;
export const cellFontStack = `"等线", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif`;

/** The CSS font a cell's text is drawn in (for measuring it: text-spill.ts). */
export function cellFont(format: CellFormat | undefined): string {
  const style = format?.font?.italic ? "italic " : "";
  const weight = format?.font?.bold ? "700 " : "";
  return `${style}${weight}${format?.font?.size ?? DEFAULT_FONT_POINTS}pt ${fontFamily(format)}`;
}

function fontFamily(format: CellFormat | undefined): string {
  return format?.font?.name ? `"${format.font.name}", ${cellFontStack}` : cellFontStack;
}

/** How Excel's General alignment places a value: numbers right, booleans centred, text left. */
function generalAlignment(value: Scalar | undefined): CSSProperties["textAlign"] {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean") return "center";
  return "left";
}

/**
 * The CSS for a cell's formatting as set in the workbook (fill, font, alignment, wrap), with what its conditional
 * formats paint now over the fill and font colour, as Excel draws them. Its border lines: cell-lines.ts.
 */
export function cellStyle(
  format: CellFormat | undefined,
  value: Scalar | undefined,
  conditional?: ConditionalStyle,
): CSSProperties {
  const style: CSSProperties = {
    fontSize: `${format?.font?.size ?? DEFAULT_FONT_POINTS}pt`,
    fontFamily: fontFamily(format),
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
  if (conditional?.fill) style.backgroundColor = conditional.fill;
  if (conditional?.fontColor) style.color = conditional.fontColor;
  return style;
}
