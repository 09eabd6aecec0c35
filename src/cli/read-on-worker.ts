import { Worker } from "node:worker_threads";
import type { ReadHint } from "../domain";
import { readReportFile, type ReportFile } from "../files/read-report-file";
import { fileTimeLimitMs, WORKER_HEAP_MB, workerScriptOf } from "./worker-limits";
import { cliMessages } from "./messages.zh-CN";

// One file read for narrate, convert, export and --previous, bounded as each file of a folder is: on a worker thread
// with its own heap limit and the same time limit, ended when it passes either, so the command always returns.

/** The worker's role marker in workerData: read one file and send the reading back. */
export const READ_ROLE = "nianbao-read";

type ReadJob = { file: string; hint: ReadHint };

/** The file's reading; on a worker when the command is compiled, in turn under jest. */
export async function readBoundedReport(file: string, hint: ReadHint = {}): Promise<ReportFile> {
  const script = workerScriptOf();
  if (!script) return readReportFile(file, hint);
  return new Promise((resolve) => {
    const worker = new Worker(script, {
      workerData: { role: READ_ROLE },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    const limit = fileTimeLimitMs();
    const end = (result: ReportFile) => {
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
      resolve(result);
    };
    const fail = (reason: string) => end({ ok: false, file, errors: [reason] });
    const timer = setTimeout(() => fail(cliMessages.fileTimedOut(limit / 1000)), limit);
    worker.on("message", (result: ReportFile) => end(result));
    worker.on("error", (error: Error & { code?: string }) =>
      fail(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? cliMessages.fileTooLargeForMemory
          : cliMessages.internalErrorInFile(error.message),
      ),
    );
    worker.on("exit", () => fail(cliMessages.internalErrorInFile(cliMessages.workerEnded)));
    worker.postMessage({ file, hint } satisfies ReadJob);
  });
}

/** The worker's side: reads the one file it is given and sends the reading back. */
export function serveRead(port: {
  once: (event: "message", listener: (job: ReadJob) => void) => void;
  postMessage: (reply: ReportFile) => void;
}): void {
  port.once("message", (job) => {
    void readReportFile(job.file, job.hint).then((result) => port.postMessage(result));
  });
}
