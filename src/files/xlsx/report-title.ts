import { readTitle } from "../../domain/text-reader/detect";
import type { SheetView } from "./shown-values";

// The report title a sheet carries above its tables: “某市某局2025年政府信息公开工作年度报告”.

const TITLE_MARK = "政府信息公开工作年度报告";

/** The body and year named by the first cell of a sheet that reads as a report title; nothing when there is none. */
export function titleOfSheet(view: SheetView | undefined): { body: string; year?: number } | undefined {
  const title = view?.texts.find(({ text }) => text.replace(/\s+/g, "").includes(TITLE_MARK));
  return title && readTitle([title.text.replace(/\s+/g, "")]);
}

/** The body named by a sheet's report title, or "" when the sheet has none. */
export function bodyOfSheet(view: SheetView | undefined): string {
  return titleOfSheet(view)?.body ?? "";
}
