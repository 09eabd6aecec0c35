import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { toReportJson, zeroReport } from "../src/domain";
import { pdfDrawing } from "../src/files/pdf/__fixtures__/pdf-drawing";
import { BIN, cliBuilt } from "./cli";
import { CommandFailed, expectExit, root, runNode } from "./measure";
import { measureRow, type Row } from "./table";

// Issue 20: the worst hostile input known at each door of the command line, run once each in a process of its own,
// with its wall time and peak memory (resident set, the process and its reading workers) beside one budget: a
// person's command ends within the reading time limit (60 s) and a folder's peak stays under 1 GB however many
// workers read. Each must end by itself with the exit code and reason a person is owed, or the row is not measured.

const LIMIT_S = 60;
const LIMIT_MB = 1024;
const MB = 1024 * 1024;

/** A Word document whose body is `body` (built with fflate, fast even for a body of tens of megabytes). */
function docx(body: string): Uint8Array {
  const xml = (text: string): [Uint8Array, { level: 1 }] => [strToU8(text), { level: 1 }];
  return zipSync({
    "[Content_Types].xml": xml(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": xml(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": xml(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** A table of `rows` × `cols` empty cells. */
const emptyCells = (rows: number, cols: number): string =>
  `<w:tbl>${`<w:tr>${"<w:tc><w:p/></w:tc>".repeat(cols)}</w:tr>`.repeat(rows)}</w:tbl>`;

type Door = {
  door: string;
  input: string;
  /** Writes the input under `dir` and gives the command's arguments. */
  make: (dir: string) => string[] | Promise<string[]>;
  code: number;
  /** Part of what the person is told (the reason), so a quick crash is never “within budget”. */
  says: string;
};

const folderOfFour = (dir: string): string => {
  const folder = join(dir, "four");
  mkdirSync(folder);
  const bytes = docx(emptyCells(1000, 1000));
  for (const name of ["a", "b", "c", "d"]) writeFileSync(join(folder, `${name}.docx`), bytes);
  return folder;
};

const doors: Door[] = [
  {
    door: "check",
    input: "a folder of four .docx of a million empty cells each",
    make: (dir) => ["check", folderOfFour(dir)],
    code: 2,
    says: "共 4 个文件：错误 0 处，警告 0 处，4 个文件无法读取",
  },
  {
    door: "convert",
    input: "a .docx of 3 million empty cells (under 200 KB)",
    make: (dir) => {
      writeFileSync(join(dir, "cells.docx"), docx(emptyCells(3000, 1000)));
      return ["convert", join(dir, "cells.docx"), "--json"];
    },
    code: 2,
    says: "段落或表格单元格超过",
  },
  {
    door: "narrate",
    input: "a .docx of 11 million empty paragraphs",
    make: (dir) => {
      writeFileSync(join(dir, "paragraphs.docx"), docx("<w:p/>".repeat(11_000_000)));
      return ["narrate", join(dir, "paragraphs.docx")];
    },
    code: 2,
    says: "段落或表格单元格超过",
  },
  {
    door: "export",
    input: "a .txt whose section 六 is a million short lines",
    make: (dir) => {
      const lines = Array.from({ length: 1_000_000 }, (_, n) => String(n % 10)).join("\n");
      const published = readFileSync(join(root, "test/fixtures/2019-huancui-bureau.txt"), "utf8");
      const text = published.replace("六、其他需要报告的事项\n", `六、其他需要报告的事项\n${lines}\n`);
      writeFileSync(join(dir, "long.txt"), text);
      return ["export", join(dir, "long.txt"), "--docx", "-o", join(dir, "long.docx")];
    },
    code: 2,
    says: "远超年度报告的篇幅",
  },
  {
    door: "template --previous",
    input: "a PDF whose page content inflates to 200 MB",
    make: async (dir) => {
      writeFileSync(join(dir, "previous.pdf"), await pdfDrawing(200 * MB));
      const output = join(dir, "template.xlsx");
      return ["template", "--year", "2024", "--body", "某局", "--previous", join(dir, "previous.pdf"), "-o", output];
    },
    code: 2,
    says: "PDF 文件的页面内容解压后超过",
  },
  {
    door: "review",
    input: "a folder of four .docx of a million empty cells each, and one good report",
    make: (dir) => {
      const folder = folderOfFour(dir);
      writeFileSync(join(folder, "good.json"), JSON.stringify(toReportJson(zeroReport("2021", 2023, "某局"))));
      return ["review", folder, "-o", join(dir, "review.xlsx")];
    },
    code: 2,
    says: "无法读取",
  },
];

export async function hostileDoorRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { door, input, make, code, says } of doors) {
    rows.push(
      await measureRow(`${door}: ${input}`, `≤ ${LIMIT_S} s, ≤ ${LIMIT_MB} MB`, async () => {
        await cliBuilt();
        const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-door-"));
        try {
          const args = await make(dir);
          const run = expectExit(await runNode([BIN, ...args], 180_000), [code], `nianbao ${door}`);
          const printed = `${run.stdout}\n${run.stderr}`;
          if (!printed.includes(says)) throw new CommandFailed(`nianbao ${door} did not say “${says}”`, printed);
          const s = run.ms / 1000;
          return {
            measured: `${s.toFixed(1)} s, ${run.peakMb.toFixed(0)} MB`,
            within: s <= LIMIT_S && run.peakMb <= LIMIT_MB,
          };
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
    );
  }
  return rows;
}
