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

export type ChildRun = {
  ms: number;
  peakMb: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
};

/**
 * A measured command that did not do its job (a crash, a signal, an exit code it should not give): the row is not
 * measured, and its stderr goes into the report.
 */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** The run, if it ended by itself with one of `codes`; otherwise a CommandFailed naming how it ended. */
export function expectExit(run: ChildRun, codes: readonly number[], what: string): ChildRun {
  if (run.signal) throw new CommandFailed(`${what} was ended by ${run.signal}`, run.stderr);
  if (run.code === null || !codes.includes(run.code)) {
    throw new CommandFailed(`${what} exited with ${run.code} (want ${codes.join(" or ")})`, run.stderr);
  }
  return run;
}

const PEAK_RSS_PRELOAD = join(root, "bench", "peak-rss.cjs");

/**
 * Runs `node <args>` and reports its wall time, peak memory (resident set), exit code or signal and output. Past
 * `limitMs` it is killed and the promise rejects; any other ending is the caller's to judge (see expectExit).
 */
export function runNode(args: string[], limitMs = 60_000): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-rss-"));
  const rssFile = join(dir, "rss");
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--require", PEAK_RSS_PRELOAD, ...args], {
      cwd: root,
      env: { ...process.env, NIANBAO_BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limitMs);
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
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (timedOut) reject(new CommandFailed(`did not end within ${limitMs / 1000} s (killed)`, stderr));
      else resolve({ ms, peakMb, code, signal, stdout, stderr });
    });
  });
}
