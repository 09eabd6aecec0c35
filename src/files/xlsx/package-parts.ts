import { walkXml } from "./walk-xml";

// The small parts of an .xlsx package a reading needs besides the sheets: the workbook (its sheets in order, its
// defined names, its date system), the workbook's relationships (where each sheet's part is), the shared strings
// and which cell styles show a number as a date. Each returns undefined for a part that is not well-formed.

/** A worksheet of the workbook: its name and the path of its part in the package. */
export type SheetEntry = { name: string; path: string };
/** A defined name as the workbook writes it: "nb_2025_applications_newReceived.total" → "'2025年报表'!$K$12". */
export type DefinedName = { name: string; formula: string };
export type WorkbookPart = { sheets: { name: string; relId: string }[]; names: DefinedName[]; date1904: boolean };

/** The relationship id attribute, whatever prefix the namespace was given ("r:id"). */
const relIdOf = (attributes: Readonly<Record<string, string>>): string =>
  Object.entries(attributes).find(([key]) => key === "id" || key.endsWith(":id"))?.[1] ?? "";

export function readWorkbookPart(bytes: Uint8Array): WorkbookPart | undefined {
  const part: WorkbookPart = { sheets: [], names: [], date1904: false };
  let name: DefinedName | undefined;
  const ok = walkXml(bytes, {
    open: (tag, attributes) => {
      if (tag === "sheet") part.sheets.push({ name: attributes.name ?? "", relId: relIdOf(attributes) });
      else if (tag === "workbookPr") part.date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
      else if (tag === "definedName") name = { name: attributes.name ?? "", formula: "" };
    },
    text: (text) => {
      if (name) name.formula += text;
    },
    close: (tag) => {
      if (tag !== "definedName" || !name) return;
      part.names.push(name);
      name = undefined;
    },
  });
  return ok ? part : undefined;
}

/** Each relationship's target, by id, as a path inside the package ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
export function readRelationships(bytes: Uint8Array, base = "xl/"): Map<string, string> | undefined {
  const targets = new Map<string, string>();
  const ok = walkXml(bytes, {
    open: (tag, attributes) => {
      if (tag === "Relationship" && attributes.Id && attributes.Target) {
        targets.set(attributes.Id, resolvePath(base, attributes.Target));
      }
    },
  });
  return ok ? targets : undefined;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const path: string[] = [];
  for (const part of parts) {
    if (part === "..") path.pop();
    else if (part !== "." && part !== "") path.push(part);
  }
  return path.join("/");
}

/** The shared strings in order: a rich text's runs joined, its phonetic guide (rPh) left out, _xHHHH_ escapes undone. */
export function readSharedStrings(bytes: Uint8Array): string[] | undefined {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  const ok = walkXml(bytes, {
    open: (tag) => {
      if (tag === "si") current = [];
      else if (tag === "rPh") phonetic += 1;
      else if (tag === "t") inText = phonetic === 0;
    },
    text: (text) => {
      if (inText) current?.push(text);
    },
    close: (tag) => {
      if (tag === "t") inText = false;
      else if (tag === "rPh") phonetic -= 1;
      else if (tag === "si" && current) {
        strings.push(unescapeText(current.join("")));
        current = undefined;
      }
    },
  });
  return ok ? strings : undefined;
}

/** Excel writes characters XML cannot hold as _xHHHH_ (“_x000D_” for a carriage return). */
export const unescapeText = (text: string): string =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** Built-in number formats that show a date or time: 14–22, and the East Asian ones 27–36 and 50–58; 45–47. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
]);
for (let id = 50; id <= 58; id++) BUILT_IN_DATES.add(id);

/** A format code shows a date when, quoted text and [bracketed] parts aside, it holds a date or time letter. */
function isDateCode(code: string): boolean {
  let closing = "";
  for (const char of code) {
    if (closing !== "") closing = char === closing ? "" : closing;
    else if (char === "[") closing = "]";
    else if (char === '"') closing = '"';
    else if ("ymdhMsb".includes(char)) return true;
  }
  return false;
}

/** The indexes of the cell styles (cellXfs) that show a number as a date or time. */
export function readDateStyles(bytes: Uint8Array): Set<number> | undefined {
  const codes = new Map<number, string>();
  const formatOfStyle: number[] = [];
  let inCellXfs = false;
  const ok = walkXml(bytes, {
    open: (tag, attributes) => {
      if (tag === "numFmt") codes.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (tag === "cellXfs") inCellXfs = true;
      else if (tag === "xf" && inCellXfs) formatOfStyle.push(Number(attributes.numFmtId ?? 0));
    },
    close: (tag) => {
      if (tag === "cellXfs") inCellXfs = false;
    },
  });
  if (!ok) return undefined;
  const dates = new Set<number>();
  formatOfStyle.forEach((id, index) => {
    const code = codes.get(id);
    if (code === undefined ? BUILT_IN_DATES.has(id) : isDateCode(code)) dates.add(index);
  });
  return dates;
}
