import { basename } from "node:path";
import type { CliIo } from "./io";
import { cliMessages } from "./messages.zh-CN";
import { keepEnd } from "./text-width";

/** Columns of the bar itself, and the most a file's name may take, so the line fits an 80-column terminal. */
const BAR_WIDTH = 20;
const NAME_WIDTH = 36;

/** “校验中 37/200 ████░░░░ 某文件.xlsx”: how far a batch has gone, and the file being read. */
export function progressLine(current: number, total: number, file: string): string {
  const filled = total > 0 ? Math.round((BAR_WIDTH * current) / total) : BAR_WIDTH;
  const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
  return `${cliMessages.progress} ${current}/${total} ${bar} ${keepEnd(basename(file), NAME_WIDTH)}`;
}

export type Progress = { show: (current: number, file: string) => void; clear: () => void };

/** A progress line on a terminal's stderr, redrawn in place; nothing at all when stderr is not a terminal. */
export function startProgress(io: CliIo, total: number): Progress {
  const draw = io.isTTY ? io.progress : undefined;
  if (!draw) return { show: () => undefined, clear: () => undefined };
  return { show: (current, file) => draw(progressLine(current, total, file)), clear: () => draw("") };
}
