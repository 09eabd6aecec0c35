import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HUANCUI, readFixture, withCellChanged } from "../helpers/fixture";
import { writeReportDocx } from "../../src/files/docx/write-docx";
import {
  cellD5,
  declaringSize,
  docx,
  fifo,
  file,
  folder,
  goodReport,
  inNewFolder,
  reportJson,
  workbook,
} from "./inputs";
import { check, type Row } from "./row";

// Issue 20's rows: outputs that must never cost a file, reads that must end, and refusals that name their real cause.

const template = (output: string, ...more: string[]): string[] => [
  "template",
  "--year",
  "2024",
  "--body",
  "某局",
  "-o",
  output,
  ...more,
];

const outputs: Row[] = [
  {
    name: "export 报告.docx --docx --force: the default output is the input",
    args: async () => ["export", file("报告.docx", await writeReportDocx(goodReport())), "--docx", "--force"],
    code: 2,
    says: "这是要读取的报告文件本身，不会被覆盖",
  },
  {
    name: "-o: a named pipe, with --force",
    args: () => template(folder((at) => fifo(at("p.xlsx"))) + "/p.xlsx", "--force"),
    code: 2,
    says: "不是普通文件（可能是命名管道、设备或套接字），不能作为输出文件",
  },
  {
    name: "-o: a path under a file",
    args: () => template(join(file("a.json", reportJson()), "x.xlsx")),
    code: 2,
    says: "路径中有一段不是文件夹",
  },
  {
    name: "-o: a name of 300 characters",
    args: () => template(inNewFolder(`${"长".repeat(300)}.xlsx`)),
    code: 2,
    says: "文件名或路径过长",
  },
  {
    name: "-o: a symbolic link to itself",
    args: () => template(folder((at) => symlinkSync(at("loop.xlsx"), at("loop.xlsx"))) + "/loop.xlsx", "--force"),
    code: 2,
    says: "符号链接循环",
  },
  {
    name: "template -o x.docx: a workbook named as a Word document",
    args: () => template(inNewFolder("x.docx")),
    code: 2,
    says: "该命令生成 .xlsx 文件",
  },
  {
    name: "template --year 9999",
    args: () => ["template", "--year", "9999", "--body", "某局"],
    code: 2,
    says: "2007—2100 年之间",
  },
];

const reads: Row[] = [
  {
    name: "narrate of a folder",
    args: () => ["narrate", folder((at) => writeFileSync(at("a.json"), reportJson()))],
    code: 2,
    says: "这是一个文件夹，不是文件",
  },
  {
    name: "check of a named pipe named on the command line",
    args: () => check(folder((at) => fifo(at("p.txt"))) + "/p.txt"),
    code: 2,
    says: "这不是普通文件，而是命名管道",
  },
  {
    name: "docx: a zip whose declared sizes are 0",
    args: async () => check(file("zero.docx", declaringSize(await docx("<w:p/>"), 0))),
    code: 2,
    says: "压缩包中记录的大小与实际内容不符",
  },
  {
    name: "check of a folder named three times and a file in it twice",
    args: () => {
      const dir = folder((at) => writeFileSync(at("good.json"), reportJson()));
      mkdirSync(join(dir, "sub"));
      return check(dir, dir, join(dir, "good.json"), `${dir}/./good.json`);
    },
    code: 0,
    says: "共 1 个文件",
  },
  { name: "check of the same report given twice", args: () => check(HUANCUI, HUANCUI), code: 0, says: "共 1 个文件" },
  {
    name: "check of a symbolic link to itself",
    args: () => check(folder((at) => symlinkSync(at("loop.txt"), at("loop.txt"))) + "/loop.txt"),
    code: 2,
    says: "无法打开文件（符号链接循环",
  },
  {
    name: "narrate of a path under a file",
    args: () => ["narrate", join(file("a.json", reportJson()), "x.txt")],
    code: 2,
    says: "路径中有一段不是文件夹",
  },
  {
    name: "check of a name of 300 characters",
    args: () => check(inNewFolder(`${"长".repeat(300)}.txt`)),
    code: 2,
    says: "文件名或路径过长",
  },
  {
    name: "check of a folder holding two links that lead to each other",
    args: () =>
      check(
        folder((at) => {
          writeFileSync(at("good.json"), reportJson());
          symlinkSync(at("b.txt"), at("a.txt"));
          symlinkSync(at("a.txt"), at("b.txt"));
        }),
      ),
    code: 0,
    says: "a.txt：已跳过：链接无法跟随（符号链接循环",
  },
];

/** The template with D5 and E5 (二 · 规章 · 本年制发件数 and 本年废止件数) each worked out from the other, no cached values. */
const circular = (): Promise<Buffer> =>
  workbook({
    sheet: (xml) =>
      cellD5('<c r="D5"><f>E5+1</f></c>')(xml).replace(/<c r="E5"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E5"><f>D5+1</f></c>'),
  });

const loops: Row[] = [
  {
    name: "xlsx: two figures worked out from each other (a circular reference)",
    args: async () => check(file("loop.xlsx", await circular())),
    code: 1,
    says: "本年废止件数：公式循环引用",
  },
  {
    name: "convert of a workbook with a circular reference: no figures nobody wrote",
    args: async () => ["convert", file("loop.xlsx", await circular()), "--json"],
    code: 1,
    says: "无法作为数字读取，未转换",
  },
];

/** The published report cut after table 二: tables 三 and 四 not read. */
const cutAfterTable2 = (): string => file("cut.txt", readFixture().split("三、收到和处理")[0]);

const untold: Row[] = [
  {
    name: "narrate of a report whose tables 三 and 四 were not read: no 0件 for them",
    args: () => ["narrate", cutAfterTable2()],
    code: 0,
    says: "本年度新收政府信息公开申请（未读到）",
    never: "申请0件",
  },
  {
    name: "narrate of a report whose tables 三 and 四 were not read: said on stderr",
    args: () => ["narrate", cutAfterTable2()],
    code: 0,
    says: "cut.txt：说明：三、收到和处理政府信息公开申请情况、四、政府信息公开行政复议、行政诉讼情况：草稿引用的",
  },
  {
    name: "convert of a text holding two reports says so",
    args: () => ["convert", file("two.txt", `${readFixture()}\n${readFixture()}`), "--json"],
    code: 0,
    says: "two.txt：说明：文件中还有另一份报告",
  },
  {
    name: "export of a text holding two reports says so",
    args: () => ["export", file("two.txt", `${readFixture()}\n${readFixture()}`), "--docx"],
    code: 0,
    says: "two.txt：说明：文件中还有另一份报告",
  },
];

const quoted: Row[] = [
  {
    name: "xlsx: a zero-width space after a figure",
    args: async () =>
      check(
        file("zwsp.xlsx", await workbook({ sheet: cellD5('<c r="D5" t="inlineStr"><is><t>40\u200b</t></is></c>') })),
      ),
    code: 1,
    says: "“40\\u200b”不是数字",
  },
  {
    name: "txt: a word joiner inside a figure",
    args: () => check(file("bom.txt", withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "4\u20600"))),
    code: 1,
    says: "“4\\u20600”不是数字",
  },
];

/** The published report of 2019 moved to 2015, a year of the older tables (its tables are 2019's, its years not). */
const report2015 = (): string => readFixture().replace(/2020/g, "2016").replace(/2019/g, "2015");
const BEFORE_FORMATS = "2015 年度报告早于 2019 年起施行的两种官方格式";

// One year range everywhere (2007–2100); a year before 2019 used older tables: refused with that reason at each door.
const years: Row[] = [
  {
    name: "template --year 2015",
    args: () => ["template", "--year", "2015", "--body", "某局"],
    code: 2,
    says: "模板只有 2019 年度起的格式",
  },
  {
    name: "template --year 2006",
    args: () => ["template", "--year", "2006", "--body", "某局"],
    code: 2,
    says: "2007—2100 年之间",
  },
  {
    name: "check of a report of 2015",
    args: () => check(file("2015.txt", report2015())),
    code: 2,
    says: BEFORE_FORMATS,
  },
  {
    name: "check --year 2015 of a report naming no year",
    args: () => check(file("untitled.txt", report2015().replace(/2015/g, "")), "--year", "2015"),
    code: 2,
    says: BEFORE_FORMATS,
  },
  {
    name: "narrate of a report of 2015",
    args: () => ["narrate", file("2015.txt", report2015())],
    code: 2,
    says: BEFORE_FORMATS,
  },
  {
    name: "convert of report JSON of 2015",
    args: () => ["convert", file("2015.json", reportJson(goodReport("某局", 2015))), "--json"],
    code: 2,
    says: BEFORE_FORMATS,
  },
  {
    name: "export of report JSON of 2015",
    args: () => ["export", file("2015.json", reportJson(goodReport("某局", 2015))), "--docx"],
    code: 2,
    says: BEFORE_FORMATS,
  },
  {
    name: "check of a workbook whose names are of 2015",
    args: async () =>
      check(
        file(
          "2015.xlsx",
          await workbook({ workbook: (xml) => xml.replace(/nb_2019_/g, "nb_2015_") }, goodReport("某局", 2019)),
        ),
      ),
    code: 2,
    says: BEFORE_FORMATS,
  },
  {
    name: "check of report JSON of 2006",
    args: () => check(file("2006.json", reportJson(goodReport("某局", 2006)))),
    code: 2,
    says: "2007",
  },
];

export const safetyRows: Row[] = [...years, ...outputs, ...reads, ...loops, ...untold, ...quoted];
