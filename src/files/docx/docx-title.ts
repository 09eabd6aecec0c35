import { labelParts, reportTitle } from "../../domain";
import { ems, SLACK } from "./docx-columns";
import { SIZES, TEXT_WIDTH } from "./docx-style";

// The report's title in lines of whole words. Left to Word or LibreOffice, a title too long for one line breaks
// wherever the line ends, “…工作年度报 / 告”. A title that does not fit is written as offices set it: the body's name,
// then “2023年政府信息公开工作年度报告” on a line of its own, each wrapped only between the parts labelParts keeps
// whole, so a long body name wraps between its words. With the name on the line above, a reader of the document
// still finds it (readTitle takes a body named on the line above a title without one).

/** Ems of the title's type on a line as wide as the text. */
const ROOM = TEXT_WIDTH / (SIZES.title * 10) - SLACK;

/**
 * Width of title text in ems, erring wide: the year's digits print wider than half an em where a font stands in
 * for the title's (LibreOffice: “2023” 2.8 ems), and a run of Latin characters gets space either side of it.
 */
const titleEms = (text: string): number =>
  ems(text) + (text.match(/[\x21-\x7e]/gu)?.length ?? 0) * 0.25 + (text.match(/[\x21-\x7e]+/gu)?.length ?? 0) * 0.25;

/** Parts as many to a line as fit. */
function fill(parts: readonly string[]): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length - 1;
    if (last >= 0 && titleEms(lines[last]! + part) <= ROOM) lines[last] += part;
    else lines.push(part);
  }
  return lines;
}

/** The lines of a report's title as printed: one when it fits, else the body's lines, then the rest's. */
export function titleLines(body: string, year: number): string[] {
  const title = reportTitle(body, year);
  if (titleEms(title) <= ROOM) return [title];
  const parts = labelParts(title);
  // The part that ends the body's name, when one does (the word breaker could join a name's end to the year).
  let length = 0;
  const bodyEnd = parts.findIndex((part) => (length += part.length) === body.length);
  if (bodyEnd < 0) return fill(parts);
  return [...fill(parts.slice(0, bodyEnd + 1)), ...fill(parts.slice(bodyEnd + 1))];
}
