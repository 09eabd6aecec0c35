/**
 * Splits clipboard text copied from a spreadsheet (rows by newline, cells by tab) into a rectangular block.
 * Short rows are padded with "" so the block stays rectangular, as Excel's paste does; the line break that
 * spreadsheets add after the last row does not make an extra row.
 */
export function parsePasteBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const rows = lines.map((line) => line.split("\t"));
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
}
