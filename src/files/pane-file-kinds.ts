/**
 * The kinds the pane's 上年报告 picker reads (its `accept`): the text kinds and Word. PDF needs pdfjs's worker in the
 * browser and .xlsx a workbook reader there: both are read by the command line only, for now. A module of its own,
 * without imports, so that the picker's first download carries nothing of the readers.
 */
export const PANE_PREVIOUS_EXTENSIONS = [".docx", ".html", ".htm", ".txt", ".json"] as const;
