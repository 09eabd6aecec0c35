/**
 * The kinds the pane's 上年报告 picker reads (its `accept`): the text kinds, Word and PDF. An .xlsx needs a workbook
 * reader in the browser: it is read by the command line only, for now. A module of its own,
 * without imports, so that the picker's first download carries nothing of the readers.
 */
export const PANE_PREVIOUS_EXTENSIONS = [".docx", ".pdf", ".html", ".htm", ".txt", ".json"] as const;
