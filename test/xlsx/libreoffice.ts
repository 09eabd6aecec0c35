import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

// LibreOffice, headless, as a second spreadsheet program: it opens our files, recalculates every formula and saves
// them with its results (or as CSV, the values as shown). scripts/ensure-libreoffice.sh installs it before npm test.

const run = promisify(execFile);

/** LibreOffice keeps the results an .xlsx file carries unless told to recalculate on load: “always” is 0. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each file in LibreOffice, recalculates and saves it to `outDir` as `to` (same base name); txt for documents,
 * pdf for what a sheet prints (conditional formats painted).
 * `allSheets`: CSV of every sheet, each as `<base>-<sheet name>.csv` (LibreOffice 7.2 and later), values as shown.
 */
export async function convertWithLibreOffice(
  files: readonly string[],
  to: "xlsx" | "csv" | "txt" | "pdf",
  outDir: string,
  allSheets = false,
): Promise<void> {
  // A fresh profile per run: two runs sharing one would clash on its lock.
  const profile = mkdtempSync(join(tmpdir(), "lo-"));
  mkdirSync(join(profile, "user"));
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  // CSV as UTF-8 (filter token 76), comma-separated (44), quoted with " (34); LibreOffice's default is the locale's.
  // Every sheet: token 9 (values as shown) true, token 12 (sheet to export) -1.
  const csv = allSheets ? "44,34,76,1,,0,false,true,true,false,false,-1" : "44,34,76";
  const filter =
    to === "csv" ? `csv:Text - txt - csv (StarCalc):${csv}` : to === "txt" ? "txt:Text (encoded):UTF8" : to;
  try {
    await run(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", outDir, ...files],
      { timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
