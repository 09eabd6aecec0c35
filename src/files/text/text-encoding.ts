// Report files come in whatever their tool saved: UTF-8 (with or without a byte order mark), UTF-16 from Windows
// Notepad's “Unicode”, and GBK/GB18030, the default of many Windows tools in China. Pages may also name their
// encoding. The bytes decide first (a byte order mark), then what the file says of itself, then whether the bytes
// are valid UTF-8; anything else is read as GB18030, the superset of GB2312 and GBK.

/** Every name of the Chinese national encodings is decoded as GB18030, their superset. */
const GB_NAMES = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "csgb2312", "chinese", "euc-cn", "cp936", "ms936"]);

type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** Byte order marks, longest first where one begins another. */
const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: "gb18030" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** The encoding a byte order mark at the start names, if there is one. */
export function encodingFromBom(bytes: Uint8Array): Encoding | undefined {
  return BOMS.find((bom) => bom.bytes.every((byte, n) => bytes[n] === byte))?.encoding;
}

/** The encoding a declared charset name stands for, when nianbao knows it (undefined: decide from the bytes). */
function encodingFromName(name: string | undefined): Encoding | undefined {
  const lower = name?.trim().toLowerCase();
  if (!lower) return undefined;
  if (GB_NAMES.has(lower)) return "gb18030";
  if (lower === "utf-8" || lower === "utf8") return "utf-8";
  if (lower === "utf-16le" || lower === "utf-16") return "utf-16le";
  if (lower === "utf-16be") return "utf-16be";
  return undefined;
}

/**
 * The text of a file: a byte order mark decides, then the charset the file declares (a page's <meta>), then valid
 * UTF-8 is read as UTF-8 and anything else as GB18030. The byte order mark is not part of the text.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): string {
  const encoding = encodingFromBom(bytes) ?? encodingFromName(declaredCharset);
  const text = encoding && encoding !== "utf-8" ? decode(encoding, bytes) : utf8OrGb18030(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function utf8OrGb18030(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decode("gb18030", bytes);
  }
}

/** Decodes, keeping the byte order mark so that the caller strips it the same way for every encoding. */
const decode = (encoding: Encoding, bytes: Uint8Array): string =>
  new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
