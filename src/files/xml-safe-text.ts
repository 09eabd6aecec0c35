import { formats, type Report, type SectionKey } from "../domain";
import { xmlSafeMessages } from "./xml-safe-text.zh-CN";

// Word and Excel files are XML, and XML 1.0 cannot hold some characters at all: most control characters
// (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), U+FFFE, U+FFFF and halves of surrogate pairs. Text pasted from
// elsewhere sometimes carries them; written as they are, they make a file Word, Excel and LibreOffice refuse to
// open. They carry nothing a reader could see, so they are dropped, and the caller is told where.

/** Whether a UTF-16 code unit (not part of a pair) is a character XML 1.0 allows. */
const allowed = (code: number): boolean =>
  code === 0x09 ||
  code === 0x0a ||
  code === 0x0d ||
  (code >= 0x20 && code < 0xd800) ||
  (code > 0xdfff && code < 0xfffe);

/** The text without the characters XML 1.0 forbids, and how many were dropped. */
export function dropXmlForbidden(text: string): { text: string; dropped: number } {
  let kept = "";
  let dropped = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (allowed(code)) continue;
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++; // a whole surrogate pair: a character beyond the Basic Multilingual Plane, allowed
      continue;
    }
    kept += text.slice(from, i);
    from = i + 1;
    dropped++;
  }
  return dropped === 0 ? { text, dropped } : { text: kept + text.slice(from), dropped };
}

/**
 * The report with every character XML forbids dropped from its body and prose, and one Chinese warning per place
 * that held any (none when the report was clean).
 */
export function xmlSafeReport(report: Report): { report: Report; warnings: string[] } {
  const warnings: string[] = [];
  const body = dropXmlForbidden(report.body);
  if (body.dropped > 0) warnings.push(xmlSafeMessages.dropped(xmlSafeMessages.body, body.dropped));
  const text: Report["text"] = {};
  for (const [key, prose] of Object.entries(report.text) as [SectionKey, string][]) {
    const safe = dropXmlForbidden(prose);
    text[key] = safe.text;
    const title = formats[report.format].text.find((section) => section.key === key)?.title ?? key;
    if (safe.dropped > 0) warnings.push(xmlSafeMessages.dropped(title, safe.dropped));
  }
  return warnings.length === 0 ? { report, warnings } : { report: { ...report, body: body.text, text }, warnings };
}
