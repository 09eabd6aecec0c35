import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toReportJson, zeroReport, type Report } from "../src/domain";
import { BIN, cliBuilt } from "./cli";
import { CommandFailed, expectExit, minOf, runNode, type ChildRun } from "./measure";
import { hostileDoorRows } from "./hostile-doors";
import { measureRow, type Row } from "./table";

// Issue 11's worst prose, through `nianbao check` in a process of its own: each within a few seconds and a few
// hundred MB, and with output of a readable size.

const LIMIT_S = 5;
const LIMIT_MB = 300;
const LIMIT_OUTPUT_KB = 512;

const reportWith = (text: Report["text"]): Report => ({
  ...zeroReport("2019", 2019, "某局"),
  text: { overview: "本年度未收到申请。", problems: "无。", other: "无其他需要报告的事项。", ...text },
});

const inputs: [string, Report][] = [
  ["“本年度新收”+“共计”×32+“啊5件。”", reportWith({ overview: `本年度新收${"共计".repeat(32)}啊5件。` })],
  ["60,000 digits in section 一", reportWith({ overview: `本年度新收申请${"7".repeat(60_000)}件。` })],
  [
    "40,000 Chinese numerals in section 一",
    reportWith({ overview: `收到申请${"一二三四五六七八九十".repeat(4_000)}件` }),
  ],
  ["“2019年将继续”×20,000 in section 五", reportWith({ problems: "2019年将继续".repeat(20_000) })],
];

/**
 * A quick crash is not “within budget”: the run must end by itself with 0 or 1 (findings or none) and print the one
 * file's report, read and checked.
 */
function checkedOnce(run: ChildRun): void {
  expectExit(run, [0, 1], "nianbao check");
  let results: unknown;
  try {
    results = JSON.parse(run.stdout);
  } catch {
    throw new CommandFailed("nianbao check printed no JSON report", run.stderr);
  }
  const read = Array.isArray(results) && results.length === 1 && Array.isArray((results[0] as Checked).findings);
  if (!read) throw new CommandFailed("nianbao check did not report the file as read and checked", run.stderr);
}

type Checked = { findings?: unknown };

export async function hostileRows(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-hostile-"));
  const rows: Row[] = [];
  try {
    for (const [name, report] of inputs) {
      const file = join(dir, `${rows.length}.json`);
      writeFileSync(file, JSON.stringify(toReportJson(report)));
      rows.push(
        await measureRow(
          `check: ${name}`,
          `≤ ${LIMIT_S} s, ≤ ${LIMIT_MB} MB, ≤ ${LIMIT_OUTPUT_KB} KB out`,
          async () => {
            await cliBuilt();
            let peak = 0;
            let outKb = 0;
            let stderr = "";
            const ms = await minOf(3, async () => {
              const run = await runNode([BIN, "check", file, "--json"], 120_000);
              checkedOnce(run);
              peak = Math.max(peak, run.peakMb);
              outKb = Buffer.byteLength(run.stdout) / 1024;
              stderr = run.stderr;
              return run.ms;
            });
            const s = ms / 1000;
            return {
              measured: `${s.toFixed(2)} s, ${peak.toFixed(0)} MB, ${outKb.toFixed(1)} KB out`,
              within: s <= LIMIT_S && peak <= LIMIT_MB && outKb <= LIMIT_OUTPUT_KB,
              stderr,
            };
          },
        ),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Issue 20: the worst input at each door, beside the worst prose above.
  return [...rows, ...(await hostileDoorRows())];
}
