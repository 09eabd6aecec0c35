import { Inflate } from "fflate";

// .xlsx and .docx files are zip archives, and a zip can promise little and inflate to gigabytes (a “zip bomb”).
// This reader looks at the central directory first (how many entries, what sizes they declare), inflates only the
// entries asked for, and stops inflating as soon as an entry grows past what it declared or past the limit.
// fflate works in Node and in the browser, so the pane's file picker reads archives the same way.

export type ZipLimits = {
  /** Most entries the archive may list (a workbook has a few dozen). */
  maxEntries: number;
  /** Most bytes one wanted entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all wanted entries together may inflate to. */
  maxTotalBytes: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};

/** Why an archive was refused; turned into Chinese by the caller's message table. */
export type ZipProblem =
  | { code: "zip.notZip" }
  | { code: "zip.tooManyEntries"; entries: number; limit: number }
  | { code: "zip.tooLarge"; entry: string; limit: number }
  /** An entry inflating past the size the archive declares for it: a damaged or doctored file, not a large one. */
  | { code: "zip.sizeMismatch"; entry: string }
  | { code: "zip.corrupt"; entry?: string };

export type ZipEntries =
  { ok: true; names: string[]; files: Map<string, Uint8Array> } | { ok: false; problem: ZipProblem };

type DirectoryEntry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The entries of an archive whose names `wanted` accepts, inflated within the limits; every entry's name as well. */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ZipEntries {
  const directory = readDirectory(bytes, limits);
  if ("code" in directory) return { ok: false, problem: directory };
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of directory.filter((e) => wanted(e.name))) {
    const budget = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    if (entry.size > budget) return { ok: false, problem: { code: "zip.tooLarge", entry: entry.name, limit: budget } };
    const data = inflateEntry(bytes, entry, budget);
    if ("code" in data) return { ok: false, problem: data };
    total += data.length;
    files.set(entry.name, data);
  }
  return { ok: true, names: directory.map((e) => e.name).filter((name) => !name.endsWith("/")), files };
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): DirectoryEntry[] | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return { code: "zip.notZip" };
  const count = view.getUint16(end + 10, true);
  if (count > limits.maxEntries) return { code: "zip.tooManyEntries", entries: count, limit: limits.maxEntries };
  let at = view.getUint32(end + 16, true);
  const entries: DirectoryEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return { code: "zip.corrupt" };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return { code: "zip.corrupt" };
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's bytes, inflating in chunks and giving up once it outgrows its declared size or the budget. */
function inflateEntry(bytes: Uint8Array, entry: DirectoryEntry, budget: number): Uint8Array | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
    return { code: "zip.corrupt", entry: entry.name };
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  if (compressed.length < entry.compressedSize) return { code: "zip.corrupt", entry: entry.name };
  if (entry.method === 0)
    return compressed.length === entry.size ? compressed : { code: "zip.corrupt", entry: entry.name };
  if (entry.method !== 8) return { code: "zip.corrupt", entry: entry.name };
  const limit = Math.min(entry.size, budget);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let outgrown = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) outgrown = true;
    else chunks.push(chunk);
  });
  const CHUNK = 64 * 1024;
  try {
    for (let at = 0; at < compressed.length && !outgrown; at += CHUNK) {
      inflate.push(compressed.subarray(at, at + CHUNK), at + CHUNK >= compressed.length);
    }
  } catch {
    return { code: "zip.corrupt", entry: entry.name };
  }
  if (outgrown && entry.size < budget) return { code: "zip.sizeMismatch", entry: entry.name };
  if (outgrown) return { code: "zip.tooLarge", entry: entry.name, limit };
  if (size !== entry.size) return { code: "zip.sizeMismatch", entry: entry.name };
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
