import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { PdfContent } from "./pdf-content";
import { PDF_TIMEOUT_SECONDS } from "./pdf-limits";

// pdfjs-dist is an ES module and jest runs CommonJS, so it runs on a worker thread from a plain .mjs file. The thread
// is also the bound: a PDF that takes longer than a report could, or more memory, is stopped, never waited for.

/** Pages read at most: a year's report has a handful; a thousand-page PDF is not one. */
const MAX_PAGES = 200;
const WORKER = "pdf-content.worker.mjs";

/**
 * The worker script: beside this module when run from the sources (jest, tsx), or in the sources when this module
 * is bundled into build/cli (two folders under the project, as src/files/pdf is).
 */
function workerPath(): string {
  const beside = join(__dirname, WORKER);
  return existsSync(beside) ? beside : join(__dirname, "..", "..", "src", "files", "pdf", WORKER);
}

/** The text items and borders of each page of a PDF, or why they could not be had in time and memory. */
export function readPdfContent(bytes: Uint8Array): Promise<PdfContent> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(workerPath(), {
      workerData: { bytes, maxPages: MAX_PAGES },
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    const finish = (content: PdfContent) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(content);
    };
    const timer = setTimeout(() => finish({ ok: false, problem: "timeout" }), PDF_TIMEOUT_SECONDS * 1000);
    worker.on("message", (content: PdfContent) => finish(content));
    worker.on("error", (error: Error & { code?: string }) =>
      finish({
        ok: false,
        problem: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "broken",
        detail: error.message,
      }),
    );
    worker.on("exit", () => finish({ ok: false, problem: "broken", detail: "worker exited" }));
  });
}
