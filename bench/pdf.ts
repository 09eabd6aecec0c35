import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { zeroReport } from "../src/domain";
import { writeReportDocx } from "../src/files/docx/write-docx";
import { BIN, cliBuilt } from "./cli";
import { expectExit, minOf, runNode } from "./measure";
import { measureRow, type Row } from "./table";

// Issue 18's PDF budget: a reviewing office's folder of PDFs as offices publish them (a Word report printed to PDF by
// LibreOffice, its Chinese fonts embedded), checked on every core, beside poppler's pdftotext reading the same files
// on one core right after, so that a busy machine shows in both (the ratio is the figure to compare across
// machines). The memory is the process's peak resident set, which its worker threads share, per worker.

const run = promisify(execFile);
const PDF_COUNT = 20;

/** A five-page report as LibreOffice prints it from the Word export, copied PDF_COUNT times into `folder`. */
async function writePdfs(folder: string): Promise<void> {
  const report = zeroReport("2021", 2023, "某县某局");
  report.tables.applications["newReceived.natural"] = 3;
  report.tables.applications["newReceived.total"] = 3;
  const paragraph = "本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。";
  report.text = {
    overview: Array.from({ length: 14 }, () => paragraph.repeat(3)).join("\n"),
    problems: "明年将继续改进。",
    other: "本年度未收取信息处理费。",
  };
  const work = mkdtempSync(join(tmpdir(), "nianbao-bench-pdf-src-"));
  try {
    const docx = join(work, "report.docx");
    writeFileSync(docx, await writeReportDocx(report));
    const profile = `file://${mkdtempSync(join(tmpdir(), "lo-"))}`;
    await run(
      "soffice",
      ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", work, docx],
      {
        timeout: 180_000,
      },
    );
    const { stdout } = await run("pdfinfo", [join(work, "report.pdf")]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
    if (pages !== 5) throw new Error(`the generated report has ${pages} pages, not 5`);
    mkdirSync(folder, { recursive: true });
    for (let n = 0; n < PDF_COUNT; n++) copyFileSync(join(work, "report.pdf"), join(folder, `report-${n}.pdf`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** pdftotext over the folder, one file after another: files per second. */
async function pdftotextRate(folder: string): Promise<number> {
  const files = readdirSync(folder).map((name) => join(folder, name));
  const ms = await minOf(3, async () => {
    const started = performance.now();
    for (const file of files) await run("pdftotext", ["-layout", file, "-"], { maxBuffer: 16 * 1024 * 1024 });
    return performance.now() - started;
  });
  return (files.length * 1000) / ms;
}

type Result = { errors?: string[] };

export async function pdfRows(): Promise<Row[]> {
  const folder = mkdtempSync(join(tmpdir(), "nianbao-bench-pdf-"));
  const workers = Math.min(availableParallelism(), PDF_COUNT);
  try {
    return [
      await measureRow(
        `check over ${PDF_COUNT} five-page PDFs (LibreOffice, fonts embedded)`,
        "≥ 20 PDFs/s, ≤ 200 MB per worker",
        async () => {
          await cliBuilt();
          await writePdfs(folder);
          let peakMb = Infinity;
          const ms = await minOf(3, async () => {
            const checked = expectExit(
              await runNode([BIN, "check", folder, "--json"], 300_000),
              [0, 1],
              "nianbao check",
            );
            const unreadable = (JSON.parse(checked.stdout) as Result[]).filter((result) => result.errors).length;
            if (unreadable > 0) throw new Error(`${unreadable} of ${PDF_COUNT} PDFs were not read`);
            peakMb = Math.min(peakMb, checked.peakMb);
            return checked.ms;
          });
          const perSecond = (PDF_COUNT * 1000) / ms;
          const perWorker = peakMb / workers;
          const poppler = await pdftotextRate(folder).then(
            (rate) => `pdftotext ${rate.toFixed(0)} PDFs/s on one core: ${(perSecond / rate).toFixed(2)}×`,
            () => "pdftotext not installed",
          );
          return {
            measured: `${perSecond.toFixed(1)} PDFs/s, ${perWorker.toFixed(0)} MB per worker (${workers}; ${poppler})`,
            within: perSecond >= 20 && perWorker <= 200,
          };
        },
      ),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
