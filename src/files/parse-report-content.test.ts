import { readFixture } from "../../test/helpers/fixture";
import { parseReportContent } from "./parse-report-content";

// A published report read from text is usable as far as it goes: a partial reading is a report with the cells it
// could not read and why; only a text with nothing readable is refused.

const FIXTURE = readFixture();

describe("parseReportContent on published text", () => {
  it("reads the whole fixture with nothing unread and no notes", () => {
    const parsed = parseReportContent("报告.txt", FIXTURE);
    expect(parsed).toMatchObject({ ok: true, report: { format: "2019", year: 2019 } });
    expect(parsed).not.toHaveProperty("unread");
    expect(parsed).not.toHaveProperty("notes");
  });

  it("reads a report cut after table 二: tables 三 and 四 unread, and says so", () => {
    const cut = FIXTURE.slice(0, FIXTURE.indexOf("三、收到和处理政府信息公开申请情况"));
    const parsed = parseReportContent("报告.txt", cut);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.report.tables.disclosure["procurement.count"]).toBe(999);
    expect(parsed.unread?.map((ref) => ref.table)).toEqual([
      ...Array<string>(23 * 7).fill("applications"),
      ...Array<string>(15).fill("appeals"),
    ]);
    expect(parsed.notes).toEqual([
      "未找到“三、收到和处理政府信息公开申请情况”部分；该表未读取",
      "未找到“四、政府信息公开行政复议、行政诉讼情况”部分；该表未读取",
    ]);
  });

  it("says once, not row by row, that a table stops part-way (a page copied in parts)", () => {
    const start = FIXTURE.indexOf("三、收到和处理政府信息公开申请情况");
    const cut = FIXTURE.slice(0, FIXTURE.indexOf("二、上年结转", start));
    const parsed = parseReportContent("报告.txt", cut);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.notes?.filter((note) => note.includes("未找到“二、上年结转"))).toEqual([
      "三、收到和处理政府信息公开申请情况：未找到“二、上年结转政府信息公开申请数量”至“四、结转下年度继续办理”等 22 行；这些行未读取",
    ]);
    expect(parsed.notes?.some((note) => note.includes("未找到“（七）总计”"))).toBe(false);
  });

  it("says a row was not read without refusing its table", () => {
    const text = FIXTURE.replace("\t行政许可\n\t0\n", "\t行政许可\n");
    const parsed = parseReportContent("报告.txt", text);
    expect(parsed).toMatchObject({
      ok: true,
      unread: [
        { table: "disclosure", key: "licensing.lastYearItems" },
        { table: "disclosure", key: "licensing.change" },
        { table: "disclosure", key: "licensing.decisions" },
      ],
      notes: ["二、主动公开政府信息情况：“行政许可”一行只读到 2 个数字，应为 3 个；该行未读取"],
    });
  });

  it("refuses a text in which no cell could be read, saying why", () => {
    const parsed = parseReportContent("报告.txt", "某局2025年政府信息公开工作年度报告\n一、总体情况\n无。");
    expect(parsed).toEqual({
      ok: false,
      errors: [
        "未找到“二、主动公开政府信息情况”部分；该表未读取",
        "未找到“三、收到和处理政府信息公开申请情况”部分；该表未读取",
        "未找到“四、政府信息公开行政复议、行政诉讼情况”部分；该表未读取",
      ],
    });
  });

  it("refuses a text whose year and format are unknown, naming the options", () => {
    expect(parseReportContent("报告.txt", "我局认真做好政府信息公开工作。")).toEqual({
      ok: false,
      errors: [
        "无法识别报告格式：未找到 2019 格式或 2021 格式表格的栏目名称；请用 --format 指定格式（2019 或 2021）",
        "无法确定报告年度：标题、统计期限、“一、总体情况”和文件名中都没有写明年份；请用 --year 指定年度",
      ],
    });
  });
});
