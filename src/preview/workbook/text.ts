import FormulaParser from "fast-formula-parser";
import type { Scalar } from "./model";

/** Formats a value with an Excel number format, as `range.text` shows it. */
export function formatText(value: Scalar, numberFormat: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  try {
    return (
      generalWithText(numberFormat ?? "General", value) ?? FormulaParser.SSF.format(numberFormat ?? "General", value)
    );
  } catch {
    // An unreadable format shows the plain number rather than failing the whole read.
    return String(value);
  }
}

const LITERALS = String.raw`((?:"[^"]*"|\\.)*)`;
const GENERAL_WITH_TEXT = new RegExp(`^${LITERALS}General${LITERALS}$`, "i");

/**
 * A one-section format of General with quoted or escaped text around it, such as `General"万元"`: Excel draws the
 * number as General would, with the text beside it (“To display both text and numbers in a cell, enclose the text
 * characters in double quotation marks”, support.microsoft.com, “Review guidelines for customizing a number
 * format”). SSF draws the number alone; undefined for any other format, which SSF draws.
 */
function generalWithText(format: string, value: number): string | undefined {
  const match = GENERAL_WITH_TEXT.exec(format);
  if (!match || (!match[1] && !match[2])) return undefined;
  const text = (part = ""): string =>
    part.replace(/"([^"]*)"|\\(.)/g, (_, quoted?: string, escaped?: string) => quoted ?? escaped ?? "");
  return `${text(match[1])}${FormulaParser.SSF.format("General", value)}${text(match[2])}`;
}

/** Excel's valueType names ("Double", "String", "Boolean", "Empty", "Error"). */
export function valueTypeOf(value: Scalar): string {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!)$/.test(value) ? "Error" : "String";
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * What typing an entry into a cell means beyond "=": Excel starts a formula at a leading "+" or "-" as well (a habit
 * kept from Lotus 1-2-3), unless the whole entry is a signed number: "+5" is 5, "-3" is -3, "+A1" is =+A1 and "-abc"
 * is =-abc, which shows #NAME? — why users type an apostrophe before text such as "- 5 euro". No Microsoft page I
 * found states the rule; it is what users of every Excel version report. The add-in's API writes are not typing: only
 * "=" starts a formula there.
 */
export function typedEntry(raw: unknown): unknown {
  if (typeof raw !== "string" || raw.length < 2 || !/^[+-]/.test(raw)) return raw;
  const trimmed = raw.trim();
  if (NUMBER.test(trimmed) || GROUPED_NUMBER.test(trimmed)) return raw;
  return `=${raw}`;
}

/** Turns typed or written input into what Excel stores: a formula, a number, a boolean or text. */
export function parseInput(raw: unknown, numberFormat: string | undefined): { value: Scalar; formula?: string } {
  if (raw === null || raw === undefined) return { value: "" };
  if (typeof raw === "number" || typeof raw === "boolean") return { value: raw };
  const text = typeof raw === "string" ? raw : JSON.stringify(raw);
  if (numberFormat === "@") return { value: text };
  if (text.length > 1 && text.startsWith("=")) return { value: "", formula: text };
  const trimmed = text.trim();
  if (trimmed !== "" && NUMBER.test(trimmed)) return { value: Number(trimmed) };
  // Excel reads thousands separators as typed: “1,000” is the number 1000.
  if (GROUPED_NUMBER.test(trimmed)) return { value: Number(trimmed.replace(/,/g, "")) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  return { value: text };
}
