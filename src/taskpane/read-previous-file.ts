import { describeReadProblem, parseReportJson, readReportText, type Report } from "../domain";
import { fileMessages } from "../files/messages.zh-CN";

export type PreviousReading = { ok: true; report: Report } | { ok: false; errors: string[] };

/** Reads a last-year report the user picked in the pane: report JSON, or text copied from the published page. */
export async function readPreviousFile(file: File): Promise<PreviousReading> {
  const content = await file.text();
  if (/\.json$/i.test(file.name)) {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      return { ok: false, errors: [fileMessages.badJson((error as Error).message)] };
    }
    const parsed = parseReportJson(data);
    return parsed.ok ? { ok: true, report: parsed.report } : { ok: false, errors: parsed.errors };
  }
  const read = readReportText(content);
  if (!read.report || read.problems.length > 0) return { ok: false, errors: read.problems.map(describeReadProblem) };
  return { ok: true, report: read.report };
}
