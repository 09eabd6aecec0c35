import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

// How the bench measures: the minimum of several runs (the least disturbed by the other work of the machine), and
// child processes for what must be measured with its own time and memory.

/** The smallest of `runs` measurements. */
export async function minOf(runs: number, measure: () => Promise<number> | number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, await measure());
  return best;
}

/** Microseconds per call of `f`, as the minimum over several batches of `perBatch` calls. */
export async function microsPerCall(f: (i: number) => unknown, perBatch = 2000, batches = 9): Promise<number> {
  for (let i = 0; i < perBatch; i++) f(i); // warm up: compile, fill caches of the format
  return minOf(batches, () => {
    const started = performance.now();
    for (let i = 0; i < perBatch; i++) f(i);
    return ((performance.now() - started) * 1000) / perBatch;
  });
}

/** The repository: `npm run bench` runs there (the bundled bench lives elsewhere, in build/bench). */
export const root = process.cwd();

export type ChildRun = { ms: number; peakMb: number; code: number | null; stdout: string };

const PEAK_RSS_PRELOAD = join(root, "bench", "peak-rss.cjs");

/** Runs `node <args>` and reports its wall time and peak memory (resident set), with a time limit. */
export function runNode(args: string[], limitMs = 60_000): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-rss-"));
  const rssFile = join(dir, "rss");
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--require", PEAK_RSS_PRELOAD, ...args], {
      cwd: root,
      env: { ...process.env, NIANBAO_BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "ignore"],
    });
    const out: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      let peakMb = NaN;
      try {
        peakMb = Number(readFileSync(rssFile, "utf8")) / 1024;
      } catch {
        // Killed before it could say: the peak is unknown.
      }
      rmSync(dir, { recursive: true, force: true });
      if (signal) reject(new Error(`did not end within ${limitMs / 1000} s (killed)`));
      else resolve({ ms, peakMb, code, stdout: Buffer.concat(out).toString("utf8") });
    });
  });
}
