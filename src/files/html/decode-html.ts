import { decodeTextReporting, encodingFromBom, type Decoding } from "../text/text-encoding";

// Saved pages come in the encoding of the site that served them: many government sites still serve GB2312 or GBK,
// and a page saved without its charset line is told apart by its bytes (text-encoding.ts).

/** How far into a page its <meta charset> is looked for (the HTML standard's prescan reads the first 1024 bytes). */
const PRESCAN_BYTES = 1024;

/** The text of a saved page: a byte order mark, then a <meta> charset, then its bytes decide the encoding. */
export function decodeHtml(bytes: Uint8Array): string {
  return decodeHtmlReporting(bytes).text;
}

/** The page's text, with how it was decoded (decodeTextReporting). */
export function decodeHtmlReporting(bytes: Uint8Array): Decoding {
  if (encodingFromBom(bytes)) return decodeTextReporting(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  return decodeTextReporting(bytes, declaredCharset(head));
}

/**
 * The charset a <meta> tag of the page's head names (<meta charset="gbk">, or http-equiv's content="text/html;
 * charset=GBK"), read tag by tag: one pattern over the whole head backtracks.
 */
function declaredCharset(head: string): string | undefined {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf("<meta"); at !== -1; at = lower.indexOf("<meta", at + 1)) {
    const end = lower.indexOf(">", at);
    const tag = lower.slice(at, end === -1 ? lower.length : end);
    const charset = /\bcharset\s*=\s*["']?([\w-]+)/.exec(tag)?.[1];
    if (charset) return charset;
  }
  return undefined;
}
