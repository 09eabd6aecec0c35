/** Where the command line writes; tests pass their own to capture what a person would see. */
export type CliIo = { out: (text: string) => void; err: (text: string) => void };

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export const EXIT = { ok: 0, findingsWithErrors: 1, unreadableOrUsage: 2 } as const;
