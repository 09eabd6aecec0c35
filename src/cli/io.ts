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

/** Set once the reader of our output has gone (`nianbao check … | head`): nothing more is written. */
let readerGone = false;

const write = (stream: NodeJS.WriteStream, text: string): void => {
  if (!readerGone) stream.write(text);
};

export const processIo: CliIo = {
  out: (text) => write(process.stdout, `${text}\n`),
  err: (text) => write(process.stderr, `${text}\n`),
  isTTY: process.stderr.isTTY,
  // \r returns to the start of the line and ESC[K clears what a longer previous line left.
  progress: (line) => write(process.stderr, `\r${line}\x1b[K`),
};

/**
 * When the reader of the output goes away (EPIPE), the run stops writing and still ends with its own exit code,
 * instead of Node's English `Error: write EPIPE` stack.
 */
export function quietWhenReaderGoes(): void {
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    readerGone = true;
  };
  process.stdout.on("error", onError);
  process.stderr.on("error", onError);
}

export const EXIT = { ok: 0, findingsWithErrors: 1, unreadableOrUsage: 2 } as const;
