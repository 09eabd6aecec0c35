import { zeroReport, type Report } from "../../domain";
import { reportPage } from "./__fixtures__/report-page";
import { readTextKind } from "../read-text-kinds";
import { readReportHtml } from "./read-report-html";

// Pages as sites really serve them, and as hostile mail delivers them: a second copy of the report that the page
// hides (for print, or last year's left in the template), and pages nested or repeated far past any real report.

function report(newReceived: number): Report {
  const report = zeroReport("2021", 2023, "某市某局");
  Object.assign(report.tables.applications, {
    "newReceived.natural": newReceived,
    "newReceived.total": newReceived,
    "disclosed.natural": newReceived,
    "disclosed.total": newReceived,
    "resultTotal.natural": newReceived,
    "resultTotal.total": newReceived,
  });
  report.text = {
    overview: "本年度收到申请。",
    problems: "2024年，我们将继续改进。",
    other: "本年度未收取信息处理费。",
  };
  return report;
}

/** The article (title, sections and tables) of a report's page. */
const article = (page: string): string => page.slice(page.indexOf("<h1>"), page.lastIndexOf("</div>"));

/** The page of `visible` with a copy of `hidden`'s article before it, inside `wrap` (which hides it). */
function withHiddenCopy(visible: Report, hidden: Report, wrap: (html: string) => string, style = ""): string {
  return reportPage(visible)
    .replace("</head>", `<style>${style}</style></head>`)
    .replace('<div class="article">', `${wrap(article(reportPage(hidden)))}\n<div class="article">`);
}

describe("only what the page shows is read", () => {
  it.each([
    [
      "a class a <style> rule hides",
      (html: string) => `<div class="print-only">${html}</div>`,
      ".print-only{display:none}",
    ],
    [
      "a class hidden among others, the rule in a list after a comment",
      (html: string) => `<div class="box old-copy">${html}</div>`,
      "/* old */ p.note, div.old-copy { color: red; display : none }",
    ],
    [
      "an id a <style> rule hides",
      (html: string) => `<section id="copy2">${html}</section>`,
      "#copy2 { visibility: hidden }",
    ],
    ["an inline style", (html: string) => `<div style="display: none">${html}</div>`, ""],
    ["an inline visibility: hidden", (html: string) => `<div style="visibility:hidden">${html}</div>`, ""],
    ["the hidden attribute", (html: string) => `<div hidden>${html}</div>`, ""],
    ["aria-hidden", (html: string) => `<div aria-hidden="true">${html}</div>`, ""],
  ])("a copy hidden by %s is left out: the visible figures are read", (_name, wrap, style) => {
    const result = readReportHtml(withHiddenCopy(report(7), report(3), wrap, style));
    expect(result.problems).toEqual([]);
    expect(result.report?.tables.applications["newReceived.total"]).toBe(7);
  });

  it("a rule only for print (@media print) does not hide the copy on screen", () => {
    const page = withHiddenCopy(
      report(7),
      report(3),
      (html) => `<div class="screen">${html}</div>`,
      "@media print { .screen { display: none } }",
    );
    const result = readReportHtml(page);
    expect(result.report?.tables.applications["newReceived.total"]).toBe(3);
  });
});

describe("a page saved from Word", () => {
  it("leaves out the page numbers of its footers, wherever they stand", () => {
    const page = reportPage(report(7))
      .replace("<table", '<div title="footer"><p>— 1 —</p></div><table')
      .replace("</div>\n<footer>", '<div title="footer"><p>第 2 页</p></div></div>\n<footer>');
    const result = readReportHtml(page);
    expect(result.problems).toEqual([]);
    expect(result.report?.text.other).toBe("本年度未收取信息处理费。");
  });
});

describe("pages far past any real report end with a result or a reason", () => {
  const noThrow = (html: string) => {
    const result = readReportHtml(html);
    expect(result.report !== undefined || result.problems.length > 0).toBe(true);
    return result;
  };

  it.each(["div", "span", "table"])("the report inside 5,000 nested <%s> elements is read", (tag) => {
    const open = tag === "table" ? "<table><tr><td>" : `<${tag}>`;
    const close = tag === "table" ? "</td></tr></table>" : `</${tag}>`;
    const page = reportPage(report(7)).replace('<div class="article">', `${open.repeat(5000)}<div class="article">`);
    const result = noThrow(page.replace("</body>", `${close.repeat(5000)}</body>`));
    expect(result.report?.tables.applications["newReceived.total"]).toBe(7);
  });

  it("a <span> nested 5,000 deep inside a table cell gives a result or a reason", () => {
    const page = reportPage(report(7)).replace("<td>", `<td>${"<span>".repeat(5000)}x${"</span>".repeat(5000)}`);
    noThrow(page);
  });

  it("a page of more tags than any report's page is refused with a reason, before it is parsed", () => {
    const page = `<html><body>${"<td>".repeat(400_000)}</body></html>`;
    expect(readTextKind(".html", new TextEncoder().encode(page), {})).toEqual({
      ok: false,
      errors: ["网页过于复杂（超过 300,000 个标签），不像是年度报告的网页，未读取"],
    });
  });

  it("a table of 40,000 rows gives a result or a reason", () => {
    const rows = "<tr><td>1</td><td>2</td></tr>".repeat(40_000);
    noThrow(reportPage(report(7)).replace("</footer>", `</footer><table>${rows}</table>`));
  });
});
