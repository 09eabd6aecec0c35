// One input of the catalogue of broken and hostile inputs (issue 11), with what a person must get.

export type Row = {
  /** The door and the input. */
  name: string;
  /** The command line; inputs are made when the row runs. */
  args: () => string[] | Promise<string[]>;
  code: 0 | 1 | 2;
  /** Part of what is printed (stdout and stderr together). */
  says: string;
  /** What must never be printed (a raw escape sequence, an English word). */
  never?: string;
  /** The most characters printed in all (a bound on output that once ran to tens of megabytes). */
  maxChars?: number;
  /** Run in a fresh empty folder of its own, which must hold at most the one file written afterwards. */
  inFolder?: true;
};

export const MB = 1024 * 1024;

export const check = (path: string, ...more: string[]): string[] => ["check", path, ...more];
