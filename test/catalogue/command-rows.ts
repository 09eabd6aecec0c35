import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { toReportJson } from "../../src/domain";
import { HUANCUI, readFixture, withCellChanged } from "../helpers/fixture";
import { fifo, file, folder, goodReport, inNewFolder, link, page, reportJson, workDir } from "./inputs";
import { check, type Row } from "./row";

// The catalogue's command doors: folders, --previous, -o, --body, and the options each command accepts.

/** A row's command line: check a new folder that `fill` fills (with paths relative to it). */
const checkFolder = (fill: (at: (name: string) => string) => void) => (): string[] => check(folder(fill));

const folders: Row[] = [
  { name: "folder: empty", args: checkFolder(() => undefined), code: 0, says: "共 0 个文件" },
  {
    name: "folder: a FIFO among good reports",
    args: checkFolder((at) => {
      fifo(at("pipe.txt"));
      writeFileSync(at("a.json"), reportJson());
    }),
    code: 0,
    says: "已跳过：不是普通文件（命名管道）",
  },
  {
    name: "folder: a link to /dev/zero",
    args: checkFolder((at) => {
      link("/dev/zero", at("zero.txt"));
      writeFileSync(at("a.json"), reportJson());
    }),
    code: 0,
    says: "已跳过：不是普通文件（设备文件）",
  },
  {
    name: "folder: a link to itself (a loop)",
    args: checkFolder((at) => {
      link(".", at("loop"));
      writeFileSync(at("a.json"), reportJson());
    }),
    code: 0,
    says: "已跳过：链接指向文件夹，未跟随",
  },
  {
    name: "folder: a link to a good report",
    args: checkFolder((at) => {
      link(file("target.json", reportJson()), at("linked.json"));
    }),
    code: 0,
    says: "共 1 个文件",
  },
  {
    name: "folder: a broken link",
    args: checkFolder((at) => {
      link(at("nowhere.json"), at("broken.json"));
    }),
    code: 0,
    says: "链接指向的文件不存在",
  },
  {
    name: "folder: a socket",
    args: checkFolder((at) => {
      writeFileSync(at("a.json"), reportJson());
      socketAt(at("s.json"));
    }),
    code: 0,
    says: "不是普通文件（套接字）",
  },
  {
    name: "folder: hidden folders and Excel owner files",
    args: checkFolder((at) => {
      mkdirSync(at(".git"));
      writeFileSync(at(".git/x.json"), "{");
      writeFileSync(at("~$a.xlsx"), "x");
    }),
    code: 0,
    says: "共 0 个文件",
  },
  {
    name: "folder: 300 files, one a bad JSON",
    args: checkFolder((at) => {
      for (let i = 0; i < 300; i++)
        writeFileSync(at(`r${String(i).padStart(3, "0")}.json`), i === 150 ? "{" : reportJson());
    }),
    code: 2,
    says: "共 300 个文件：错误 0 处，警告 0 处，1 个文件无法读取",
  },
];

const previous: Row[] = [
  {
    name: "--previous: empty",
    args: () => check(HUANCUI, "--previous", ""),
    code: 2,
    says: "选项 --previous 的值不能为空",
  },
  {
    name: "--previous: without a value",
    args: () => ["check", HUANCUI, "--previous"],
    code: 2,
    says: "选项 --previous 的值有误或缺少值",
  },
  {
    name: "--previous: not there",
    args: () => check(HUANCUI, "--previous", join(workDir, "none.json")),
    code: 2,
    says: "上年报告",
  },
  {
    name: "--previous: a bad JSON",
    args: () => check(HUANCUI, "--previous", file("prev.json", "{")),
    code: 2,
    says: "上年报告",
  },
  {
    name: "--previous: the same year",
    args: () => check(file("a.json", reportJson()), "--previous", file("p.json", reportJson())),
    code: 0,
    says: "作为上年报告的是 2023 年度报告，与本报告是同一年度",
  },
  {
    name: "--previous: a later year",
    args: () => check(file("a.json", reportJson()), "--previous", file("p.json", reportJson(goodReport("某局", 2024)))),
    code: 0,
    says: "只能与 2022 年度报告核对",
  },
  { name: "--previous: a folder", args: () => check(HUANCUI, "--previous", workDir), code: 2, says: "上年报告" },
  {
    name: "--previous: a FIFO",
    args: () => {
      const path = inNewFolder("p.txt");
      fifo(path);
      return check(HUANCUI, "--previous", path);
    },
    code: 2,
    says: "不是普通文件",
  },
  {
    name: "template --previous: not the year before",
    args: () => [
      "template",
      "--year",
      "2025",
      "--body",
      "某局",
      "--previous",
      file("p.json", reportJson()),
      "-o",
      inNewFolder("t.xlsx"),
    ],
    code: 2,
    says: "只能与 2024 年度报告核对",
  },
  {
    name: "narrate --previous: not the year before",
    args: () => ["narrate", file("a.json", reportJson()), "--previous", file("p.json", reportJson())],
    code: 2,
    says: "只能与 2022 年度报告核对",
  },
  {
    name: "check --previous: another body's, without --other-body",
    args: () => check(file("a.json", reportJson()), "--previous", file("p.json", reportJson(otherBodysLastYear()))),
    code: 2,
    says: "不是同一机关；上年结转等数字会取自另一机关的报告。本文件未核对上年结转；若确是本机关上年的报告",
  },
  {
    name: "narrate --previous: another body's, without --other-body",
    args: () => [
      "narrate",
      file("a.json", reportJson()),
      "--previous",
      file("p.json", reportJson(otherBodysLastYear())),
    ],
    code: 2,
    says: "不是同一机关；上年结转等数字会取自另一机关的报告。未起草；若确是本机关上年的报告",
  },
  {
    name: "template --previous: another body's, without --other-body",
    args: () => [
      "template",
      "--year",
      "2023",
      "--body",
      "某市某局",
      "--previous",
      file("p.json", reportJson(otherBodysLastYear())),
      "-o",
      inNewFolder("t.xlsx"),
    ],
    code: 2,
    says: "不是同一机关；上年结转等数字会取自另一机关的报告。未生成模板；若确是本机关上年的报告",
  },
];

/** 2022's report of another body than goodReport's (某市某局, 2023). */
const otherBodysLastYear = () => goodReport("某区卫生健康委员会", 2022);

const outputs: Row[] = [
  {
    name: "-o: an existing file without --force",
    args: () => ["template", "--year", "2024", "--body", "某局", "-o", file("exists.xlsx", "keep")],
    code: 2,
    says: "已存在，未覆盖",
  },
  {
    name: "-o: into a folder that does not exist",
    args: () => ["template", "--year", "2024", "--body", "某局", "-o", join(workDir, "no", "such", "t.xlsx")],
    code: 2,
    says: "无法写入",
  },
  {
    name: "-o: a folder",
    args: () => ["template", "--year", "2024", "--body", "某局", "-o", folder(() => undefined)],
    code: 2,
    says: "这是一个文件夹，不能作为输出文件",
  },
  {
    name: "-o: empty",
    args: () => ["template", "--year", "2024", "--body", "某局", "-o", ""],
    code: 2,
    says: "选项 -o 的值不能为空",
  },
  {
    name: "export -o: an existing file",
    args: () => ["export", file("a.json", reportJson()), "--docx", "-o", file("exists.docx", "keep")],
    code: 2,
    says: "已存在，未覆盖",
  },
  {
    name: "export: U+FFFE in the prose",
    args: () => [
      "export",
      file("fffe.json", JSON.stringify(toReportJson({ ...goodReport(), text: { overview: "本年度\uFFFE概况。" } }))),
      "--docx",
      "-o",
      inNewFolder("o.docx"),
    ],
    code: 0,
    says: "已导出",
  },
];

const bodies: Row[] = [
  {
    name: "--body ../../x without -o",
    inFolder: true,
    args: () => ["template", "--year", "2024", "--body", "../../x"],
    code: 0,
    says: "已生成 x2024年政府信息公开工作年度报告.xlsx",
  },
  {
    name: "--body with a slash",
    inFolder: true,
    args: () => ["template", "--year", "2024", "--body", "某市/某局"],
    code: 0,
    says: "已生成 某市_某局2024年",
  },
  {
    name: "--body with a newline and a tab",
    inFolder: true,
    args: () => ["template", "--year", "2024", "--body", "某局\n\t办公室"],
    code: 0,
    says: "已生成 某局__办公室2024年",
  },
  {
    name: "--body with an escape sequence",
    inFolder: true,
    args: () => ["template", "--year", "2024", "--body", "某局\x1b[2J"],
    code: 0,
    says: "已生成 某局_[2J2024年",
    never: "\x1b",
  },
  {
    name: "--body .hidden",
    inFolder: true,
    args: () => ["template", "--year", "2024", "--body", ".hidden"],
    code: 0,
    says: "已生成 hidden2024年",
  },
  {
    name: "--body only spaces",
    inFolder: true,
    args: () => ["template", "--year", "2024", "--body", "   "],
    code: 2,
    says: "请用 --body 指定机关名称",
  },
  {
    name: "--body starting with =",
    inFolder: true,
    args: () => ["template", "--year", "2024", "--body", "=1+1"],
    code: 0,
    says: "已生成 =1+1",
  },
];

const usage: Row[] = [
  { name: "check -o", args: () => check(HUANCUI, "-o", "x.txt"), code: 2, says: "check 命令没有选项 -o" },
  { name: "check --docx", args: () => check(HUANCUI, "--docx"), code: 2, says: "check 命令没有选项 --docx" },
  { name: "check --force", args: () => check(HUANCUI, "--force"), code: 2, says: "check 命令没有选项 --force" },
  { name: "check --body", args: () => check(HUANCUI, "--body", "某局"), code: 2, says: "check 命令没有选项 --body" },
  { name: "check --year 0x7E9", args: () => check(HUANCUI, "--year", "0x7E9"), code: 2, says: "年度“0x7E9”有误" },
  { name: "check --year 2025abc", args: () => check(HUANCUI, "--year", "2025abc"), code: 2, says: "年度“2025abc”有误" },
  { name: "check --year 2025.0", args: () => check(HUANCUI, "--year", "2025.0"), code: 2, says: "有误" },
  { name: "check --year 1999", args: () => check(HUANCUI, "--year", "1999"), code: 2, says: "2007—2100 年之间" },
  { name: "check --format 2020", args: () => check(HUANCUI, "--format", "2020"), code: 2, says: "格式“2020”有误" },
  { name: "check --colour", args: () => check(HUANCUI, "--colour"), code: 2, says: "不认识的选项 --colour" },
  { name: "narrate --json", args: () => ["narrate", HUANCUI, "--json"], code: 2, says: "narrate 命令没有选项 --json" },
  { name: "convert without --json", args: () => ["convert", HUANCUI], code: 2, says: "convert 目前只支持 --json" },
  { name: "convert --docx", args: () => ["convert", HUANCUI, "--docx"], code: 2, says: "convert 命令没有选项 --docx" },
  { name: "template --json", args: () => ["template", "--json"], code: 2, says: "template 命令没有选项 --json" },
  { name: "template with a file", args: () => ["template", HUANCUI], code: 2, says: "template 不读取报告文件" },
  { name: "an unknown command", args: () => ["verify", HUANCUI], code: 2, says: "未知的命令“verify”" },
  {
    name: "narrate of a report with errors",
    args: () => ["narrate", file("broken.txt", withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "3"))],
    code: 0,
    says: "注意：表格有 2 处错误",
  },
  {
    name: "narrate of 规章1.5件",
    args: () => ["narrate", file("half.json", reportJson().replace('"rules.issued":0', '"rules.issued":1.5'))],
    code: 0,
    says: "注意：表格有",
    never: "1.5件",
  },
  {
    name: "narrate of 采购总金额-5万元",
    args: () => [
      "narrate",
      file(
        "minus.json",
        reportJson(goodReport("某局", 2020)).replace('"procurement.amount":0', '"procurement.amount":-5'),
      ),
    ],
    code: 0,
    says: "注意：表格有",
    never: "-5万元",
  },
  {
    name: "check of a page without its title and no --year",
    args: () => check(untitledPage()),
    code: 2,
    says: "请用 --year 指定年度",
  },
  {
    name: "check --year on a page without its title",
    args: () => check(untitledPage(), "--year", "2023"),
    code: 0,
    says: "未发现问题",
  },
  {
    name: "check --year and --format on a page without its title",
    args: () => check(untitledPage(), "--year", "2023", "--format", "2021"),
    code: 0,
    says: "未发现问题",
  },
  {
    name: "convert --year on a page without its title",
    args: () => ["convert", untitledPage(), "--json", "--year", "2023"],
    code: 0,
    says: '"year": 2023',
  },
  {
    name: "export --year on a page without its title",
    args: () => ["export", untitledPage(), "--docx", "--year", "2023", "-o", inNewFolder("o.docx")],
    code: 0,
    says: "已导出",
  },
  {
    name: "narrate --year on a page without its title",
    args: () => ["narrate", untitledPage(), "--year", "2023"],
    code: 0,
    says: "2023年",
  },
];

/** A saved page that names its year nowhere: no title, no heading, a file name without a year. */
const untitledPage = (): string =>
  file(
    "untitled.html",
    page()
      .replace(/<title>.*?<\/title>/, "")
      .replace(/<h1>.*?<\/h1>/, ""),
  );

/** A listening Unix socket at the path (closed with the test process). */
function socketAt(path: string): void {
  const server = createServer();
  server.listen(path);
  server.unref();
}

export const commandRows: Row[] = [...folders, ...previous, ...outputs, ...bodies, ...usage];
