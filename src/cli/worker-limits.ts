import { setFlagsFromString } from "node:v8";

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

/**
 * Where a worker's old generation starts before its first full garbage collection. V8 lets a heap capped at
 * WORKER_HEAP_MB grow by a factor of only about 1.4 after each full collection (a factor of 4 is for heaps of 2 GB
 * and more), so a worker checking one workbook after another, its live heap about 13 MB, ran a full collection every
 * two or three files (some 230 over the bench's 500 workbooks, and `check` used almost twice the CPU). From 64 MB it
 * runs one or two in the whole folder. The cap is unchanged: a file needing more than WORKER_HEAP_MB still ends its
 * worker (ERR_WORKER_OUT_OF_MEMORY).
 */
const WORKER_INITIAL_OLD_SPACE_MB = 64;

/**
 * Sizes the heaps of the workers started from now on (the main thread's heap is configured already and keeps its
 * own). V8 reads this flag only when an isolate is created, which is why it may be set while the command runs;
 * Node's Worker has no resourceLimits field for it.
 */
export function configureWorkerHeaps(): void {
  setFlagsFromString(`--initial-old-space-size=${WORKER_INITIAL_OLD_SPACE_MB}`);
}

/**
 * How much bytecode a function runs before V8 weighs optimising it: four times V8's default (67 584). A worker
 * checks its share of a folder in a second or two, and at the default V8 spent much of that compiling optimised
 * code for the readers, on the same cores, which a handful of files never paid back: `check` over the bench's 20
 * PDFs used about 30% less CPU with this, and one thread reading 100 of them about 20% less. Code that stays hot
 * (a long PDF, a folder of hundreds) is still optimised, a little later. It changes when code is compiled, never
 * what it computes.
 */
const INTERRUPT_BUDGET = 4 * 67_584;

/** Sets V8's tier-up budget (above) for this thread's functions and the workers started from now on. */
export function configureTiering(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
