import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { zeroReport, type Report } from "../src/domain";
import { writeReportWorkbook } from "../src/files/xlsx/write-template";
import { CommandFailed, expectExit, minOf, root, runNode } from "./measure";
import { measureRow, type Row } from "./table";

// The command line as a person runs it: start-up, and a reviewing office's folder of workbooks.

/** The command as people run it. */
export const BIN = join(root, "bin/nianbao.cjs");

let built: Promise<void> | undefined;

/**
 * Builds the compiled command as `npm ci` does, once per bench, so the bench measures what people run. Every row that
 * runs the command awaits it first: when the build fails, those rows are not measured (never measured on a stale
 * bundle), and the bench fails naming them.
 */
export function cliBuilt(): Promise<void> {
  built ??= promisify(execFile)(process.execPath, [join(root, "scripts/build-cli.mjs")], { cwd: root }).then(
    () => undefined,
    (error: Error & { code?: unknown; stderr?: string }) => {
      const how = typeof error.code === "number" ? `exited with ${error.code}` : error.message.split("\n")[0];
      throw new CommandFailed(`the CLI could not be built (scripts/build-cli.mjs ${how})`, error.stderr ?? "");
    },
  );
  return built;
}

/** Every 4th report has a broken 勾稽关系 (一、本年新收 · 自然人 without its totals). */
function reportNumber(n: number): Report {
  const format = n % 2 === 0 ? "2021" : "2019";
  const report = zeroReport(format, format === "2021" ? 2023 : 2020, `第${n}号机关`);
  report.text = { overview: "本年度未收到申请。", problems: "明年将继续改进。", other: "本年度未收取信息处理费。" };
  if (n % 4 === 3) report.tables.applications["newReceived.natural"] = 2;
  return report;
}

const XLSX_COUNT = 500;

async function writeWorkbooks(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (let n = 0; n < XLSX_COUNT; n++) {
    writeFileSync(
      join(folder, `report-${String(n).padStart(3, "0")}.xlsx`),
      await writeReportWorkbook(reportNumber(n)),
    );
  }
}

type Result = { errors?: string[]; findings?: { severity: string }[] };

export async function cliRows(): Promise<Row[]> {
  const rows: Row[] = [
    await measureRow("CLI start-up over bare node (nianbao --help)", "≤ 0.3 s", async () => {
      await cliBuilt();
      const bare = await minOf(5, async () => (await runNode(["-e", "0"])).ms);
      const cli = await minOf(5, async () => expectExit(await runNode([BIN, "--help"]), [0], "nianbao --help").ms);
      const s = (cli - bare) / 1000;
      return { measured: `${s.toFixed(2)} s (node alone ${(bare / 1000).toFixed(2)} s)`, within: s <= 0.3 };
    }),
  ];
  const folder = mkdtempSync(join(tmpdir(), "nianbao-bench-xlsx-"));
  try {
    rows.push(
      await measureRow(`check over ${XLSX_COUNT} generated .xlsx`, "≥ 200 files/s", async () => {
        await cliBuilt();
        await writeWorkbooks(folder);
        let wrong = "";
        const ms = await minOf(3, async () => {
          // Exit 1: every 4th report has an error.
          const run = expectExit(await runNode([BIN, "check", folder, "--json"], 300_000), [1], "nianbao check");
          const results = JSON.parse(run.stdout) as Result[];
          const broken = results.filter((r) => r.findings?.some((f) => f.severity === "error")).length;
          const unreadable = results.filter((r) => r.errors).length;
          if (broken !== XLSX_COUNT / 4 || unreadable > 0) wrong = `${broken} with errors, ${unreadable} unreadable`;
          return run.ms;
        });
        if (wrong) throw new Error(`wrong results: ${wrong} (want ${XLSX_COUNT / 4} with errors)`);
        const perSecond = (XLSX_COUNT * 1000) / ms;
        return { measured: `${perSecond.toFixed(0)} files/s`, within: perSecond >= 200 };
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}
