import { fileMessages } from "./messages.zh-CN";

// The kinds of file a report is read from, and what is refused before a byte of one is parsed. Pure, so the CLI and
// the pane's file picker refuse the same files with the same words.

/** The file types nianbao reads, by extension (read-report-file.ts has one reader for each). */
export const READABLE_EXTENSIONS = [".txt", ".html", ".htm", ".json", ".xlsx", ".docx", ".pdf"] as const;
export type ReadableExtension = (typeof READABLE_EXTENSIONS)[number];

const MB = 1024 * 1024;

/**
 * The largest file of each kind that is read at all. A year's report is a few hundred kilobytes as text and a few
 * megabytes as a Word or PDF file with a seal's picture; anything far beyond is not a report, and reading it would
 * only tie up the machine.
 */
export const SIZE_LIMITS: Record<ReadableExtension, number> = {
  ".txt": 20 * MB,
  ".html": 20 * MB,
  ".htm": 20 * MB,
  ".json": 20 * MB,
  ".xlsx": 50 * MB,
  ".docx": 50 * MB,
  ".pdf": 50 * MB,
};

/** Word's and WPS's binary formats: not read, but a person is told what to do. */
const OLD_WORD = new Set([".doc", ".wps", ".wpt", ".dot"]);

/** The extension of a file name, lower case with its dot (“.docx”), or "" when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

const isReadable = (ext: string): ext is ReadableExtension => (READABLE_EXTENSIONS as readonly string[]).includes(ext);

/** The kind of a file that can be read, or why it is refused (its type, or its size beyond the kind's limit). */
export function kindOf(
  fileName: string,
  size: number,
): { ok: true; ext: ReadableExtension } | { ok: false; error: string } {
  const ext = extensionOf(fileName);
  if (OLD_WORD.has(ext)) return { ok: false, error: fileMessages.saveAsDocx(ext) };
  if (!isReadable(ext)) return { ok: false, error: fileMessages.unknownType(ext, READABLE_EXTENSIONS) };
  if (size > SIZE_LIMITS[ext]) return { ok: false, error: fileMessages.tooLarge(ext, SIZE_LIMITS[ext]) };
  return { ok: true, ext };
}
