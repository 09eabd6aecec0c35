import FormulaParser from "fast-formula-parser";
import type { Scalar } from "./model";

/** Formats a value with an Excel number format, as `range.text` shows it. */
export function formatText(value: Scalar, numberFormat: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  try {
    return FormulaParser.SSF.format(numberFormat ?? "General", value);
  } catch {
    // An unreadable format shows the plain number rather than failing the whole read.
    return String(value);
  }
}

/** Excel's valueType names ("Double", "String", "Boolean", "Empty", "Error"). */
export function valueTypeOf(value: Scalar): string {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!)$/.test(value) ? "Error" : "String";
}

/** Turns typed or written input into what Excel stores: a formula, a number, a boolean or text. */
export function parseInput(raw: unknown, numberFormat: string | undefined): { value: Scalar; formula?: string } {
  if (raw === null || raw === undefined) return { value: "" };
  if (typeof raw === "number" || typeof raw === "boolean") return { value: raw };
  const text = typeof raw === "string" ? raw : JSON.stringify(raw);
  if (numberFormat === "@") return { value: text };
  if (text.length > 1 && text.startsWith("=")) return { value: "", formula: text };
  const trimmed = text.trim();
  if (trimmed !== "" && /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
  // Excel reads thousands separators as typed: “1,000” is the number 1000.
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed.replace(/,/g, "")) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  return { value: text };
}
