// Saved pages come in the encoding of the site that served them: many government sites still serve GB2312 or GBK.

/** How far into a page its <meta charset> is looked for (the HTML standard's prescan reads the first 1024 bytes). */
const PRESCAN_BYTES = 1024;

/** Every name of the Chinese national encodings is decoded as GB18030, their superset. */
const GB_NAMES = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "csgb2312", "chinese", "euc-cn"]);

/** The text of a saved page: a byte order mark, then a <meta> charset, decide the encoding; UTF-8 otherwise. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return new TextDecoder(declared && GB_NAMES.has(declared) ? "gb18030" : "utf-8").decode(bytes);
}
