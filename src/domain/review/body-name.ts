// Reports of one body come from different hands and readers: “某县人民政府”, “某县 政府”, “某县政府（办公室）” and
// “某县政府(办公室)” are one body. The key below is what they share; the name shown is the one the report wrote.

const BRACKETS: Record<string, string> = {
  "（": "(",
  "［": "(",
  "【": "(",
  "[": "(",
  "）": ")",
  "］": ")",
  "】": ")",
  "]": ")",
};

/** The key that one body's names share: no spaces, one kind of bracket, 人民政府 said as 政府, full-width folded. */
export function bodyKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[（［【[）］】\]]/g, (bracket) => BRACKETS[bracket] ?? bracket)
    .replace(/人民政府/g, "政府");
}

/** The last part of a file path (either separator), for naming a file in a sentence. */
export function fileLabel(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1) || file;
}

/**
 * A body's name guessed from its file's name when the report does not say (“某区教育局2024年报告.pdf” → 某区教育局):
 * the extension, years and the words for the report taken away; "" when nothing is left.
 */
export function bodyFromFileName(file: string): string {
  const named = fileLabel(file)
    .replace(/\.[^.]*$/, "")
    .replace(/[0-9０-９]{4}\s*年?度?/g, "")
    .replace(/政府信息公开工作年度报告|政府信息公开年度报告|年度报告|年报|报告/g, "");
  return withoutTrailingNote(named)
    .replace(/[-_\s.]+/g, "")
    .trim();
}

/**
 * A bracketed note at the end taken away (“某局（终稿）” → 某局), by position rather than a pattern: a pattern for it
 * can be tried from every opening bracket of a long name (test/redos.test.ts).
 */
function withoutTrailingNote(name: string): string {
  if (!name.endsWith(")") && !name.endsWith("）")) return name;
  const open = Math.max(name.lastIndexOf("("), name.lastIndexOf("（"));
  const note = name.slice(open + 1, -1);
  return open >= 0 && !note.includes(")") && !note.includes("）") ? name.slice(0, open) : name;
}
