/** Round trips of one Excel.run: its context.sync() calls and the operations it queued (writes, calls, loads). */
export type RunStats = { run: number; syncs: number; operations: number; writes: number; loads: number };

/** Every run since the last reset, plus totals. */
export type PreviewStats = { runs: RunStats[]; totals: Omit<RunStats, "run"> & { runs: number } };

/** Collects per-run counters so tests can hold the adapter to its round-trip budget. */
export class StatsRecorder {
  private runs: RunStats[] = [];
  private counter = 0;

  /** Starts counting a new Excel.run. */
  startRun(): RunStats {
    this.counter += 1;
    const run: RunStats = { run: this.counter, syncs: 0, operations: 0, writes: 0, loads: 0 };
    this.runs.push(run);
    return run;
  }

  /** A copy of the counters. */
  read(): PreviewStats {
    const runs = this.runs.map((run) => ({ ...run }));
    const sum = (key: keyof RunStats): number => runs.reduce((total, run) => total + run[key], 0);
    return {
      runs,
      totals: {
        runs: runs.length,
        syncs: sum("syncs"),
        operations: sum("operations"),
        writes: sum("writes"),
        loads: sum("loads"),
      },
    };
  }

  /** Forgets every run counted so far (runs still open keep counting into a detached record). */
  reset(): void {
    this.runs = [];
  }
}
