import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zeroReport, type Report } from "../src/domain";
import { readReportFile } from "../src/files/read-report-file";
import { runCliCaptured } from "./helpers/run-cli";
import { fillTemplate } from "./xlsx/fill-workbook";

// The round trip a person makes: `nianbao template`, the figures typed in, `nianbao export --docx` to publish, and
// the published Word document read back (by `check`, or by next year's 上年报告 picker). The figures must come back
// as typed, merged headers, blank cells and all.

const dir = mkdtempSync(join(tmpdir(), "nianbao-round-trip-"));

/** A 2023 report with figures across the three tables, money with decimals, and one cell left blank. */
function typed(): Report {
  const report = zeroReport("2021", 2023, "某县某局");
  Object.assign(report.tables.disclosure, { "rules.issued": 2, "normativeDocs.inForce": 14, "fees.amount": 1.5 });
  Object.assign(report.tables.applications, {
    "newReceived.natural": 6,
    "newReceived.commercial": 2,
    "disclosed.natural": 5,
    "disclosed.commercial": 2,
    "carriedOut.natural": 1,
  });
  Object.assign(report.tables.appeals, { "review.upheld": 1 });
  delete report.tables.appeals["litigationDirect.corrected"];
  return report;
}

async function filledTemplate(): Promise<string> {
  const template = join(dir, "template.xlsx");
  const made = await runCliCaptured(["template", "--year", "2023", "--body", "某县某局", "-o", template]);
  expect(made.code).toBe(0);
  const filled = join(dir, "某县某局-2023.xlsx");
  writeFileSync(filled, await fillTemplate(readFileSync(template), typed()));
  return filled;
}

describe("template → fill → export --docx → read the .docx", () => {
  it("gives back every figure of the workbook as typed, and the blank cell as blank", async () => {
    const filled = await filledTemplate();
    const fromWorkbook = await readReportFile(filled);
    expect(fromWorkbook.ok).toBe(true);
    const docx = join(dir, "某县某局-2023.docx");
    expect((await runCliCaptured(["export", filled, "--docx", "-o", docx])).code).toBe(0);

    const fromWord = await readReportFile(docx);
    expect(fromWord).toMatchObject({ ok: true, report: { format: "2021", year: 2023, body: "某县某局" } });
    if (!fromWord.ok || !fromWorkbook.ok) return;
    expect(fromWord.report.tables).toEqual(fromWorkbook.report.tables);
    expect(fromWord.report.tables.applications).toMatchObject({ "newReceived.natural": 6, "carriedOut.natural": 1 });
    expect(fromWord.report.tables.disclosure).toMatchObject({ "normativeDocs.inForce": 14, "fees.amount": 1.5 });
    expect(fromWord.report.tables.appeals["litigationDirect.corrected"]).toBeUndefined();
  });
});
