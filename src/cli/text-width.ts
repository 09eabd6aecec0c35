// Terminal columns of text: Chinese characters and full-width forms take two columns, so tables of file names and
// bodies line up only when widths are counted this way (East Asian Wide and Fullwidth characters).

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** How many terminal columns the text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** The text padded with spaces to a width, on the right (`end`) or on the left (`start`, for numbers). */
export function pad(text: string, width: number, side: "start" | "end" = "end"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return side === "end" ? text + fill : fill + text;
}

/** The text cut to a width, keeping its end (a file's name) behind a leading “…”. */
export function keepEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let kept = "";
  for (let i = chars.length - 1; i >= 0; i--) {
    const next = (chars[i] ?? "") + kept;
    if (displayWidth(next) > width - 1) break;
    kept = next;
  }
  return `…${kept}`;
}
