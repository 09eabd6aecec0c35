import type { ReportFile } from "../read-report-file";
import { readWorkbook } from "./read-workbook";
import { describeWorkbookProblem, firstOfSeveral } from "./strings.zh-CN";

/** One report from an .xlsx file: the first the workbook holds (with a note when it holds more), or why none. */
export async function readXlsxReport(file: string, bytes: Buffer): Promise<ReportFile> {
  const { reports, problems } = await readWorkbook(bytes);
  const [first] = reports;
  if (!first) return { ok: false, file, errors: problems.map(describeWorkbookProblem) };
  const notes = reports.length > 1 ? [firstOfSeveral(reports.length, first.sheet, first.report.year)] : [];
  notes.push(...(first.notes ?? []));
  return {
    ok: true,
    file,
    report: first.report,
    findings: first.findings,
    notes,
    ...(first.unread && { unread: first.unread }),
  };
}
