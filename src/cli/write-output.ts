import { writeFile } from "node:fs/promises";
import type { CliIo } from "./io";
import { cliMessages } from "./messages.zh-CN";
import { oneLine } from "./terminal-safe";

/** Writes a file the command made; an existing file is kept unless --force says to replace it. True when written. */
export async function writeOutput(output: string, bytes: Uint8Array, force: boolean, io: CliIo): Promise<boolean> {
  try {
    await writeFile(output, bytes, { flag: force ? "w" : "wx" });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === "EEXIST" ? cliMessages.wouldOverwrite(oneLine(output)) : cliMessages.cannotWrite(oneLine(output), code),
    );
    return false;
  }
}
