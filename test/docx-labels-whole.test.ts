import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formats, labelParts, reportTitle, type FormatId } from "../src/domain";
import { writeReportDocx } from "../src/files/docx/write-docx";
import type { TextItem } from "../src/files/pdf/pdf-content";
import { readPdfContent } from "../src/files/pdf/read-pdf-content";
import { readReportFile } from "../src/files/read-report-file";
import { distinctFigures } from "./helpers/distinct-figures";
import { convertWithLibreOffice } from "./xlsx/libreoffice";

// Issue 17 point 8: the Word export printed its labels broken inside a word or a marker, “（三 / ）不 / 予公 / 开”,
// “本年 / 度办”, “服 / 务事项”, “自然 / 人”. Printed by LibreOffice, every row and column label of tables 二、三、四
// must be whole on a line, or wrapped only between the parts labelParts keeps whole (the marker, the words), and
// the figures still read back as written. The report's title likewise (“…年政 / 府信息公开…”): a title too long for a
// line, as a long body name makes it, wraps only between its words, and the name still reads back.

const dir = mkdtempSync(join(tmpdir(), "nianbao-labels-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS: readonly FormatId[] = ["2019", "2021"];
/** A short name, whose title fits a line, and a long one, whose title does not. */
const BODIES: Record<FormatId, string> = { "2019": "某县某局", "2021": "某某市某某区人力资源和社会保障局" };
const reports = new Map(FORMATS.map((format) => [format, distinctFigures(format, 2023, BODIES[format])]));

/** A printed line of one cell: the runs of text on one baseline that follow each other without a column's gap. */
type PrintedLine = { text: string; x: number; end: number; y: number; page: number };

function printedLines(pages: readonly { items: TextItem[] }[]): PrintedLine[] {
  return pages.flatMap((page, n) => {
    const baselines: TextItem[][] = [];
    for (const item of [...page.items].sort((a, b) => b.y - a.y)) {
      const line = baselines[baselines.length - 1];
      if (line && Math.abs(line[0]!.y - item.y) < item.size / 2) line.push(item);
      else baselines.push([item]);
    }
    return baselines.flatMap((items) => {
      const lines: PrintedLine[] = [];
      for (const item of items.sort((a, b) => a.x - b.x)) {
        const last = lines[lines.length - 1];
        // A cell's padding keeps the next column more than a quarter of a character away.
        if (last && item.x - last.end < item.size / 4)
          [last.text, last.end] = [last.text + item.text, item.x + item.width];
        else lines.push({ text: item.text, x: item.x, y: item.y, page: n, end: item.x + item.width });
      }
      return lines.filter((line) => line.text.trim() !== "");
    });
  });
}

/** Whether two lines are lines of one cell: starting at one place (a label) or centred on one place (a header). */
const aligned = (a: PrintedLine, b: PrintedLine): boolean =>
  Math.abs(a.x - b.x) < 1 || Math.abs(a.x + a.end - b.x - b.end) < 2;

/**
 * The printed lines a label is made of: a line that starts it, then the lines below it in the same place (a
 * merged cell may go on at the top of the next page), until the label is complete; undefined when not printed.
 */
function linesOf(label: string, lines: readonly PrintedLine[]): string[] | undefined {
  for (const start of lines.filter((line) => line.text.trim() !== "" && label.startsWith(line.text.trim()))) {
    const pieces = [start.text.trim()];
    let at = start;
    while (pieces.join("") !== label) {
      const rest = label.slice(pieces.join("").length);
      const next = lines.find(
        (line) =>
          aligned(line, at) &&
          (line.page > at.page || (line.page === at.page && line.y < at.y)) &&
          rest.startsWith(line.text.trim()),
      );
      if (!next) break;
      pieces.push(next.text.trim());
      at = next;
    }
    if (pieces.join("") === label) return pieces;
  }
  return undefined;
}

/** Where a label may wrap: after each of its parts. */
function breaksAllowed(label: string): Set<number> {
  let at = 0;
  return new Set(labelParts(label).map((part) => (at += part.length)));
}

/** Where the printed lines of a label break it. */
function breaksPrinted(pieces: readonly string[]): number[] {
  let at = 0;
  return pieces.slice(0, -1).map((piece) => (at += piece.length));
}

/** The row and column labels of a format's tables, each once. */
const labelsOf = (format: FormatId): string[] => [
  ...new Set(
    formats[format].tables.flatMap((table) =>
      table.sections.flatMap((section) => [
        ...section.rows.flatMap((row) => [...(row.groups ?? []), row.label]),
        ...section.columns.flatMap((column) => [...(column.groups ?? []), column.label]),
      ]),
    ),
  ),
];

const printed = new Map<FormatId, PrintedLine[]>();

beforeAll(async () => {
  const files = FORMATS.map((format) => join(dir, `${format}.docx`));
  for (const [n, format] of FORMATS.entries()) writeFileSync(files[n]!, await writeReportDocx(reports.get(format)!));
  await convertWithLibreOffice(files, "pdf", dir);
  for (const format of FORMATS) {
    const content = await readPdfContent(readFileSync(join(dir, `${format}.pdf`)));
    printed.set(format, content.ok ? printedLines(content.pages) : []);
  }
}, 240_000);

/** Expects `text` printed on lines of its own, broken only where labelParts allows. */
function expectWholeWords(text: string, lines: readonly PrintedLine[]): void {
  const pieces = linesOf(text, lines);
  expect(pieces).toBeDefined();
  const allowed = breaksAllowed(text);
  const wrong = breaksPrinted(pieces ?? []).filter((at) => !allowed.has(at));
  expect({ pieces, wrong }).toEqual({ pieces, wrong: [] });
}

describe.each(FORMATS)("the %s format's Word export, printed by LibreOffice", (format) => {
  it.each(labelsOf(format))("prints %s whole, or wrapped only between its words", (label) => {
    expectWholeWords(label, printed.get(format)!);
  });

  it(`prints the title of ${BODIES[format]} whole, or wrapped only between its words`, () => {
    expectWholeWords(reportTitle(BODIES[format], 2023), printed.get(format)!);
  });

  it("is read back with its body's name and every figure as written", async () => {
    const read = await readReportFile(join(dir, `${format}.pdf`));
    const { body, tables } = reports.get(format)!;
    expect(read.ok && { body: read.report.body, tables: read.report.tables }).toEqual({ body, tables });
  });
});
