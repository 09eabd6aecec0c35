import { readReportText, type ReadHint } from "../../domain";
import { fileMessages } from "../messages.zh-CN";
import { fromTextReading, type ParsedReport } from "../parse-report-content";
import { tableLines } from "../text/table-lines";
import { readZipEntries, type ZipProblem } from "../zip/read-zip";
import { bodyBlocks, type Block, type Cell } from "./docx-blocks";

// A report published as a Word document (.docx): its body becomes the text a person would copy from it, paragraphs
// as lines and each table cell by cell (table-lines.ts, as for a saved page), and the published-text reader reads
// that. Only docx's zip and XML are touched (no Node API), so the pane reads a picked .docx the same way.

const DOCUMENT = "word/document.xml";

/** Reads a report from the bytes of a .docx file; never throws for a bad file. */
export function readDocxReport(bytes: Uint8Array, hint: ReadHint = {}): ParsedReport {
  const zip = readZipEntries(bytes, (name) => name === DOCUMENT);
  if (!zip.ok) return { ok: false, errors: [describeZipProblem(zip.problem)] };
  const xml = zip.files.get(DOCUMENT);
  if (!xml) return { ok: false, errors: [fileMessages.notDocx] };
  const body = bodyBlocks(new TextDecoder().decode(xml));
  if (!body.ok)
    return { ok: false, errors: [body.problem === "tooDeep" ? fileMessages.docxTooDeep : fileMessages.badDocxXml] };
  return fromTextReading(readReportText(documentText(body.blocks), hint));
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
    if (block.kind === "paragraph") {
      for (const line of block.lines) if (line.trim() !== "") lines.push(line.trim());
    } else if (block.holdsTable) {
      const inner = block.rows.flat().flatMap((cell) => cell.blocks);
      for (let n = inner.length - 1; n >= 0; n--) stack.push(inner[n]!);
    } else {
      const rows = block.rows.map((row) => row.filter((cell) => !cell.continuesMerge).map(cellLines));
      for (const line of tableLines([], rows)) lines.push(line);
    }
  }
  return lines.join("\n");
}

/** A cell's lines: each of its paragraphs' lines, without blank ones. */
const cellLines = (cell: Cell): string[] =>
  cell.blocks
    .flatMap((block) => (block.kind === "paragraph" ? block.lines : []))
    .map((line) => line.trim())
    .filter((line) => line !== "");
