import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Report } from "../domain";
import { bodyKey } from "../domain/review/body-name";
import type { HierarchyLink } from "../domain/review/hierarchy";
import { decodeText } from "../files/text/text-encoding";
import type { CliIo } from "./io";
import { hierarchyHeader, reviewMessages } from "./review-messages.zh-CN";
import { oneLine } from "./terminal-safe";

/** A hierarchy CSV larger than this is no list of bodies. */
const MAX_HIERARCHY_BYTES = 4 * 1024 * 1024;

/**
 * The links of a 层级 CSV (上级,下级 per line; a header line, blank lines, full-width commas and tabs accepted; UTF-8
 * or GB18030 as Excel saves it), or null after saying why it cannot be read.
 */
export async function readHierarchy(file: string, io: CliIo): Promise<HierarchyLink[] | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.err(reviewMessages.hierarchyUnreadable(oneLine(file), (error as NodeJS.ErrnoException).code ?? ""));
    return null;
  }
  if (bytes.length > MAX_HIERARCHY_BYTES) {
    io.err(reviewMessages.hierarchyUnreadable(oneLine(file), `${bytes.length} bytes`));
    return null;
  }
  const links: HierarchyLink[] = [];
  decodeText(bytes)
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === "") return;
      const names = line.split(/[,，\t]/).map((name) => name.trim().replace(/^"(.*)"$/, "$1"));
      const [parent, child] = names;
      if (index === 0 && parent === hierarchyHeader[0] && child === hierarchyHeader[1]) return;
      if (!parent || !child) io.err(reviewMessages.hierarchyLine(index + 1));
      else links.push({ parent, child });
    });
  return links;
}

/**
 * Links from folders: a folder whose own reports are all of one body is the parent of the bodies of the reports in
 * its direct subfolders. A folder holding several bodies' reports (a plain batch) stands for nothing.
 */
export function hierarchyFromFolders(files: readonly { file: string; report: Report }[]): HierarchyLink[] {
  const bodies = new Map<string, Map<string, string>>();
  for (const { file, report } of files) {
    const folder = dirname(file);
    const inFolder = bodies.get(folder) ?? new Map<string, string>();
    inFolder.set(bodyKey(report.body), report.body);
    bodies.set(folder, inFolder);
  }
  const links: HierarchyLink[] = [];
  for (const [folder, inFolder] of bodies) {
    const parentFolder = bodies.get(dirname(folder));
    if (dirname(folder) === folder || !parentFolder || parentFolder.size !== 1) continue;
    const [parent] = parentFolder.values();
    for (const child of inFolder.values())
      if (parent && bodyKey(child) !== bodyKey(parent)) links.push({ parent, child });
  }
  return links;
}
