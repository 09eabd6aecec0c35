// What bounds each file a command reads: the worker thread it is read on (the compiled command itself), that
// worker's heap and its time.

/** What the compiled command tells this module: the script a worker thread runs (the bundle itself). */
let workerScript: string | undefined;

/** Lets files be read on worker threads; without it (TypeScript sources under jest) files are read in turn. */
export function enableWorkerThreads(script: string): void {
  workerScript = script;
}

/** The script workers run (the compiled command), or undefined under jest, where everything runs in turn. */
export const workerScriptOf = (): string | undefined => workerScript;

/**
 * A file that neither finishes nor fails in this long is given up (its worker is ended), so one cannot stall a run;
 * a slow machine may allow more (NIANBAO_TIME_LIMIT, in seconds).
 */
export function fileTimeLimitMs(): number {
  const seconds = Number(process.env["NIANBAO_TIME_LIMIT"]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000;
}

/**
 * A worker's heap: a file that needs more is reported as too large instead of ending the whole run, and a folder's
 * peak stays near one such heap per core whatever the folder holds.
 */
export const WORKER_HEAP_MB = 500;
