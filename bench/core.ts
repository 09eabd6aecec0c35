import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReport, draftNarrative, readReportText, type Report } from "../src/domain";
import { consistentReport } from "../src/domain/__fixtures__/consistent-report";
import { microsPerCall, minOf, root } from "./measure";
import { measureRow, type Row } from "./table";

// The report core in memory: checking a report, and reading a published text.

/** A consistent 2025 report with drafted prose, as the pane checks it after each edit. */
function draftedReport(): Report {
  let n = 0;
  const report = consistentReport("2021", 2025, () => (n++ * 7) % 5);
  report.text = draftNarrative(report);
  return report;
}

export async function coreRows(): Promise<Row[]> {
  const report = draftedReport();
  // Each call sees a different figure, as after each edit; the prose stays (a person edits one thing at a time).
  const edited = Array.from({ length: 16 }, (_, i) => {
    const copy = structuredClone(report);
    copy.tables.applications["carriedOut.natural"] = i;
    return copy;
  });
  // Reports whose prose differs every call: nothing a check keeps from the previous text helps.
  const rewritten = Array.from({ length: 64 }, (_, i) => ({
    ...report,
    text: { ...report.text, overview: `${report.text.overview ?? ""}本年度共收到来信${i}封。` },
  }));
  const published = readFileSync(join(root, "test/fixtures/2019-huancui-bureau.txt"), "utf8");
  return [
    await measureRow("checkReport, one report in memory (after an edit)", "≤ 20 µs", async () => {
      const us = await microsPerCall((i) => checkReport(edited[i % edited.length]!));
      return { measured: `${us.toFixed(1)} µs`, within: us <= 20 };
    }),
    // Issue 13 budgets the row above; this one shows what a prose edit adds (the prose is scanned anew), for
    // information, with no budget of its own.
    await measureRow("checkReport, prose different every call", "none (see the row above)", async () => {
      const us = await microsPerCall((i) => checkReport(rewritten[i % rewritten.length]!), 256);
      return { measured: `${us.toFixed(1)} µs`, within: true, informational: true };
    }),
    await measureRow("reading a published text (readReportText)", "≤ 1 ms", async () => {
      const us = await microsPerCall(() => readReportText(published), 50);
      const ms = (await minOf(1, () => us)) / 1000;
      return { measured: `${ms.toFixed(2)} ms`, within: ms <= 1 };
    }),
  ];
}
