import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { consistentReport } from "../../src/domain/__fixtures__/consistent-report";
import { readWorkbookNow, type WorkbookRead } from "../../src/files/xlsx/read-workbook";
import { writeReportWorkbook } from "../../src/files/xlsx/write-template";
import { dropXmlForbidden } from "../../src/files/xml-safe-text";

// The .xlsx reader fuzzed: random bytes, a real workbook's bytes and XML parts mutated, deep nesting, long runs and
// any formula text. Whatever comes in, it returns reports or problems and never throws; the generous time guard
// turns a hang into a failure.

jest.setTimeout(120_000);

let parts: Record<string, Uint8Array> = {};
let original: Uint8Array = new Uint8Array();
beforeAll(async () => {
  let i = 0;
  original = await writeReportWorkbook({
    ...consistentReport("2021", 2025, () => i++ % 5),
    text: { overview: "本年度，我局……" },
  });
  parts = unzipSync(original);
});

/** A read that must not throw, and must give something to say: a report or a problem. */
function readSafely(bytes: Uint8Array): WorkbookRead {
  const read = readWorkbookNow(bytes);
  expect(read.reports.length + read.problems.length).toBeGreaterThan(0);
  return read;
}

const withPart = (path: string, text: string): Uint8Array => zipSync({ ...parts, [path]: strToU8(text) }, { level: 0 });
const SHEET = "xl/worksheets/sheet1.xml";

describe("the .xlsx reader never throws", () => {
  it("on random bytes, and on random bytes after a zip's signature", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, zipLike) => {
        const input = zipLike ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes, 0x50, 0x4b, 0x05, 0x06]) : bytes;
        expect(readSafely(input).reports).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("on a real workbook with some of its bytes changed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (edits) => {
          const bytes = Uint8Array.from(original);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          readSafely(bytes);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("on a real workbook whose XML parts are cut, spliced or scribbled on", () => {
    const paths = [SHEET, "xl/workbook.xml", "xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 40 }),
        (path, a, b, scribble) => {
          const xml = strFromU8(parts[path]!);
          const [from, to] = [a % xml.length, b % xml.length].sort((x, y) => x - y) as [number, number];
          readSafely(withPart(path, xml.slice(0, from) + scribble + xml.slice(to)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("on a sheet nested deep, at any depth", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.constantFrom("c", "row", "v", "is", "r", "t"),
        (depth, tag) => {
          const nested = `<${tag}>`.repeat(depth) + "1" + `</${tag}>`.repeat(depth);
          readSafely(withPart(SHEET, `<worksheet><sheetData><row r="1">${nested}</row></sheetData></worksheet>`));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("on long runs: a huge text, a huge attribute, many cells of one row", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom("text", "attribute", "cells"),
        (length, kind) => {
          const run =
            kind === "text"
              ? `<c r="A1" t="inlineStr"><is><t>${"政".repeat(length)}</t></is></c>`
              : kind === "attribute"
                ? `<c r="${"A".repeat(length)}1"><v>1</v></c>`
                : '<c t="s"><v>0</v></c>'.repeat(Math.min(length, 20_000));
          readSafely(withPart(SHEET, `<worksheet><sheetData><row r="1">${run}</row></sheetData></worksheet>`));
        },
      ),
      { numRuns: 12 },
    );
  });

  it("on any formula text in a figure cell saved without its result", () => {
    const xml = strFromU8(parts[SHEET]!);
    // The first figure cell of the template: an input cell, holding a number.
    const figure = /<c r="([A-Z]+\d+)"[^>]*><v>[^<]*<\/v><\/c>/.exec(xml.slice(xml.indexOf("<sheetData>")))!;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.constantFrom("SUM(A1:XFD1048576)", 'REPT("政",99999999)', "A1", "1/0", 'INDIRECT("A"&ROW())', "((((1))))"),
        ),
        (formula) => {
          const escaped = dropXmlForbidden(formula).text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
          const cell = `<c r="${figure[1]}"><f>${escaped}</f></c>`;
          readSafely(withPart(SHEET, xml.replace(figure[0], cell)));
        },
      ),
      { numRuns: 80 },
    );
  });
});
