// Saving text as Windows tools in China do, for tests: Node encodes only UTF-8, so GB18030 is encoded by inverting
// Node's own GB18030 decoder over every two-byte (GBK) and four-byte (rest of the Basic Multilingual Plane) code.

let table: Map<string, number[]> | undefined;

/** Every BMP character's GB18030 bytes, built once by decoding all two- and four-byte codes. */
function gb18030Table(): Map<string, number[]> {
  if (table) return table;
  const codes: number[][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.push([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) codes.push([b1, b2, b3, b4]);
  const decoder = new TextDecoder("gb18030");
  table = new Map();
  for (const code of codes) {
    const char = decoder.decode(new Uint8Array(code));
    // Two-byte codes win: they are what GBK tools write.
    if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, code);
  }
  return table;
}

/** `text` as GB18030 bytes (ASCII as itself); GBK for every character GBK has. */
export function encodeGb18030(text: string): Uint8Array<ArrayBuffer> {
  const codes = gb18030Table();
  const out: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : codes.get(char);
    if (!code) throw new Error(`no GB18030 code for U+${char.charCodeAt(0).toString(16)} in this test helper`);
    out.push(...code);
  }
  return new Uint8Array(out);
}

/** `text` as UTF-16 with its byte order mark, as Notepad's “Unicode” and “Unicode big endian” save it. */
export function encodeUtf16(text: string, order: "le" | "be"): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, order === "le");
  for (let n = 0; n < text.length; n++) view.setUint16(2 + n * 2, text.charCodeAt(n), order === "le");
  return out;
}
