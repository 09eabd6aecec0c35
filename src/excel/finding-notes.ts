import { describeFinding, formats, refId, toA1, type Finding, type FormatId, type SheetLayout } from "../domain";
import type { FoundCell } from "./read-report";
import { NOTE_MARK } from "./strings.zh-CN";

// A finding's text as a note on its cell (ExcelApi 1.18 notes; older hosts get the fill alone). The add-in's notes
// carry NOTE_MARK: those it rewrites and removes, a person's note it never touches, nor does it add one beside it.
//
// Notes are found by cell address, but where a figure cell is now is only known after the sync that reads its name.
// So the first sync also looks for notes where the cell was at the last check in this session and where the template
// put it; a cell found at neither (rows inserted since) is left alone this time and set right at the next check.
// This keeps every check within its two syncs.

type Position = { row: number; col: number };

/** Where each sheet's figure cells were at its last check in this session, by tables sheet and refId. */
const lastPositions = new Map<string, Map<string, Position>>();

type Probe = { at: Position; note: Excel.Note };

/** What the first sync found: the sheet's notes, and the note (or null object) where each figure cell may be. */
export type NoteReading = { all: Excel.NoteCollection; expected: Map<string, Probe[]> };

/** Whether the host has cell notes (ExcelApi 1.18). */
function notesSupported(sheet: Excel.Worksheet): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.18") && "notes" in sheet;
}

// Anywhere in the text, not only at its start: desktop Excel may put the author's name on a note's first line.
const isOurs = (content: string): boolean => content.includes(NOTE_MARK);

/** Whether a finding shows on its cells: dismissed warnings do not, nor blank-cell warnings (they list every empty
 * cell, and painting them all would colour a template being filled in). */
export const showsOnCells = (finding: Finding): boolean => !finding.dismissed && finding.code !== "cell.blank";

/**
 * The cells a finding marks (fill and note): the cells a person would change. A total that does not add up marks the
 * total alone (not the twenty cells it sums); other findings mark all their cells.
 */
export function cellsToMark(finding: Finding): Finding["cells"] {
  return finding.code === "sum.mismatch" ? finding.cells.slice(0, 1) : finding.cells;
}

/** Queues the reads of the notes on the figure cells; undefined where the host has no notes. */
export function queueNotesRead(sheet: Excel.Worksheet, name: string, layout: SheetLayout): NoteReading | undefined {
  if (!notesSupported(sheet)) return undefined;
  const last = lastPositions.get(name);
  const expected = new Map<string, Probe[]>();
  const probe = (at: Position): Probe => ({ at, note: sheet.notes.getItemOrNullObject(toA1(at.row, at.col)) });
  for (const cell of layout.cells) {
    if (!cell.ref) continue;
    const before = last?.get(refId(cell.ref));
    const moved = before && (before.row !== cell.row || before.col !== cell.col);
    const probes = [probe({ row: cell.row, col: cell.col }), ...(moved ? [probe(before)] : [])];
    for (const { note } of probes) note.load("content");
    expected.set(refId(cell.ref), probes);
  }
  return { all: sheet.notes.load("items/content"), expected };
}

/** Each marked cell's note text: the add-in's mark, then one line per finding, errors first. */
export function noteTexts(format: FormatId, findings: readonly Finding[]): Map<string, string> {
  const lines = new Map<string, string[]>();
  const ordered = [...findings].sort((a, b) => Number(b.severity === "error") - Number(a.severity === "error"));
  for (const finding of ordered) {
    if (!showsOnCells(finding)) continue;
    const line = describeFinding(formats[format], finding);
    for (const cell of cellsToMark(finding)) lines.set(refId(cell), [...(lines.get(refId(cell)) ?? []), line]);
  }
  return new Map([...lines].map(([id, texts]) => [id, [NOTE_MARK, ...new Set(texts)].join("\n")]));
}

/**
 * The note writes that make the sheet's notes match the findings (add, rewrite or delete the add-in's notes), as
 * functions to call inside the write that marks the fills; none when the notes are right already.
 */
export function planNotes(
  sheet: Excel.Worksheet,
  name: string,
  reading: NoteReading,
  cells: ReadonlyMap<string, FoundCell>,
  texts: ReadonlyMap<string, string>,
): (() => void)[] {
  lastPositions.set(name, new Map([...cells].map(([id, cell]) => [id, { row: cell.row, col: cell.col }])));
  const writes: (() => void)[] = [];
  // A cell is known when it is where the note was looked for; only known cells are written.
  const known = [...cells].flatMap(([id, cell]) => {
    const found = reading.expected.get(id)?.find(({ at }) => at.row === cell.row && at.col === cell.col);
    return found ? [{ id, cell, note: found.note }] : [];
  });
  const ourNotes = reading.all.items.filter((note) => isOurs(note.content));
  const ourKnown = known.filter(({ note }) => !note.isNullObject && isOurs(note.content));
  // Notes of ours that are not on a known cell (left behind when rows moved): all of ours go, and are written anew.
  const clearAll = ourNotes.length > ourKnown.length;
  if (clearAll) for (const note of ourNotes) writes.push(() => note.delete());
  for (const { id, cell, note } of known) {
    const text = texts.get(id);
    const ours = !note.isNullObject && isOurs(note.content);
    if (!note.isNullObject && !ours) continue;
    if (ours && !clearAll) {
      if (text === undefined) writes.push(() => note.delete());
      else if (note.content !== text) writes.push(() => (note.content = text));
    } else if (text !== undefined) {
      writes.push(() => sheet.notes.add(sheet.getCell(cell.row, cell.col), text));
    }
  }
  return writes;
}
