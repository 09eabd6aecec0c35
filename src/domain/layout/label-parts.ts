// Where a printed label may wrap. Word and LibreOffice break Chinese text between any two characters, so a label in a
// narrow column comes out as “（三 / ）不 / 予公 / 开”; a document that wants it whole chooses its own breaks. A label
// is cut into the parts no line may split: its enumeration marker (（三）, 一、, 1.) and its words, each word with the
// punctuation that may not begin or end a line. Words come from the platform's Chinese word breaker (Intl.Segmenter),
// whose dictionary cuts this vocabulary finer than a reader would (复|议, 补|正, 申请|人): a character it leaves
// alone joins the word before it, or the word after it when it is a negation or adverb that leads one (不予, 已获取).

/** An enumeration marker at the start of a label: （三）, 三、, 1. or 1、. */
const MARKER = /^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+[.、．])/u;
/** Punctuation that may not begin a line: it stays with the part before it. */
const CLOSING = /^[、，。；：！？）”’》」』】]+$/u;
/** Punctuation that may not end a line: it stays with the part after it. */
const OPENING = /^[（“‘《「『【]+$/u;
/** Characters that lead the word after them: 不掌握, 无正当理由, 未按, 仍不明确, 已获取, 其政府, 或重新, 这一情形, 三类. */
const LEADING = /^[不无未仍已其或非再这一二三四五六七八九十]$/u;
/** A quotation is one part: a term (“三安全一稳定”), not words to wrap. */
const QUOTATION = /“[^“”]*”/gu;

/**
 * The platform's word breaker, where it has one (an Office without it, such as one showing add-ins in Edge Legacy,
 * has each character as a word: labels then wrap as before, only their markers and punctuation kept together).
 */
const wordBreaker =
  typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh-CN", { granularity: "word" }) : undefined;

const segments = (text: string): string[] =>
  wordBreaker ? Array.from(wordBreaker.segment(text), ({ segment }) => segment) : [...text];

/** The label's words as the word breaker gives them, each quotation as one. */
function words(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const quote of text.matchAll(QUOTATION)) {
    out.push(...segments(text.slice(from, quote.index)), quote[0]);
    from = quote.index + quote[0].length;
  }
  out.push(...segments(text.slice(from)));
  return out;
}

/** The parts of a label that a line may not split, in order; joined, they give the label back. */
export function labelParts(label: string): string[] {
  const marker = MARKER.exec(label)?.[0] ?? "";
  const parts: string[] = [];
  // Text waiting for the word it leads: opening punctuation, a leading character, a lone character at the start.
  let pending = "";
  const push = (part: string) => {
    parts.push(part);
    pending = "";
  };
  for (const word of words(label.slice(marker.length))) {
    const last = parts.length - 1;
    const lone = wordBreaker !== undefined && [...word].length === 1 && !CLOSING.test(word) && !OPENING.test(word);
    if (CLOSING.test(word)) {
      if (pending !== "") push(pending + word);
      else if (last >= 0) parts[last] += word;
      else pending = word;
    } else if (OPENING.test(word) || (lone && LEADING.test(word))) pending += word;
    else if (lone && pending === "" && last >= 0 && !CLOSING.test(parts[last]!.slice(-1))) parts[last] += word;
    else if (lone && pending === "") pending = word;
    else push(pending + word);
  }
  if (pending !== "") push(pending);
  return marker ? [marker, ...parts] : parts;
}
