import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MarkSeverity, Report } from "../../src/domain";
import { consistentReport } from "../../src/domain/__fixtures__/consistent-report";
import { runCliCaptured } from "../helpers/run-cli";
import { fillTemplate, loadWorkbook, namedCells, type Typed } from "./fill-workbook";
import { convertWithLibreOffice } from "./libreoffice";
import { printedMarks, type PaintedArea } from "./rendered-marks";

// The workbook checks itself: the .xlsx from `nianbao template`, filled in, with wrong figures planted, is printed by
// LibreOffice, which knows nothing of nianbao. Its conditional formats must paint exactly the planted cells (light red
// for errors, amber for warnings), and nothing once the figures are right. One LibreOffice run prints all four files.

jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), "nianbao-marks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Distinct whole numbers 1001, 1002 …: typed figures print differently from each other and from the totals. */
const counting = (): (() => number) => {
  let n = 1000;
  return () => (n += 1);
};

type Planted = {
  year: number;
  /** Figures typed over the consistent report, by "table:key". */
  typed: Record<string, Typed>;
  /** Totals typed over (their formula replaced by a number). */
  overwritten: Record<string, number>;
  /** What a person sees painted: the text of each painted cell, with its colour. */
  expected: { text: string; severity: MarkSeverity }[];
};

const report2021 = consistentReport("2021", 2025, counting());
const report2019 = consistentReport("2019", 2020, counting());
const apps = (key: string): number => report2021.tables.applications[key]!;
const text = (value: number): string => String(value);

/** 四、结转下年度 · 商业企业 1000 more: the caption's balance breaks in that column and, through the row total, in 总计. */
const SHIFT = 1000;
const brokenColumns = ["commercial", "total"].flatMap((column) =>
  ["newReceived", "carriedIn", "resultTotal", "carriedOut"].map((row) => {
    const value = apps(`${row}.${column}`) + (row === "carriedOut" ? SHIFT : 0);
    return { text: text(value), severity: "error" as const };
  }),
);

const planted: Record<"errors2021" | "warning2019", Planted> = {
  errors2021: {
    year: 2025,
    typed: {
      "applications:carriedOut.commercial": apps("carriedOut.commercial") + SHIFT,
      "appeals:suitDirect.corrected": -2,
      "disclosure:licensing.decisions": "5件",
    },
    overwritten: { "appeals:review.total": 9999 },
    expected: [
      ...brokenColumns,
      { text: "-2", severity: "error" },
      { text: "5件", severity: "error" },
      { text: "9999", severity: "error" },
    ],
  },
  warning2019: {
    year: 2020,
    typed: { "disclosure:rules.published": 4321, "disclosure:rules.totalPublic": 1234 },
    overwritten: {},
    expected: [
      { text: "4321", severity: "warning" },
      { text: "1234", severity: "warning" },
    ],
  },
};

/** The CLI's template for a year, filled with the report, `typed` over it and `overwritten` totals typed over. */
async function filledTemplate(report: Report, plant: Planted | undefined, path: string): Promise<void> {
  const template = join(dir, `template-${report.year}.xlsx`);
  const { code } = await runCliCaptured(["template", "--year", String(report.year), "--body", "某局", "-o", template]);
  expect(code).toBe(0);
  const filled = await fillTemplate(readFileSync(template), report, plant?.typed);
  const workbook = await loadWorkbook(filled);
  for (const { ref, cell } of namedCells(workbook)) {
    const value = plant?.overwritten[`${ref.table}:${ref.key}`];
    if (value !== undefined) cell.value = value;
  }
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  rmSync(template);
}

const files = {
  errors2021: { report: report2021, plant: planted.errors2021 },
  fixed2021: { report: report2021, plant: undefined },
  warning2019: { report: report2019, plant: planted.warning2019 },
  fixed2019: { report: report2019, plant: undefined },
};
type Name = keyof typeof files;
const printed = new Map<Name, { words: string[]; areas: PaintedArea[] }>();

beforeAll(async () => {
  const inputs: string[] = [];
  for (const [name, { report, plant }] of Object.entries(files)) {
    const path = join(dir, `${name}.xlsx`);
    await filledTemplate(report, plant, path);
    inputs.push(path);
  }
  await convertWithLibreOffice(inputs, "pdf", join(dir, "pdf"));
  for (const name of Object.keys(files) as Name[]) {
    mkdirSync(join(dir, name));
    const pdf = join(dir, name, `${name}.pdf`);
    writeFileSync(pdf, readFileSync(join(dir, "pdf", `${name}.pdf`)));
    printed.set(name, await printedMarks(pdf));
  }
});

/** Each painted area as its one printed figure and colour; an area with no figure or two shows as such. */
const shown = (areas: readonly PaintedArea[]) =>
  areas.map((area) => ({ text: area.words.join(" "), severity: area.severity })).sort(byText);
const byText = (a: { text: string }, b: { text: string }): number => a.text.localeCompare(b.text);

describe("the template's conditional formats, printed by LibreOffice", () => {
  it.each(["errors2021", "warning2019"] as const)("paints exactly the planted cells (%s)", (name) => {
    const expected = planted[name].expected;
    const { words = [], areas = [] } = printed.get(name) ?? {};
    // Each planted figure prints once on the sheet, so finding it in a painted cell names that cell.
    for (const { text } of expected) expect([text, words.filter((w) => w === text).length]).toEqual([text, 1]);
    expect(shown(areas)).toEqual([...expected].sort(byText));
  });

  it.each(["fixed2021", "fixed2019"] as const)("paints nothing once the figures are right (%s)", (name) => {
    expect(printed.get(name)?.areas).toEqual([]);
  });
});
