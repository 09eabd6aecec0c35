import { useCallback, useState } from "react";
import { reportTitle } from "../../domain";
import type { ReportSheetRef, WorkbookActions } from "../workbook-actions";
import type { useHostAction } from "./useHostAction";

type Host = ReturnType<typeof useHostAction>;

/**
 * 导出 Word: the same document `nianbao export --docx` writes, built from the open workbook and saved by the browser.
 * The file name it reports belongs to the report exported: once another report is current, it is not shown.
 */
export function useWordExport(actions: WorkbookActions, host: Host, sheet: ReportSheetRef | undefined) {
  const [done, setDone] = useState<{ sheet: string; name: string } | undefined>(undefined);
  const { run } = host;
  const exportWord = useCallback(async () => {
    if (!sheet) return;
    const name = await run(async () => {
      // The Word writer is a large part of the pane's code and only this button needs it: load it when asked.
      const [{ Packer }, { buildReportDocument }, report] = await Promise.all([
        import(/* webpackChunkName: "word" */ "docx"),
        import(/* webpackChunkName: "word" */ "../../files/docx/write-docx"),
        actions.readReport(sheet),
      ]);
      const blob = await Packer.toBlob(buildReportDocument(report));
      const fileName = `${reportTitle(report.body, report.year)}.docx`;
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = fileName;
      link.click();
      // The browser has taken the file once the click is handled; release the blob after that.
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return fileName;
    });
    if (name) setDone({ sheet: sheet.tablesSheet, name });
  }, [actions, run, sheet]);
  const exported = done && done.sheet === sheet?.tablesSheet ? done.name : undefined;
  return { exportWord, exported };
}
