import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { describeFinding, formats, groupFindings, ruleSource, type Finding } from "../../domain";
import type { useFindings } from "../hooks/useFindings";
import { strings } from "../strings.zh-CN";
import type { ReportSheetRef } from "../workbook-actions";
import { FindingList, type FindingListGroup } from "./FindingList/FindingList";

export type FindingsViewProps = { sheet: ReportSheetRef; checks: ReturnType<typeof useFindings> };

const findingId = (f: Finding, index: number) =>
  `${f.ruleId}:${f.code}:${f.cells.map((c) => c.key).join(",")}:${index}`;

/** The findings of the current report as the user reads them: a summary, restored totals, then the list by table. */
export function FindingsView({ sheet, checks }: FindingsViewProps) {
  const format = formats[sheet.format];
  const findings = checks.findings ?? [];
  const open = findings.filter((f) => !f.dismissed);
  const errors = open.filter((f) => f.severity === "error").length;
  const groups: FindingListGroup[] = groupFindings(format, findings).map((group) => ({
    key: group.key,
    title: group.title,
    items: group.findings.map((finding, index) => ({
      id: findingId(finding, index),
      finding,
      message: describeFinding(format, finding),
      source: ruleSource(format, finding.ruleId),
    })),
  }));
  return (
    <>
      {checks.restored.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.restored(checks.restored.length)}</MessageBarBody>
        </MessageBar>
      )}
      {checks.findings && open.length === 0 && (checks.validated || findings.length === 0) && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.allGood}</MessageBarBody>
        </MessageBar>
      )}
      {open.length > 0 && (
        <MessageBar intent={errors > 0 ? "error" : "warning"}>
          <MessageBarBody>{strings.summary(errors, open.length - errors)}</MessageBarBody>
        </MessageBar>
      )}
      <FindingList
        groups={groups}
        onSelect={(item) => checks.select(item.finding)}
        onDismiss={(item, reason) => void checks.dismiss(item.finding, reason)}
      />
    </>
  );
}
