import JSZip from "jszip";

// exceljs reads a cell's lock only when written as locked="0", but LibreOffice writes locked="false": to see what a
// LibreOffice-saved file says, read the parts of the package directly (jszip comes with exceljs).

/** Whether a cell of the n-th sheet (0-based) is locked, as the file's styles say (Excel's default: locked). */
export async function isLocked(buffer: Buffer, sheetIndex: number, address: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(buffer);
  const sheet = (await zip.file(`xl/worksheets/sheet${sheetIndex + 1}.xml`)?.async("string")) ?? "";
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const styleIndex = Number(new RegExp(`<c r="${address}"[^>]*?\\ss="(\\d+)"`).exec(sheet)?.[1] ?? 0);
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const xf = cellXfs.match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)?.[styleIndex] ?? "";
  const locked = /<protection[^>]*\slocked="([^"]*)"/.exec(xf)?.[1];
  return !(locked === "0" || locked === "false");
}

/** The n-th sheet's protection as written: on or off, and whether a password guards it. */
export async function sheetProtection(buffer: Buffer, sheetIndex: number): Promise<{ on: boolean; password: boolean }> {
  const zip = await JSZip.loadAsync(buffer);
  const sheet = (await zip.file(`xl/worksheets/sheet${sheetIndex + 1}.xml`)?.async("string")) ?? "";
  const element = /<sheetProtection\b[^>]*>/.exec(sheet)?.[0] ?? "";
  return {
    on: /\ssheet="(1|true)"/.test(element),
    password: /\s(password|hashValue)="/.test(element),
  };
}

/** The n-th sheet's frozen pane as written (<pane state="frozen">): its split, first scrolling cell and state. */
export async function frozenPane(
  buffer: Buffer,
  sheetIndex: number,
): Promise<{ xSplit: number; ySplit: number; topLeftCell: string; state: string } | undefined> {
  const zip = await JSZip.loadAsync(buffer);
  const sheet = (await zip.file(`xl/worksheets/sheet${sheetIndex + 1}.xml`)?.async("string")) ?? "";
  const pane = /<pane\b[^>]*>/.exec(sheet)?.[0];
  if (pane === undefined) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(pane)?.[1];
  return {
    xSplit: Number(attribute("xSplit") ?? 0),
    ySplit: Number(attribute("ySplit") ?? 0),
    topLeftCell: attribute("topLeftCell") ?? "",
    state: attribute("state") ?? "",
  };
}
