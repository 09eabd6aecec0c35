import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportTitle } from "../src/domain";
import { withApplications, writtenReport } from "../src/domain/review/__fixtures__/review-reports";
import { writeReportText } from "../src/domain/text-reader/__fixtures__/report-text";
import { writeReportWorkbook } from "../src/files/xlsx/write-template";
import { BIN, cliBuilt } from "./cli";
import { expectExit, minOf, runNode } from "./measure";
import { measureRow, type Row } from "./table";

// A reviewing office's batch: 500 bodies, each with its 2023 report as a workbook and its 2024 report as text copied
// from a web page, so every body's two years are paired. Every 10th body's 上年结转 is not last year's 结转.

const BODIES = 500;
const REPORTS = BODIES * 2;
const BUDGET_S = 10;
const BUDGET_MB = 500;

async function writeBatch(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (let n = 0; n < BODIES; n++) {
    const body = `第${n}号机关`;
    const name = String(n).padStart(3, "0");
    const before = withApplications(writtenReport(body, 2023), 5 + (n % 7), 2);
    writeFileSync(join(folder, `${name}-2023.xlsx`), await writeReportWorkbook(before));
    const now = withApplications(writtenReport(body, 2024), 4 + (n % 5), 0, n % 10 === 0 ? 1 : 2);
    writeFileSync(join(folder, `${name}-2024.txt`), writeReportText(now, reportTitle(body, 2024)));
  }
}

export async function reviewRows(): Promise<Row[]> {
  const folder = mkdtempSync(join(tmpdir(), "nianbao-bench-review-"));
  const output = join(folder, "..", `${folder.split("/").at(-1) ?? "review"}-审核结果.xlsx`);
  try {
    return [
      await measureRow(
        `review over ${REPORTS} generated reports (.xlsx and .txt), workbook written`,
        `≤ ${BUDGET_S} s, ≤ ${BUDGET_MB} MB`,
        async () => {
          await cliBuilt();
          await writeBatch(join(folder, "batch"));
          let peakMb = 0;
          const ms = await minOf(3, async () => {
            // Exit 1: every 10th body's 2024 report has a carry-over error.
            const run = expectExit(
              await runNode([BIN, "review", join(folder, "batch"), "-o", output, "--force"], 300_000),
              [1],
              "nianbao review",
            );
            const want = `共 ${REPORTS} 个文件，${REPORTS} 份报告（按机关和年度）：通过 ${REPORTS - BODIES / 10}，有错误 ${BODIES / 10}`;
            if (!run.stdout.startsWith(want)) throw new Error(`wrong results: ${run.stdout.split("\n")[0] ?? ""}`);
            peakMb = Math.max(peakMb, run.peakMb);
            return run.ms;
          });
          const s = ms / 1000;
          return {
            measured: `${s.toFixed(1)} s, ${peakMb.toFixed(0)} MB`,
            within: s <= BUDGET_S && peakMb <= BUDGET_MB,
          };
        },
      ),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(output, { force: true });
  }
}
