import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { READABLE_EXTENSIONS } from "../files/read-report-file";

/** The file types a folder is searched for: every kind nianbao reads. */
const READABLE = new Set<string>(READABLE_EXTENSIONS);

/**
 * The files named, with each folder standing for the report files in it and in its subfolders, in name order.
 * Links to folders are not followed, so a loop of links cannot hang it.
 */
export async function findReportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
}

async function filesUnder(folder: string): Promise<string[]> {
  const listed = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
  // A folder that cannot be listed is passed on as it is, so the check reports it as unreadable like a file.
  if (!listed) return [folder];
  const entries = listed
    // Hidden entries (.git) and the “~$” owner files Excel leaves beside an open workbook are not reports.
    .filter((entry) => !entry.name.startsWith(".") && !entry.name.startsWith("~$"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (READABLE.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}
