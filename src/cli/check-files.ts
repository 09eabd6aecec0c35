import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CheckedFile, CheckSettings } from "./check-file";
import { cliMessages } from "./messages.zh-CN";
import { fileTimeLimitMs, WORKER_HEAP_MB, workerScriptOf } from "./worker-limits";

/** The worker's role marker in workerData, so the bundle knows to serve checks rather than run the command. */
export const WORKER_ROLE = "nianbao-check";

export { enableWorkerThreads } from "./worker-limits";

type Job = { index: number; file: string };
export type WorkerReply = { index: number; result: CheckedFile };

/**
 * Checks every file, each on its own, on all cores when the command is compiled; results come back in the order of
 * `files` whichever finishes first. `done` is called as each file finishes (for the progress line).
 */
export async function checkFiles(
  files: readonly string[],
  settings: CheckSettings,
  done: (finished: number, file: string) => void,
): Promise<CheckedFile[]> {
  const workerScript = workerScriptOf();
  const threads = Math.min(availableParallelism(), files.length);
  // A single file is read on a worker too: its time and memory are bounded as in a folder.
  if (!workerScript || threads < 1) {
    const { checkOneFile } = await import("./check-file");
    const results: CheckedFile[] = [];
    for (const file of files) {
      results.push(await checkOneFile(file, settings));
      done(results.length, file);
    }
    return results;
  }
  return checkOnWorkers(workerScript, threads, files, settings, done);
}

function checkOnWorkers(
  script: string,
  threads: number,
  files: readonly string[],
  settings: CheckSettings,
  done: (finished: number, file: string) => void,
): Promise<CheckedFile[]> {
  const results: (CheckedFile | undefined)[] = new Array<CheckedFile | undefined>(files.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    const finish = (index: number, result: CheckedFile) => {
      if (results[index]) return;
      results[index] = result;
      finished += 1;
      done(finished, result.file);
      if (finished === files.length) resolve(results as CheckedFile[]);
    };
    const start = () => {
      const worker = new Worker(script, {
        workerData: { role: WORKER_ROLE, settings },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        stdout: false,
        stderr: false,
      });
      let current: Job | undefined;
      let timer: NodeJS.Timeout | undefined;
      const give = () => {
        clearTimeout(timer);
        const index = next++;
        const file = files[index];
        if (file === undefined) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = { index, file };
        const limit = fileTimeLimitMs();
        timer = setTimeout(() => fail(cliMessages.fileTimedOut(limit / 1000)), limit);
        worker.postMessage(current);
      };
      // The worker died with a file in hand (a bug it could not catch, its heap limit, the time limit): that file
      // gets the reason, and a fresh worker takes the rest.
      const fail = (reason: string) => {
        clearTimeout(timer);
        const job = current;
        current = undefined;
        worker.removeAllListeners();
        void worker.terminate();
        if (job) finish(job.index, { file: job.file, errors: [reason] });
        if (next < files.length) start();
      };
      worker.on("message", (reply: WorkerReply) => {
        finish(reply.index, reply.result);
        give();
      });
      worker.on("error", (error: Error & { code?: string }) =>
        fail(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? cliMessages.fileTooLargeForMemory
            : cliMessages.internalErrorInFile(error.message),
        ),
      );
      worker.on("exit", () => {
        if (current) fail(cliMessages.internalErrorInFile(cliMessages.workerEnded));
      });
      give();
    };
    for (let i = 0; i < threads; i++) start();
  });
}

/** The worker's side: checks each file it is given, with the run's settings, and sends the result back. */
export function serveChecks(
  settings: CheckSettings,
  port: { on: (event: "message", listener: (job: Job) => void) => void; postMessage: (reply: WorkerReply) => void },
): void {
  // Loaded on the first file, like every reader, so that a worker starts as fast as the command.
  const checker = import("./check-file");
  port.on("message", (job) => {
    void checker.then(({ checkOneFile }) =>
      checkOneFile(job.file, settings).then((result) => port.postMessage({ index: job.index, result })),
    );
  });
}
