import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { formats } from "../src/domain";
import { HUANCUI } from "./helpers/fixture";
import { runCliCaptured } from "./helpers/run-cli";

// The Word export as a person meets it: `nianbao export` writes the .docx, LibreOffice (scripts/ensure-libreoffice.sh
// installs it) prints it to PDF, and the PDF's text must hold every label of the three official tables, the
// figures and the section headings. Page 1 is kept as test-output/export-page1.png to look at.

const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), "nianbao-export-"));
const PAGE1 = join(__dirname, "..", "test-output", "export-page1");

/**
 * Every label a 2019 table prints: titles, caption, sub-table headings, header cells and row labels (`inLine`), and
 * the row groups (三、本年度办理结果, （三）不予公开 …), which stand in narrow cells merged down many rows: the PDF's
 * text gives their lines among the rows beside them, so only their characters' order can be checked.
 */
function tableLabels(): { label: string; inLine: boolean }[] {
  const labels = new Map<string, boolean>();
  const add = (label: string | undefined, inLine = true) => {
    if (label) labels.set(label, inLine);
  };
  for (const table of formats["2019"].tables) {
    add(table.title);
    add(table.caption);
    for (const section of table.sections) {
      [section.heading, section.corner, section.columnsHeading].forEach((label) => add(label));
      for (const column of section.columns) [column.label, ...(column.groups ?? [])].forEach((label) => add(label));
      for (const row of section.rows) {
        add(row.label);
        // A flat table (四) prints its row groups as header cells, in line.
        (row.groups ?? []).forEach((group) => add(group, section.layout === "flat"));
      }
    }
  }
  return [...labels].map(([label, inLine]) => ({ label, inLine }));
}

/** Whether the characters of `label` appear in `text` in order, other text allowed between them. */
function inOrder(label: string, text: string): boolean {
  let at = 0;
  for (const char of label) {
    at = text.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Text as compared: PDF text breaks lines inside cells, so white space is left out. */
const squeeze = (text: string): string => text.replace(/\s+/g, "");

describe("nianbao export --docx", () => {
  const output = join(workDir, "环翠区环卫局-2019.docx");
  let pdfText = "";

  beforeAll(async () => {
    const { code, stdout } = await runCliCaptured(["export", HUANCUI, "--docx", "-o", output]);
    expect([code, stdout]).toEqual([0, `已导出 ${output}`]);
    const profile = `file://${mkdtempSync(join(tmpdir(), "lo-"))}`;
    await run(
      "soffice",
      ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", workDir, output],
      {
        timeout: 180_000,
      },
    );
    const pdf = output.replace(/\.docx$/, ".pdf");
    pdfText = squeeze((await run("pdftotext", ["-raw", pdf, "-"])).stdout);
    mkdirSync(join(PAGE1, ".."), { recursive: true });
    await run("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, PAGE1]);
  }, 240_000);

  it("prints the title and the six section headings in the official order", () => {
    const headings = [
      "一、总体情况",
      ...formats["2019"].tables.map((t) => t.title),
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ];
    const places = headings.map((heading) => pdfText.indexOf(heading));
    expect(pdfText.startsWith("2019年政府信息公开工作年度报告")).toBe(true);
    expect(places.every((place) => place > 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  });

  it.each(tableLabels())("prints the table label $label", ({ label, inLine }) => {
    if (inLine) expect(pdfText).toContain(squeeze(label));
    else {
      const table = pdfText.slice(pdfText.indexOf("三、收到和处理"), pdfText.indexOf("四、结转下年度继续办理"));
      expect(inOrder(label, table)).toBe(true);
    }
  });

  it("prints the figures of the report, with the unit of 采购总金额 the header leaves out", () => {
    expect(pdfText).toContain("政府集中采购999850万元");
    expect(pdfText).toContain("规范性文件444");
  });

  it("keeps the prose of sections 一、五、六", () => {
    expect(pdfText).toContain("2019年，我局严格按照国家、省、市、区政府的统一部署");
    expect(pdfText).toContain("做好保密工作");
  });

  it("renders page 1 as a picture (test-output/export-page1.png) with real content", () => {
    const png = `${PAGE1}.png`;
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
    // A blank A4 page at 80 dpi packs into a few kilobytes; a page of Chinese text and a table into far more.
    expect(statSync(png).size).toBeGreaterThan(40_000);
  });

  it.each([
    ["no --docx", ["export", HUANCUI], "export 目前只支持 --docx（Word 文档）"],
    ["two files", ["export", HUANCUI, HUANCUI, "--docx"], "该命令只接受一个报告文件"],
    ["a file that is not there", ["export", join(workDir, "missing.txt"), "--docx"], "无法读取：文件不存在"],
  ])("refuses %s with a reason and exit 2", async (_name, args, reason) => {
    const { code, stderr } = await runCliCaptured(args);
    expect(code).toBe(2);
    expect(stderr).toContain(reason);
  });
});
