/**
 * Where the command line writes; tests pass their own to capture what a person would see. `progress` draws a line
 * that the next call replaces (no newline; "" clears it): only a terminal shows it, so tests say `isTTY` themselves.
 */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal, where a progress line can be drawn and redrawn. */
  isTTY?: boolean;
  progress?: (line: string) => void;
};

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTTY: process.stderr.isTTY,
  // \r returns to the start of the line and ESC[K clears what a longer previous line left.
  progress: (line) => process.stderr.write(`\r${line}\x1b[K`),
};

export const EXIT = { ok: 0, findingsWithErrors: 1, unreadableOrUsage: 2 } as const;
