import { apiNotFound } from "./errors";
import type { Session } from "./session";

/**
 * The ExcelApi level the preview answers by default: 1.20, the set that brings `mergeUndoGroup` (the RunOptions page,
 * learn.microsoft.com/javascript/api/excel/excel.runoptions). Tests and preview.html?api=1.8 set lower levels.
 */
export const DEFAULT_API_LEVEL = 20;

/** "1.8" → 8; undefined for anything that is not an ExcelApi 1.x version the preview knows. */
export function parseApiLevel(text: string | null | undefined): number | undefined {
  const match = /^1\.(\d{1,2})$/.exec(text ?? "");
  const minor = match ? Number(match[1]) : undefined;
  return minor !== undefined && minor >= 1 && minor <= DEFAULT_API_LEVEL ? minor : undefined;
}

/**
 * Office.context.requirements.isSetSupported as a host at that level answers it: ExcelApi up to the level; the
 * shared runtime (the manifest's <Runtimes>, SharedRuntime 1.1); ExcelUndoApiAll, which the page "Undo capabilities of
 * Excel add-ins" names for checking undo support, from ExcelApi 1.20 on (undo grouping's set).
 */
export function isSetSupportedAt(level: number, name: string, version?: string): boolean {
  const [major = 0, minor = 0] = (version ?? "1.1").split(".").map(Number);
  if (name === "ExcelApi") return major === 1 && minor <= level;
  if (name === "SharedRuntime") return major === 1 && minor <= 1;
  if (name === "ExcelUndoApiAll") return level >= 20 && major === 1 && minor === 0;
  return false;
}

/** Fails the operation with ApiNotFound when the host's level is below the API's requirement set (ExcelApi 1.minor). */
export function requireApi(session: Session, minor: number, api: string): void {
  if (session.apiLevel < minor) throw apiNotFound(api, `1.${minor}`);
}
