import { isTitleLine, readReportText, readTitle, type ReadHint } from "../../domain";
import { fileMessages } from "../messages.zh-CN";
import { fromTextReading, type ParsedReport } from "../text-reading";
import { tableLines } from "../text/table-lines";
import { readZipEntries, type ZipProblem } from "../zip/read-zip";
import { compoundFileKind } from "../compound-file";
import { bodyBlocks, type Block, type BodyProblem, type Cell } from "./docx-blocks";

// A report published as a Word document (.docx): its body becomes the text a person would copy from it, paragraphs
// as lines and each table cell by cell (table-lines.ts, as for a saved page), and the published-text reader reads
// that. Only docx's zip and XML are touched (no Node API), so the pane reads a picked .docx the same way.

const DOCUMENT = "word/document.xml";

/** Reads a report from the bytes of a .docx file; never throws for a bad file. */
export function readDocxReport(bytes: Uint8Array, hint: ReadHint = {}): ParsedReport {
  const compound = compoundFileKind(bytes);
  if (compound)
    return { ok: false, errors: [compound === "encrypted" ? fileMessages.docxEncrypted : fileMessages.docxIsOldWord] };
  const zip = readZipEntries(bytes, (name) => name === DOCUMENT);
  if (!zip.ok) return { ok: false, errors: [describeZipProblem(zip.problem)] };
  const xml = zip.files.get(DOCUMENT);
  if (!xml) return { ok: false, errors: [fileMessages.notDocx] };
  const body = bodyBlocks(xmlChunks(xml));
  if (!body.ok) return { ok: false, errors: [describeBodyProblem(body.problem, body.limit)] };
  const parsed = fromTextReading(readReportText(documentText(body.blocks), hint));
  if (!parsed.ok || body.drawingsWithText === 0) return parsed;
  const example = firstDrawingInCell(body.blocks);
  return {
    ...parsed,
    notes: [...(parsed.notes ?? []), fileMessages.docxDrawingsNotRead(body.drawingsWithText, example)],
  };
}

function describeBodyProblem(problem: BodyProblem, limit: number | undefined): string {
  if (problem === "tooDeep") return fileMessages.docxTooDeep;
  if (problem === "tooLarge") return fileMessages.docxTooLarge(limit ?? 0);
  return fileMessages.badDocxXml;
}

/** The first cell that shows a text of its own and carries a drawing's text, for the note. */
function firstDrawingInCell(blocks: readonly Block[]): { shown: string; drawing: string } | undefined {
  const stack = [...blocks];
  for (let block = stack.pop(); block; block = stack.pop()) {
    if (block.kind !== "table") continue;
    for (const cell of block.rows.flat()) {
      if (cell.drawingText !== undefined) return { shown: cellLines(cell).join(" "), drawing: cell.drawingText };
      stack.push(...cell.blocks);
    }
  }
  return undefined;
}

/** Word writes its parts in UTF-8, but UTF-16 is allowed (with its byte-order mark, or told by the first bytes). */
function encodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return "utf-16le";
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return "utf-16be";
  return "utf-8";
}

/** The part's text, decoded a megabyte at a time so that a document past the bounds is not decoded whole. */
function* xmlChunks(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder(encodingOf(bytes));
  const CHUNK = 1024 * 1024;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    yield decoder.decode(bytes.subarray(at, at + CHUNK), { stream: at + CHUNK < bytes.length });
  }
}

/** Why an archive was refused, in Chinese. */
export function describeZipProblem(problem: ZipProblem): string {
  switch (problem.code) {
    case "zip.notZip":
    case "zip.corrupt":
      return fileMessages.zipCorrupt;
    case "zip.tooManyEntries":
      return fileMessages.zipTooManyEntries(problem.entries, problem.limit);
    case "zip.tooLarge":
      return fileMessages.zipTooLarge(problem.limit);
    case "zip.sizeMismatch":
      return fileMessages.zipSizeMismatch;
  }
}

/**
 * The text of the body. A table that holds other tables lays out the page rather than holding figures: its cells'
 * blocks are read in order, as blocks of the body (the same rule as for a saved page).
 */
export function documentText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  const stack: Block[] = [...blocks].reverse();
  for (let block = stack.pop(); block; block = stack.pop()) {
    if (block.kind === "paragraph") lines.push(...paragraphLines(block.lines));
    else if (block.holdsTable) {
      const inner = block.rows.flat().flatMap((cell) => cell.blocks);
      for (let n = inner.length - 1; n >= 0; n--) stack.push(inner[n]!);
    } else {
      const rows = block.rows.map((row) => row.filter((cell) => !cell.continuesMerge).map(cellLines));
      for (const line of tableLines([], rows)) lines.push(line);
    }
  }
  return lines.join("\n");
}

/**
 * A paragraph's lines, without blank ones. A title set in lines (line breaks in one paragraph, as the Word export
 * writes a title too long for a line): the body's name, wrapped between its words, then “2023年…年度报告” without
 * it; the name's lines are one line, so the title's reader finds the whole name on the line above, not its end.
 */
function paragraphLines(paragraph: readonly string[]): string[] {
  const lines = paragraph.map((line) => line.trim()).filter((line) => line !== "");
  const last = lines[lines.length - 1];
  const nameAbove = last !== undefined && isTitleLine(last) && readTitle([last]).body === "";
  const name = lines.slice(0, -1);
  return name.length > 1 && nameAbove && !name.some(isTitleLine) ? [name.join(""), last] : lines;
}

/** A cell's lines: each of its paragraphs' lines, without blank ones. */
const cellLines = (cell: Cell): string[] =>
  cell.blocks
    .flatMap((block) => (block.kind === "paragraph" ? block.lines : []))
    .map((line) => line.trim())
    .filter((line) => line !== "");
