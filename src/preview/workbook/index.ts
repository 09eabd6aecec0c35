// The preview host's workbook: a local stand-in for Excel that src/excel runs on unchanged.
export { createWorkbook, PreviewWorkbook, type UiEditResult } from "./workbook";
export { installPreviewHost, createPreviewOffice, previewEnums, type PreviewExcel } from "./install";
export { PreviewError, type PreviewErrorCode } from "./errors";
export { PreviewRequestContext } from "./context";
export type { PreviewStats, RunStats } from "./stats";
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot, ValidationSnapshot } from "./snapshot";
export type { WorksheetChangedEventArgs, ChangedEventDetail } from "./event-registry";
