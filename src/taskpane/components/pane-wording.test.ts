import { withoutTitle } from "./finding-items";
import { sheetNamesProblem } from "./InsertOutcomeBar";
import { yearProblem } from "./TemplatePicker/TemplatePicker";

describe("a finding under its table's heading", () => {
  it.each([
    ["二、主动公开政府信息情况：有 10 个单元格为空", "有 10 个单元格为空"],
    ["三、收到和处理政府信息公开申请情况 · 自然人：第一项加第二项之和", "自然人：第一项加第二项之和"],
    ["缺少“六、其他需要报告的事项”部分", "缺少“六、其他需要报告的事项”部分"],
  ])("reads %s as %s", (message, shown) => {
    const title = message.startsWith("三") ? "三、收到和处理政府信息公开申请情况" : "二、主动公开政府信息情况";
    expect(withoutTitle(message, title)).toBe(shown);
  });
});

describe("the year a report can be for", () => {
  it.each([
    ["2025", 2026, undefined],
    ["2026", 2026, undefined],
    ["2019", 2026, undefined],
    ["2018", 2026, "报告年度不能早于 2019 年"],
    ["2027", 2026, "2027 年还没有到"],
    ["二〇二五", 2026, "请填写四位数的年份"],
    ["２０２５", 2026, undefined],
    ["２０２７", 2026, "2027 年还没有到"],
    ["2025.5", 2026, "请填写四位数的年份"],
    ["", 2026, "请填写四位数的年份"],
  ])("%s in %i: %s", (text, current, problem) => {
    const said = yearProblem(text, current);
    if (problem === undefined) expect(said).toBeUndefined();
    else expect(said).toContain(problem);
  });
});

describe("names for a second copy of a year's sheets", () => {
  const taken = ["2024年报表"];
  it("takes free names Excel accepts", () => {
    expect(sheetNamesProblem({ tables: "2024年报表（2）", text: "2024年文字（2）" }, taken)).toBeUndefined();
  });
  it.each([
    [{ tables: "2024年报表", text: "2024年文字（2）" }, "已有名为“2024年报表”"],
    [{ tables: "报表", text: "报表" }, "不能相同"],
    [{ tables: "报表/2024", text: "文字" }, "工作表名称无效"],
    [{ tables: "", text: "文字" }, "工作表名称无效"],
    [{ tables: "很".repeat(32), text: "文字" }, "工作表名称无效"],
  ])("refuses %j with a sentence", (names, sentence) => {
    expect(sheetNamesProblem(names, taken)).toContain(sentence);
  });
});
