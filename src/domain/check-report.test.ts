import { checkReport } from "./check-report";
import { fingerprintFinding } from "./dismissals";
import { zeroReport } from "./report";
import { parseReportJson } from "./report-json";
import { toReportJson } from "./to-report-json";

describe("dismissals carried by report JSON", () => {
  it("mark the warning they set aside with its reason, until one more cell of it is left blank", () => {
    const report = zeroReport("2021", 2025, "某局");
    delete report.tables.applications["carriedIn.total"];
    const [blank] = checkReport(report).filter((f) => f.code === "cell.blank");
    const dismissal = {
      ruleId: blank!.ruleId,
      cells: blank!.cells,
      reason: "上年结转由上级机关统计",
      fingerprint: fingerprintFinding(blank!, report),
    };
    const parsed = parseReportJson(JSON.parse(JSON.stringify(toReportJson(report, [dismissal]))));
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const findings = checkReport(parsed.report, { dismissals: parsed.dismissals });
    expect(findings.find((f) => f.code === "cell.blank")?.dismissed).toEqual({ reason: "上年结转由上级机关统计" });

    delete parsed.report.tables.applications["carriedOut.total"];
    const changed = checkReport(parsed.report, { dismissals: parsed.dismissals });
    expect(changed.find((f) => f.code === "cell.blank")).not.toHaveProperty("dismissed");
    expect(checkReport(parsed.report).find((f) => f.code === "cell.blank")).not.toHaveProperty("dismissed");
  });
});
