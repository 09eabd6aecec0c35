"use strict";
// How much page content a PDF holds, measured before pdfjs parses any of it. A few hundred kilobytes of compressed
// content can inflate to hundreds of megabytes of drawing operators, which pdfjs would parse for half a minute before
// the time limit said so; a report's pages hold a few hundred kilobytes. Each stream is inflated here with a bound
// on its output, so measuring costs at most the bound. Fonts and pictures are measured against a larger bound of
// their own: a Chinese font embedded whole is ten or twenty megabytes. Plain JavaScript (CommonJS) so that the
// worker thread (pdf-content.worker.mjs) and jest load it alike; its types are in pdf-streams.d.cts.

const MB = 1024 * 1024;
/** Content (pages, forms, object streams, CMaps) over the whole file. */
const MAX_CONTENT_BYTES = 24 * MB;
/** One font or picture. */
const MAX_RESOURCE_BYTES = 64 * MB;
/** How far before `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 1024;

const latin1 = (bytes, from, to) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("latin1");

/** Whether a stream's dictionary is a font's or a picture's (they may be large), not content. */
const isResource = (dictionary) =>
  /\/Length[123]\b|\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType)\b/.test(dictionary);

/** The stream's bytes once decoded, counted up to `limit` (more than `limit` when it holds more). */
function decodedLength(data, dictionary, zlib, limit) {
  if (!/\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)\b/.test(dictionary)) return data.length;
  try {
    return zlib.inflateSync(data, { maxOutputLength: limit + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    // Past the bound: more than `limit`. Data that does not inflate (encrypted, damaged) is pdfjs's to judge.
    return error && error.code === "ERR_BUFFER_TOO_LARGE" ? limit + 1 : 0;
  }
}

/**
 * The megabytes past which a PDF's content goes (`undefined` when within bounds): the page content of all its
 * streams together, or one font or picture.
 */
function oversizedContent(bytes, zlib) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let content = 0;
  for (let at = text.indexOf("stream"); at >= 0; at = text.indexOf("stream", at + 6)) {
    // `stream` as a keyword: after a dictionary's `>>`, followed by an end of line (not `endstream`).
    const before = latin1(bytes, Math.max(0, at - DICTIONARY_WINDOW), at);
    if (!/>>\s*$/.test(before)) continue;
    let start = at + 6;
    if (text[start] === 0x0d) start++;
    if (text[start] !== 0x0a && text[start - 1] !== 0x0d) continue;
    if (text[start] === 0x0a) start++;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    const dictionary = before.slice(Math.max(0, before.lastIndexOf("obj")));
    const data = text.subarray(start, end);
    if (isResource(dictionary)) {
      if (decodedLength(data, dictionary, zlib, MAX_RESOURCE_BYTES) > MAX_RESOURCE_BYTES)
        return MAX_RESOURCE_BYTES / MB;
    } else {
      content += decodedLength(data, dictionary, zlib, MAX_CONTENT_BYTES - content);
      if (content > MAX_CONTENT_BYTES) return MAX_CONTENT_BYTES / MB;
    }
    at = end;
  }
  return undefined;
}

module.exports = { oversizedContent, MAX_CONTENT_BYTES };
