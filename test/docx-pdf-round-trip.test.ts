import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { cellsOfTable, formats, zeroReport, type Report } from "../src/domain";
import { readReportFile, type ReportFile } from "../src/files/read-report-file";
import { runCliCaptured } from "./helpers/run-cli";
import { fillTemplate } from "./xlsx/fill-workbook";

// The round trip a person makes: `nianbao template`, the figures typed in, `nianbao export --docx` to publish, and
// the published document read back (by `check`, or by next year's 上年报告 picker), as Word and as the PDF that
// LibreOffice prints from it (scripts/ensure-libreoffice.sh installs it). Every figure must come back in its own
// column: each input cell gets a different number, so a figure read one column off cannot pass.

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "nianbao-round-trip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 2023 report whose cells hold 1, 2, 3 … in table order (totals are the template's formulas), one left blank. */
function typed(): Report {
  const report = zeroReport("2021", 2023, "某县某局");
  let next = 1;
  for (const table of formats["2021"].tables) {
    for (const cell of cellsOfTable(table)) report.tables[table.id][cell.ref.key] = next++;
  }
  report.tables.disclosure["fees.amount"] = 12.5;
  delete report.tables.appeals["litigationDirect.corrected"];
  return report;
}

const tablesOf = (read: ReportFile) => (read.ok ? read.report.tables : undefined);

describe("template → fill → export --docx → read back as Word and as PDF", () => {
  let fromWorkbook: ReportFile;
  let fromWord: ReportFile;
  let fromPdf: ReportFile;

  beforeAll(async () => {
    const template = join(dir, "template.xlsx");
    expect((await runCliCaptured(["template", "--year", "2023", "--body", "某县某局", "-o", template])).code).toBe(0);
    const filled = join(dir, "某县某局-2023.xlsx");
    writeFileSync(filled, await fillTemplate(readFileSync(template), typed()));
    const docx = join(dir, "某县某局-2023.docx");
    expect((await runCliCaptured(["export", filled, "--docx", "-o", docx])).code).toBe(0);
    const profile = `file://${mkdtempSync(join(tmpdir(), "lo-"))}`;
    const args = ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", dir, docx];
    await run("soffice", args, { timeout: 180_000 });
    fromWorkbook = await readReportFile(filled);
    fromWord = await readReportFile(docx);
    fromPdf = await readReportFile(docx.replace(/\.docx$/, ".pdf"));
  }, 240_000);

  it("the .docx gives back every figure of the workbook as typed, and the blank cell as blank", () => {
    expect(fromWorkbook.ok).toBe(true);
    expect(fromWord).toMatchObject({ ok: true, report: { format: "2021", year: 2023, body: "某县某局" } });
    expect(tablesOf(fromWord)).toEqual(tablesOf(fromWorkbook));
    expect(tablesOf(fromWord)?.disclosure).toMatchObject({ "rules.issued": 1, "fees.amount": 12.5 });
    expect(tablesOf(fromWord)?.appeals["litigationDirect.corrected"]).toBeUndefined();
  });

  it("the PDF LibreOffice prints from it gives back the same figures, title and findings", () => {
    expect(fromPdf).toMatchObject({ ok: true, report: { format: "2021", year: 2023, body: "某县某局" } });
    expect(tablesOf(fromPdf)).toEqual(tablesOf(fromWord));
    expect(fromPdf.ok && fromPdf.findings).toEqual(fromWord.ok && fromWord.findings);
  });
});
