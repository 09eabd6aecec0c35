import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { quotedFigures } from "../src/domain/narrative/cues.zh-CN";
import * as cues from "../src/domain/narrative/cues.zh-CN";

// Issue 11: no regular expression may backtrack for ever on what a user wrote. Every pattern written in the sources
// (a /literal/ or `new RegExp("…")`) and every pattern the prose cues build is checked with recheck.

const root = join(__dirname, "..");

/** The sources that run on what users give: tests and their fixtures only ever see the project's own text. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__fixtures__" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test\.tsx?|d\.ts)$/.test(entry.name) ? [path] : [];
  });
}

type Pattern = { where: string; source: string; flags: string };

const literalText = (node: ts.Node | undefined): string | undefined =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

function patternsOf(file: string): Pattern[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Pattern[] = [];
  const where = (node: ts.Node) =>
    `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf("/");
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp"
    ) {
      const pattern = literalText(node.arguments?.[0]);
      if (pattern !== undefined) {
        found.push({ where: where(node), source: pattern, flags: literalText(node.arguments?.[1]) ?? "" });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The patterns the prose checks build from word lists, which no literal shows whole. */
function builtPatterns(): Pattern[] {
  const named = Object.entries(cues).flatMap(([name, value]) =>
    value instanceof RegExp ? [{ where: `cues.${name}`, source: value.source, flags: value.flags }] : [],
  );
  const figures = Object.entries(quotedFigures).flatMap(([format, defs]) =>
    defs.flatMap((def) => [
      { where: `quotedFigures.${format}.${def.id}`, source: def.marker.source, flags: def.marker.flags },
    ]),
  );
  return [...named, ...figures];
}

describe("regular expressions", () => {
  const patterns = [...sourceFiles(join(root, "src")).flatMap(patternsOf), ...builtPatterns()];
  const unique = [...new Map(patterns.map((p) => [`${p.flags}/${p.source}`, p])).values()];

  it("finds the patterns it is meant to check", () => {
    expect(unique.length).toBeGreaterThan(50);
  });

  it("has none that can backtrack for ever (recheck)", () => {
    const vulnerable = unique.flatMap((p) => {
      const result = checkSync(p.source, p.flags.replace(/[^dgimsuvy]/g, ""));
      return result.status === "vulnerable" ? [`${p.where}: /${p.source}/${p.flags}`] : [];
    });
    expect(vulnerable).toEqual([]);
  });
});
