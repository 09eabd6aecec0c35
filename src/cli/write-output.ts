import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { link, lstat, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { extensionOf } from "../files/file-kinds";
import type { CliIo } from "./io";
import { cliMessages } from "./messages.zh-CN";
import { oneLine } from "./terminal-safe";

/** What a written file must not be, and what it must be named. */
export type OutputRules = {
  /** The files the command read: the output is never one of them, whatever --force says. */
  inputs?: readonly string[];
  /** The extension the bytes are written as (".xlsx", ".docx"): a name that says otherwise is refused. */
  extension?: string;
};

type Refusal = { refused: string };

/**
 * Writes a file the command made; an existing file is kept unless --force says to replace it, and is replaced only
 * by a complete copy: the bytes go to a temporary file in the same folder, flushed to disk, and are renamed over the
 * old file at the end, so a full disk or a file-size limit leaves the old file whole. Never writes over an input, nor
 * onto anything but a regular file or a new name (a named pipe would block for ever). True when written.
 */
export async function writeOutput(
  output: string,
  bytes: Uint8Array,
  force: boolean,
  io: CliIo,
  rules: OutputRules = {},
): Promise<boolean> {
  const shown = oneLine(output);
  const place = await outputPlace(output, force, rules.inputs ?? []);
  // What is there (a folder, a pipe, the input) is the first reason; then the name; then an existing file.
  if ("refused" in place && place.refused !== "exists") {
    io.err(`${shown}：${place.refused}`);
    return false;
  }
  if (rules.extension && extensionOf(output) !== rules.extension) {
    io.err(cliMessages.outputWrongExtension(shown, rules.extension));
    return false;
  }
  if ("refused" in place) {
    io.err(cliMessages.wouldOverwrite(shown));
    return false;
  }
  try {
    await replaceWhole(place.target, bytes, place.old);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") io.err(cliMessages.wouldOverwrite(shown));
    else io.err(cliMessages.cannotWrite(shown, code) + (place.old ? cliMessages.oldFileUntouched : ""));
    return false;
  }
}

/** Where the bytes go (a link is followed to the file it names) and what is there now, or why nothing is written. */
async function outputPlace(
  output: string,
  force: boolean,
  inputs: readonly string[],
): Promise<{ target: string; old?: Stats } | Refusal> {
  const there = await statOrCode(lstat(output));
  if (typeof there === "string") {
    return there === "ENOENT" ? { target: output } : { refused: cliMessages.cannotWriteReason(there) };
  }
  const old = there.isSymbolicLink() ? await statOrCode(stat(output)) : there;
  // A link to nowhere: the new file is written where it points, as a program writing through it would.
  if (old === "ENOENT") return { target: output };
  if (typeof old === "string") return { refused: cliMessages.cannotWriteReason(old) };
  if (!old.isFile()) return { refused: cliMessages.outputNotRegular(old.isDirectory() ? "folder" : "special") };
  for (const input of inputs) {
    const read = await stat(input).catch(() => undefined);
    if (read && read.dev === old.dev && read.ino === old.ino) return { refused: cliMessages.outputIsInput };
  }
  if (!force) return { refused: "exists" };
  return { target: there.isSymbolicLink() ? await realpath(output) : output, old };
}

/** What a file is, or the file system's code for why that cannot be known ("ENOENT" …). */
const statOrCode = (stats: Promise<Stats>): Promise<Stats | string> =>
  stats.catch((error: NodeJS.ErrnoException) => error.code ?? "EIO");

/** Writes `bytes` beside `target` under a temporary name, flushes them, then puts them in its place. */
async function replaceWhole(target: string, bytes: Uint8Array, old: Stats | undefined): Promise<void> {
  // A short name of our own: the target's name may already be as long as the file system allows.
  const temporary = join(dirname(target), `.nianbao-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(temporary, "wx", old ? old.mode & 0o7777 : 0o666);
  try {
    try {
      let written = 0;
      while (written < bytes.length) {
        written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (old) {
      await rename(temporary, target);
    } else {
      // A new name is taken only if it is still free: link fails where a file appeared meanwhile.
      await link(temporary, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST") throw error;
        // A file system without hard links (FAT, some network shares): the name was free a moment ago.
        await rename(temporary, target);
      });
    }
    await syncFolder(dirname(target));
  } finally {
    // Gone after a rename; after a link, or a failure, the temporary name is removed.
    await unlink(temporary).catch(() => undefined);
  }
}

/** The rename itself reaches the disk only with its folder: flushed where the system allows it. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}
