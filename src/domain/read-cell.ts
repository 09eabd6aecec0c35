import type { CellDef } from "./cells";
import type { Finding } from "./model";
import { kindProblem, roundAmount } from "./values";

/** Where a cell's text came from: published text takes units as normal; a workbook cell with a unit is text to Excel. */
export type CellSource = "text" | "workbook";

export type CellReading = {
  /** The value in the cell's kind (money in 万元); undefined for a blank, a placeholder or a refused value. */
  value: number | undefined;
  /** True for a blank cell or a “not applicable” placeholder, which count as 0. */
  blank: boolean;
  findings: Finding[];
};

/** Written for “not applicable” in published tables (“_” and “＿” on some pages); read as blank, never as text errors. */
const PLACEHOLDERS = new Set(["/", "-", "—", "——", "--", "－", "_", "不适用", "无"]);

const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(件|项|个|万元|元)?$/;

const COUNT_UNITS = new Set(["件", "项", "个"]);

/** Turns what a person typed (or a workbook holds) into a value of the cell's kind, or findings that say why not. */
export function readCell(raw: string | number | null | undefined, cell: CellDef, source: CellSource): CellReading {
  if (typeof raw === "number") return fromNumber(raw, cell, String(raw));
  // NFKC folds full-width digits, signs, commas and spaces (“１２”, “－1”, “１，２３４”, U+3000) to ASCII; a figure
  // already in ASCII (most are) has nothing to fold.
  const text =
    raw && isVisibleAscii(raw)
      ? raw
      : (raw ?? "")
          .normalize("NFKC")
          .replace(/\s+/g, "")
          .replace(/\u2212/g, "-");
  if (text === "" || PLACEHOLDERS.has(text)) return { value: undefined, blank: true, findings: [] };
  const match = NUMBER.exec(text);
  const quote = String(raw).trim();
  const finding = (f: Omit<Finding, "cells" | "quote">): Finding => ({ ...f, cells: [cell.ref], quote });
  if (!match) {
    return refused(finding({ ruleId: "cell.value", severity: "error", code: "cell.notNumber" }));
  }
  const [, sign = "", digits = "", fraction = "", unit] = match;
  const isMoney = cell.kind === "money";
  if (unit && (isMoney ? COUNT_UNITS.has(unit) : !COUNT_UNITS.has(unit))) {
    return refused(finding({ ruleId: "cell.value", severity: "error", code: "cell.wrongUnit" }));
  }
  let value = Number(`${sign}${digits.replace(/,/g, "")}${fraction}`);
  if (unit === "元") value = roundAmount(value / 10000);
  const reading = fromNumber(value, cell, quote);
  if (reading.value === undefined) return reading;
  const notes: Finding[] = [];
  if (unit && source === "workbook")
    notes.push(finding({ ruleId: "cell.unit", severity: "warning", code: "cell.unitTyped", actual: value }));
  // The 2019 采购总金额 header names no unit, so a bare amount is an assumption worth a look.
  if (isMoney && !unit && source === "text" && !cell.column.label.includes("万元")) {
    notes.push(finding({ ruleId: "cell.unitMissing", severity: "warning", code: "cell.unitMissing", actual: value }));
  }
  return { ...reading, findings: notes };
}

/** Whether every character is printable ASCII (no space): NFKC and the folding above leave such a text as it is. */
function isVisibleAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}

function fromNumber(value: number, cell: CellDef, quote: string): CellReading {
  // Infinity (1e400, 400 digits) is a number too large, not a word.
  const code = Number.isNaN(value) ? "cell.notNumber" : kindProblem(value, cell.kind);
  if (code) return refused({ ruleId: "cell.value", severity: "error", code, cells: [cell.ref], actual: value, quote });
  return { value, blank: false, findings: [] };
}

const refused = (finding: Finding): CellReading => ({ value: undefined, blank: false, findings: [finding] });
