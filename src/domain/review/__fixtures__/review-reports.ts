import type { Report } from "../../model";
import { zeroReport } from "../../report";

// Reports as a reviewing office receives them: consistent tables and prose written for their own year, which the
// quality checks pass; tests change one thing at a time.

/** Work that differs from one year to the next, so two consecutive years' texts share little. */
const FOCUS = ["政务公开标准化规范化", "重点领域信息公开", "政策解读和回应关切", "政府网站集约化", "公开平台建设"];
const METHOD = ["完善工作台账", "加强业务培训", "优化栏目设置", "健全审核机制", "强化督促检查"];

/** Section 一 of a 2021 report covering its five parts, section 五 with problems and next year's plans, 六 the fee. */
export function writtenText(year: number, body: string): Report["text"] {
  const focus = FOCUS[year % FOCUS.length]!;
  const method = METHOD[year % METHOD.length]!;
  return {
    overview: [
      `${year}年，${body}围绕${focus}开展政府信息公开工作。`,
      "（一）主动公开",
      `${body}通过门户网站主动公开政府信息，重点做好${focus}相关信息的发布。`,
      "（二）依申请公开",
      `本年度依法办理政府信息公开申请，${method}，按时答复申请人。`,
      "（三）政府信息管理",
      `对${focus}相关文件开展合法性审查，${method}。`,
      "（四）政府信息公开平台建设",
      `围绕${focus}调整网站栏目，提升平台的可用性。`,
      "（五）监督保障",
      `将政府信息公开纳入年度考核，${method}。`,
    ].join("\n"),
    problems:
      `${year}年${body}的政府信息公开工作在${focus}方面还存在深度不够、解读不足等问题。` +
      `${year + 1}年，我们将${method}，进一步提升${METHOD[(year + 1) % METHOD.length]!}的实效。`,
    other: `本年度未收取信息处理费。${body}按照${year}年政务公开工作要点完成了各项任务。`,
  };
}

/** A 2021-format report of `year` with every figure 0 and prose of its own year. */
export function writtenReport(body: string, year: number): Report {
  const report = zeroReport("2021", year, body);
  report.text = writtenText(year, body);
  return report;
}

/** Table 三 with `received` new applications from natural persons, all disclosed, `carriedOut` left over. */
export function withApplications(report: Report, received: number, carriedOut = 0, carriedIn = 0): Report {
  const apps = report.tables.applications;
  const disclosed = received + carriedIn - carriedOut;
  for (const column of ["natural", "total"]) {
    apps[`newReceived.${column}`] = received;
    apps[`carriedIn.${column}`] = carriedIn;
    apps[`disclosed.${column}`] = disclosed;
    apps[`resultTotal.${column}`] = disclosed;
    apps[`carriedOut.${column}`] = carriedOut;
  }
  return report;
}
