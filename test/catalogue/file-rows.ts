import { join } from "node:path";
import { toReportJson } from "../../src/domain";
import { HUANCUI, readFixture, withCellChanged } from "../helpers/fixture";
import {
  fifo,
  file,
  inNewFolder,
  goodReport,
  link,
  nested,
  page,
  reportJson,
  sparse,
  withOverview,
  withProblems,
  workDir,
} from "./inputs";
import { check, type Row, MB } from "./row";

// The catalogue's text doors: .txt, .html and .json files, and paths that are not report files at all.

/** Report JSON of a 2020 report with some fields replaced. */
const json2019 = (data: object) => JSON.stringify({ ...toReportJson(goodReport("某局", 2020)), ...data });

const txt: Row[] = [
  { name: "txt: the published report", args: () => check(HUANCUI), code: 0, says: "共 1 个文件：错误 0 处，警告 1 处" },
  { name: "txt: empty", args: () => check(file("empty.txt")), code: 2, says: "无法读取：" },
  { name: "txt: only white space", args: () => check(file("blank.txt", " \n\t\n　\n")), code: 2, says: "无法读取：" },
  {
    name: "txt: random bytes",
    args: () => check(file("noise.txt", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "txt: a NUL in every other byte",
    args: () => check(file("nul.txt", "\0a".repeat(2000))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "txt: a title only",
    args: () => check(file("title.txt", "某局2023年政府信息公开工作年度报告\n")),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "txt: just over the size limit (sparse)",
    args: () => check(sparse("big.txt", 21 * MB)),
    code: 2,
    says: "文件过大",
  },
  { name: "txt: 600 MB (sparse)", args: () => check(sparse("huge.txt", 600 * MB)), code: 2, says: "文件过大" },
  {
    name: "txt: a broken 勾稽关系",
    args: () => check(file("broken.txt", withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "3"))),
    code: 1,
    says: "不等于第三项加第四项之和（3）",
  },
  {
    name: "txt: a cell written 约5",
    args: () => check(file("about.txt", withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "约5"))),
    code: 1,
    says: "“约5”不是数字",
  },
  {
    name: "txt: cut after table 二",
    args: () => check(file("cut.txt", readFixture().split("三、收到和处理")[0])),
    code: 0,
    says: "个单元格未读到",
  },
  {
    name: "txt: ReDoS prose 本年度新收+共计×32+啊5件。",
    args: () => check(file("redos.txt", withOverview(`本年度新收${"共计".repeat(32)}啊5件。`))),
    code: 0,
    says: "共 1 个文件",
  },
  {
    name: "txt: 60,000 digits in section 一",
    args: () => check(file("digits.txt", withOverview("1".repeat(60_000)))),
    code: 0,
    says: "共 1 个文件",
  },
  {
    name: "txt: 40,000 Chinese numerals in section 一",
    args: () => check(file("numerals.txt", withOverview("三".repeat(40_000)))),
    code: 0,
    says: "共 1 个文件",
  },
  {
    name: "txt: 2019年将继续 ×20,000 in section 五",
    args: () => check(file("plans.txt", withProblems("2019年将继续".repeat(20_000)))),
    code: 0,
    says: "共 1 个文件",
    never: "内部错误",
  },
  {
    name: "txt: 2019年将继续 ×3,000 in section 五 (once 72 MB of warnings)",
    args: () => check(file("plans3000.txt", withProblems("2019年将继续".repeat(3_000)))),
    code: 0,
    says: "共 1 个文件",
    maxChars: 20_000,
  },
  {
    name: "json: UTF-16 BE with BOM",
    args: () => check(file("utf16be.json", Buffer.from(`\uFEFF${reportJson()}`, "utf16le").swap16())),
    code: 0,
    says: "未发现问题",
  },
  {
    name: "txt: an escape sequence in a cell",
    args: () => check(file("esc.txt", withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "\x1b[2J5"))),
    code: 1,
    says: "“\\u001b[2J5”",
    never: "\x1b[2J",
  },
  {
    name: "txt: an escape sequence and a bidi override in the file's name",
    args: () => check(file("a\x1b]0;x\x07\u202etxt.txt", readFixture())),
    code: 0,
    says: "a\\u001b]0;x\\u0007\\u202etxt.txt：警告",
    never: "\u202e",
  },
  {
    name: "txt: a second report in the same file",
    args: () => check(file("two.txt", `${readFixture()}\n${readFixture()}`)),
    code: 0,
    says: "文件中还有另一份报告",
  },
  {
    name: "txt: a figure row before the first heading",
    args: () =>
      check(file("stray.txt", readFixture().replace("\t第二十条第（一）项", "规章\t5\t6\t7\n\t第二十条第（一）项"))),
    code: 0,
    says: "标题之前的数字“5 6 7”不属于任何一项",
  },
  {
    name: "txt: a figure beyond 2^53",
    args: () =>
      check(file("2p53.txt", withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "9007199254740993"))),
    code: 1,
    says: "9007199254740993",
  },
];

const html: Row[] = [
  { name: "html: a good page", args: () => check(file("good.html", page())), code: 0, says: "未发现问题" },
  { name: "html: empty", args: () => check(file("empty.html")), code: 2, says: "无法读取：" },
  {
    name: "html: no table",
    args: () => check(file("none.html", "<html><body><p>通知</p></body></html>")),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "html: <div> nested 5,000 deep",
    args: () => check(file("div.html", nested("<div>", "</div>", 5_000))),
    code: 2,
    says: "无法识别报告格式",
    never: "内部错误",
  },
  {
    name: "html: 40,000 table rows",
    args: () =>
      check(file("rows.html", nested("<table>", "</table>", 1, "<tr><td>本年新收</td><td>1</td></tr>".repeat(40_000)))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "html: over the size limit (sparse)",
    args: () => check(sparse("big.html", 21 * MB)),
    code: 2,
    says: "文件过大",
  },
  {
    name: "html: a copy hidden by a CSS class",
    args: () =>
      check(
        file(
          "hidden.html",
          page().replace(
            "<body>",
            `<head><style>.x{display:none}</style></head><body><div class="x">${page(Object.assign(goodReport(), {}))}</div>`,
          ),
        ),
      ),
    code: 0,
    says: "未发现问题",
  },
  {
    name: "html: a script tag in a cell",
    args: () => check(file("script.html", page().replace("<body>", "<body><script>alert(1)</script>"))),
    code: 0,
    says: "未发现问题",
  },
  {
    name: "html: tables nested 4,000 deep",
    args: () => check(file("table.html", nested("<table><tr><td>", "</td></tr></table>", 4_000))),
    code: 2,
    says: "无法识别报告格式",
    never: "内部错误",
  },
  {
    name: "html: <span> nested 5,000 deep in a cell",
    args: () => check(file("span.html", nested("<table><tr><td>", "</td></tr></table>", 1, "<span>".repeat(5_000)))),
    code: 2,
    says: "无法识别报告格式",
    never: "内部错误",
  },
];

const json: Row[] = [
  { name: "json: a good report", args: () => check(file("good.json", reportJson())), code: 0, says: "未发现问题" },
  { name: "json: empty", args: () => check(file("empty.json")), code: 2, says: "不是有效的 JSON 文件" },
  {
    name: "json: a syntax error on line 3",
    args: () => check(file("syntax.json", '{\n  "schema": "nianbao.report/1",\n  "format": 2021,,\n}')),
    code: 2,
    says: "第 3 行",
  },
  { name: "json: null", args: () => check(file("null.json", "null")), code: 2, says: "无法读取：" },
  { name: "json: an array", args: () => check(file("array.json", "[]")), code: 2, says: "无法读取：" },
  { name: "json: an empty object", args: () => check(file("object.json", "{}")), code: 2, says: "无法读取：" },
  {
    name: "json: an unknown cell key",
    args: () => check(file("key.json", reportJson().replace('"rules.issued":0', '"rules.isued":0'))),
    code: 2,
    says: "没有单元格“rules.isued”",
    never: "(key)",
  },
  {
    name: "json: 130,000 unknown keys",
    args: () =>
      check(
        file(
          "keys.json",
          JSON.stringify({
            ...toReportJson(goodReport()),
            tables: {
              disclosure: Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [`k${i}`, 1])),
              applications: {},
              appeals: {},
            },
          }),
        ),
      ),
    code: 2,
    says: "……另有 129950 条未列出",
  },
  {
    name: "json: year 1900",
    args: () => check(file("1900.json", reportJson().replace('"year":2023', '"year":1900'))),
    code: 2,
    says: "year",
  },
  {
    name: "json: a 2021 report in the 2019 format",
    args: () => check(file("fmt.json", reportJson().replace('"format":"2021"', '"format":"2019"'))),
    code: 2,
    says: "2019 格式",
  },
  {
    name: "json: with a UTF-8 BOM",
    args: () => check(file("bom.json", `\uFEFF${reportJson()}`)),
    code: 0,
    says: "未发现问题",
  },
  {
    name: "json: UTF-16 LE with BOM",
    args: () =>
      check(file("utf16.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reportJson(), "utf16le")]))),
    code: 0,
    says: "未发现问题",
  },
  {
    name: "json: nested arrays 100,000 deep",
    args: () => check(file("deep.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`)),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "json: a body with an escape sequence",
    args: () =>
      check(
        file("body.json", JSON.stringify({ ...toReportJson(goodReport("某局\x1b]0;pwned\x07")) })),
        file("other.json", reportJson()),
      ),
    code: 0,
    says: "某局\\u001b]0;pwned\\u0007",
    never: "\x1b]0;",
  },
  {
    name: "json: a string where a number goes",
    args: () => check(file("text-year.json", json2019({ year: "2020" }))),
    code: 2,
    says: "year",
    never: "string",
  },
  {
    name: "json: 1e400",
    args: () => check(file("1e400.json", reportJson().replace('"rules.issued":0', '"rules.issued":1e400'))),
    code: 2,
    says: "rules.issued",
    never: "期望 数字，实际接收 数字",
  },
  {
    name: "json: a figure beyond 2^53",
    args: () => check(file("2p53.json", reportJson().replace('"rules.issued":0', '"rules.issued":9007199254740993'))),
    code: 1,
    says: "9007199254740992",
  },
];

const other: Row[] = [
  { name: "a file that is not there", args: () => check(join(workDir, "missing.txt")), code: 2, says: "文件不存在" },
  {
    name: "an unknown extension",
    args: () => check(file("report.csv", "a,b")),
    code: 2,
    says: "不支持的文件类型“.csv”",
  },
  { name: "no extension", args: () => check(file("README", "x")), code: 2, says: "无扩展名" },
  {
    name: "a FIFO named on the command line",
    args: () => {
      const path = inNewFolder("pipe.txt");
      fifo(path);
      return check(path);
    },
    code: 2,
    says: "不是普通文件",
  },
  {
    name: "/dev/zero named as a .txt link",
    args: () => {
      const path = inNewFolder("zero.txt");
      link("/dev/zero", path);
      return check(path);
    },
    code: 2,
    says: "不是普通文件",
  },
];

export const fileRows: Row[] = [...txt, ...html, ...json, ...other];
