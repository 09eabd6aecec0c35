import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { READABLE_EXTENSIONS } from "../files/read-report-file";
import { cliMessages } from "./messages.zh-CN";

/** The file types a folder is searched for: every kind nianbao reads. */
const READABLE = new Set<string>(READABLE_EXTENSIONS);

/** An entry of a folder that is not read, and why. */
export type Skipped = { path: string; reason: string };

/**
 * The files named, with each folder standing for the report files in it and in its subfolders, in name order.
 * Only regular files are taken from folders: a link is followed only to a regular file (so neither a link to
 * /dev/zero nor a loop of links is read), and pipes, sockets and devices are skipped with a note (a pipe would block
 * for ever). A folder met twice (a bind mount inside itself) is not searched again.
 */
export async function findReportFiles(paths: readonly string[]): Promise<{ files: string[]; skipped: Skipped[] }> {
  const found: Found = { files: [], skipped: [], seen: new Set(), taken: new Set() };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    // A file named on the command line is always passed on: if it cannot be read, the check says why.
    if (info?.isDirectory()) await searchFolder(path, info, found, []);
    else take(path, info, found);
  }
  return { files: found.files, skipped: found.skipped };
}

type Found = { files: string[]; skipped: Skipped[]; seen: Set<string>; taken: Set<string> };

const idOf = (info: Stats): string => `${info.dev}:${info.ino}`;

/**
 * Adds a file unless it is already there under any name (`W05/good.txt`, `./W05/good.txt`, a link, the folder named
 * again): one report is checked and counted once.
 */
function take(path: string, info: Stats | undefined, found: Found): void {
  const id = info ? idOf(info) : `path:${resolve(path)}`;
  if (found.taken.has(id)) return;
  found.taken.add(id);
  found.files.push(path);
}

async function searchFolder(folder: string, info: Stats, found: Found, ancestors: readonly string[]): Promise<void> {
  const id = idOf(info);
  // A folder inside itself (a bind mount) is a loop; a folder met again elsewhere (named twice) was searched once.
  if (ancestors.includes(id)) {
    found.skipped.push({ path: folder, reason: cliMessages.folderLoop });
    return;
  }
  if (found.seen.has(id)) return;
  found.seen.add(id);
  const listed = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
  // A folder that cannot be listed is passed on as it is, so the check reports it as unreadable like a file.
  if (!listed) {
    take(folder, info, found);
    return;
  }
  const entries = listed
    // Hidden entries (.git) and the “~$” owner files Excel leaves beside an open workbook are not reports.
    .filter((entry) => !entry.name.startsWith(".") && !entry.name.startsWith("~$"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      const sub = await stat(path).catch(() => undefined);
      if (sub) await searchFolder(path, sub, found, [...ancestors, id]);
      continue;
    }
    const skip = await reasonToSkip(entry, path);
    if (skip === "not a report") continue;
    if (skip) found.skipped.push({ path, reason: skip });
    else take(path, await stat(path).catch(() => undefined), found);
  }
}

/** Why an entry of a folder is not read (a Chinese note), "not a report" for other kinds of file, or undefined. */
async function reasonToSkip(entry: Dirent, path: string): Promise<string | undefined> {
  if (entry.isSymbolicLink()) {
    const target = await stat(path).catch((error: NodeJS.ErrnoException) => error.code ?? "EIO");
    // A link can fail to lead anywhere for several reasons (a loop, a folder one may not enter): each is said as it is.
    if (typeof target === "string")
      return target === "ENOENT" ? cliMessages.brokenLink : cliMessages.linkFailed(target);
    if (target.isDirectory()) return cliMessages.linkToFolder;
    if (!target.isFile()) return cliMessages.notRegular(kindOf(target));
  } else if (!entry.isFile()) {
    return cliMessages.notRegular(kindOf(entry));
  }
  return READABLE.has(extname(entry.name).toLowerCase()) ? undefined : "not a report";
}

type Kind = "fifo" | "socket" | "device";

function kindOf(entry: Dirent | Stats): Kind {
  if (entry.isFIFO()) return "fifo";
  if (entry.isSocket()) return "socket";
  return "device";
}
