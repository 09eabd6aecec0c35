import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import * as zlib from "node:zlib";
import { readPdfDirect } from "./direct/read-pdf-direct";
import type { PdfContent } from "./pdf-content";
import { PDF_TIMEOUT_SECONDS } from "./pdf-limits";

// A report as offices print it is read directly (direct/read-pdf-direct.ts: a few milliseconds, bounded in what it
// inflates and parses); any other PDF by pdfjs. pdfjs-dist is an ES module and jest runs CommonJS, so it runs on a
// worker thread from a plain .mjs file. The thread is also the bound: a PDF that takes longer than a report could, or
// more memory, is stopped, never waited for. One thread serves every PDF of this process (of each of the command's
// worker threads) in turn, started on the first PDF it is needed for and kept warm: starting one and loading pdfjs
// costs several times what reading a report's five pages does.

/** Pages read at most: a year's report has a handful; a thousand-page PDF is not one. */
export const MAX_PAGES = 200;
const WORKER = "pdf-content.worker.mjs";
/** The thread's heap: a report's PDF needs a few tens of megabytes; one that needs more is refused. */
const HEAP_MB = 160;

/**
 * The worker script: beside this module when run from the sources (jest, tsx), or in the sources when this module
 * is bundled into build/cli (two folders under the project, as src/files/pdf is).
 */
function workerPath(): string {
  const beside = join(__dirname, WORKER);
  return existsSync(beside) ? beside : join(__dirname, "..", "..", "src", "files", "pdf", WORKER);
}

type Reply = { id: number; content: PdfContent };

/** The warm thread, while it lives; a thread that passed a limit is ended and the next PDF starts a new one. */
let thread: Worker | undefined;
let nextId = 0;
/** PDFs wait for the one before them: the thread reads one at a time, and each gets its whole time limit. */
let queue: Promise<unknown> = Promise.resolve();

function startThread(): Worker {
  const worker = new Worker(workerPath(), {
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  // An idle thread does not keep the process alive; it is referenced again while it reads.
  worker.unref();
  return worker;
}

function readOnThread(bytes: Uint8Array): Promise<PdfContent> {
  const worker = (thread ??= startThread());
  const id = nextId++;
  return new Promise((resolve) => {
    const finish = (content: PdfContent, healthy: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      worker.unref();
      if (!healthy) {
        if (thread === worker) thread = undefined;
        void worker.terminate();
      }
      resolve(content);
    };
    const onMessage = (reply: Reply) => {
      if (reply.id === id) finish(reply.content, true);
    };
    const onError = (error: Error & { code?: string }) =>
      finish(
        {
          ok: false,
          problem: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "broken",
          detail: error.message,
        },
        false,
      );
    const onExit = () => finish({ ok: false, problem: "broken", detail: "worker exited" }, false);
    const timer = setTimeout(() => finish({ ok: false, problem: "timeout" }, false), PDF_TIMEOUT_SECONDS * 1000);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.ref();
    worker.postMessage({ id, bytes, maxPages: MAX_PAGES });
  });
}

/** Inflates a Flate stream up to `limit` bytes (one more when it holds more); a truncated one gives what it has. */
export const inflateBounded = (data: Uint8Array, limit: number): Uint8Array =>
  zlib.inflateSync(data, { maxOutputLength: limit + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });

/** The text items and borders of each page of a PDF, or why they could not be had in time and memory. */
export function readPdfContent(bytes: Uint8Array): Promise<PdfContent> {
  const direct = readPdfDirect(bytes, MAX_PAGES, inflateBounded);
  return direct ? Promise.resolve(direct) : readPdfContentWithPdfjs(bytes);
}

/** The same, always read by pdfjs (the reader of every PDF the direct one leaves). */
export function readPdfContentWithPdfjs(bytes: Uint8Array): Promise<PdfContent> {
  const reading = queue.then(() => readOnThread(bytes));
  queue = reading;
  return reading;
}
