import { constants, type Stats } from "node:fs";
import { lstat, open } from "node:fs/promises";
import { kindOf, SIZE_LIMITS, type ReadableExtension } from "./file-kinds";
import { fileMessages } from "./messages.zh-CN";

// A report file's bytes, read as safely as a file can be: opened first, without waiting (O_NONBLOCK: opening a named
// pipe would wait for a writer for ever), then what was opened is checked on the descriptor itself (fstat), so a
// file replaced by a pipe between a check and the read cannot block; and never more bytes than its kind allows,
// however much it grows while it is read.

export type BoundedRead = { ok: true; ext: ReadableExtension; bytes: Buffer } | { ok: false; error: string };

/** The bytes of a regular file within its kind's size limit, or why it is not read (in Chinese). */
export async function readFileBounded(file: string): Promise<BoundedRead> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY).catch(
    (error: NodeJS.ErrnoException) => error.code ?? "EIO",
  );
  if (typeof handle === "string") return { ok: false, error: await openFailure(file, handle) };
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, error: notAFile(stats) };
    const sized = kindOf(file, stats.size);
    if (!sized.ok) return sized;
    const limit = SIZE_LIMITS[sized.ext];
    // One byte more than the limit tells a file that grew past it from one that fills it exactly.
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { ok: false, error: fileMessages.tooLarge(sized.ext, limit) };
        break;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { ok: true, ext: sized.ext, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, error: fileMessages.cannotOpen((error as NodeJS.ErrnoException).code) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** What stands at a path that is not a regular file, in words. */
function notAFile(stats: Stats): string {
  if (stats.isDirectory()) return fileMessages.isFolder;
  if (stats.isFIFO()) return fileMessages.notRegular("fifo");
  if (stats.isSocket()) return fileMessages.notRegular("socket");
  return fileMessages.notRegular("device");
}

/** Why a file could not be opened: a folder one may not enter is named as a folder, not as a broken file. */
async function openFailure(file: string, code: string): Promise<string> {
  const there = await lstat(file).catch(() => undefined);
  if (there?.isDirectory()) return fileMessages.folderNotOpened(code);
  return fileMessages.cannotOpen(code);
}
