import { formats, reportTitle, type Report } from "../../../domain";
import { printedTables, type PrintedTable } from "../../report-tables";

// A report as a government site publishes it: site navigation and scripts around an article with the title in an
// <h1>, each section heading in a <p><strong>, paragraphs indented with full-width spaces, and the three tables
// with the official rowspan/colspan headers (from the shared layout), header text broken with <br> as the
// published tables are. A site footer closes the page.

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Header labels broken after their 3rd character, as narrow columns of the published tables print them. */
const broken = (text: string): string =>
  text.length > 5 ? `${escape(text.slice(0, 3))}<br>\n${escape(text.slice(3))}` : escape(text);

function tableHtml(table: PrintedTable, figure: (text: string) => string): string {
  const rows = table.rows.map((row) => {
    const cells = row.map((cell) => {
      const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}`;
      const text =
        cell.role === "figure" ? figure(cell.text) : cell.role === "header" ? broken(cell.text) : escape(cell.text);
      return `      <td${spans}><p style="text-align:center">${text}</p></td>`;
    });
    return `    <tr>\n${cells.join("\n")}\n    </tr>`;
  });
  const caption = table.caption ? `  <p style="text-align:center">${escape(table.caption)}</p>\n` : "";
  return `  <p><strong>${escape(table.title)}</strong></p>\n${caption}  <table border="1" cellspacing="0">\n  <tbody>\n${rows.join("\n")}\n  </tbody>\n  </table>`;
}

/** The page of a report; `figure` rewrites each figure's text as the site printed it (e.g. “999件”). */
export function reportPage(report: Report, figure: (text: string) => string = (text) => text): string {
  const format = formats[report.format];
  const prose = (key: keyof Report["text"]): string =>
    (report.text[key] ?? "")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => `  <p>&#12288;&#12288;${escape(line)}</p>`)
      .join("\n");
  const [first, ...rest] = format.text;
  const section = (def: (typeof format.text)[number]) =>
    `  <p><strong>${escape(def.title)}</strong></p>\n${prose(def.key)}`;
  const parts = [
    ...(first ? [section(first)] : []),
    ...printedTables(report).map((table) => tableHtml(table, figure)),
    ...rest.map(section),
  ];
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escape(reportTitle(report.body, report.year))}_政府信息公开</title>
<style>td { border: 1px solid #000; }</style><script>var nav = "一、总体情况";</script></head>
<body>
<nav><ul><li>首页</li><li>政府信息公开</li><li>一、总体情况</li></ul></nav>
<div class="article">
  <h1>${escape(reportTitle(report.body, report.year))}</h1>
${parts.join("\n")}
</div>
<footer><p>版权所有：某区人民政府 2020年 主办单位：某区人民政府办公室</p></footer>
</body></html>
`;
}
