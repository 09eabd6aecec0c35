import { refId } from "../cells";
import { ruleInstances } from "../rules/instances";
import { ruleKinds } from "../rules/kinds";
import { formats } from "../tables/formats";
import { fromA1, toA1 } from "./a1";
import { conditionalFormatRules, type ConditionalFormatRule } from "./conditional-formats";
import { layoutTablesSheet } from "./layout";
import { addressOf } from "./lookup";

// Which cells each conditional format covers, and that the formulas are written for the range's top-left cell. That
// the formulas are true exactly on wrong figures is proved by evaluating them (src/preview/workbook/marks.test.ts)
// and by LibreOffice painting them (test/xlsx/conditional-formats.test.ts).

/** Every cell of an A1 rectangle. */
function cellsOf(range: string): string[] {
  const [first = "", last = first] = range.split(":");
  const from = fromA1(first);
  const to = fromA1(last);
  const cells: string[] = [];
  for (let row = from.row; row <= to.row; row++)
    for (let col = from.col; col <= to.col; col++) cells.push(toA1(row, col));
  return cells;
}

/** The cells each rule id paints. */
function paintedBy(rules: readonly ConditionalFormatRule[]): Map<string, Set<string>> {
  const painted = new Map<string, Set<string>>();
  for (const rule of rules) {
    const cells = painted.get(rule.ruleId) ?? new Set<string>();
    cellsOf(rule.range).forEach((cell) => cells.add(cell));
    painted.set(rule.ruleId, cells);
  }
  return painted;
}

describe.each(["2019", "2021"] as const)("conditional formats of the tables sheet, format %s", (formatId) => {
  const format = formats[formatId];
  const layout = layoutTablesSheet(format, 2025, "某市某局");
  const previous = { sheetName: "2024年报表", layout: layoutTablesSheet(format, 2024, "某市某局") };
  const rules = conditionalFormatRules(format, layout, previous);
  const painted = paintedBy(rules);
  const figures = layout.cells.filter((c) => c.ref);
  const address = (cell: { row: number; col: number }) => toA1(cell.row, cell.col);

  it("marks every typed figure by its kind, and only figures", () => {
    const inputs = figures.filter((c) => c.role === "input").map(address);
    expect([...(painted.get("cell.value") ?? [])].sort()).toEqual([...inputs].sort());
    const figureCells = new Set(figures.map(address));
    for (const rule of rules) for (const cell of cellsOf(rule.range)) expect(figureCells.has(cell)).toBe(true);
  });

  it("marks each computed total once when it is no longer a formula", () => {
    const totals = figures.filter((c) => c.role === "total").map(address);
    const totalRules = rules.filter((r) => r.formula.startsWith("=NOT(ISFORMULA("));
    expect(totalRules.flatMap((r) => cellsOf(r.range)).sort()).toEqual([...totals].sort());
    for (const rule of totalRules) expect(rule.formula).toBe(`=NOT(ISFORMULA(${rule.range.split(":")[0]}))`);
  });

  it("marks the own cells of every other rule on every line, with the rule's severity", () => {
    for (const instance of ruleInstances(format)) {
      if (ruleKinds[instance.rule.kind].computesLeft) continue;
      const own = [...instance.left, ...instance.right].filter((t) => !t.previous);
      for (const term of own) expect(painted.get(instance.rule.id)).toContain(addressOf(layout, term.cell));
      const severities = rules.filter((r) => r.ruleId === instance.rule.id).map((r) => r.severity);
      expect(new Set(severities)).toEqual(new Set([instance.rule.severity]));
    }
  });

  it("reads last year's figures on last year's sheet, and leaves the ties out without it", () => {
    const ties = rules.filter((r) => r.ruleId.startsWith("carryOver."));
    expect(ties.length).toBeGreaterThan(0);
    for (const tie of ties) expect(tie.formula).toContain("'2024年报表'!");
    const alone = conditionalFormatRules(format, layout);
    expect(alone.some((r) => r.ruleId.startsWith("carryOver."))).toBe(false);
    expect(alone.some((r) => r.formula.includes("!"))).toBe(false);
    const quoted = conditionalFormatRules(format, layout, { ...previous, sheetName: "O'Brien 2024" });
    expect(quoted.find((r) => r.ruleId.startsWith("carryOver."))?.formula).toContain("'O''Brien 2024'!");
  });

  it("writes each formula for its range's top-left cell, and lists errors before warnings", () => {
    for (const rule of rules) {
      const topLeft = rule.range.split(":")[0] ?? "";
      const own = rule.formula.match(/(?<![!A-Z$])[A-Z]{1,2}\d+/g) ?? [];
      if (rule.ruleId === "cell.value" || rule.formula.includes("ISFORMULA"))
        expect(new Set(own)).toEqual(new Set([topLeft]));
    }
    const firstWarning = rules.findIndex((r) => r.severity === "warning");
    expect(rules.slice(firstWarning).every((r) => r.severity === "warning")).toBe(true);
    expect(new Set(rules.map((r) => `${r.range}|${r.formula}`)).size).toBe(rules.length);
  });

  it("names the 三 balance on the four lines of every column, in one rule per line (and one more for 总计)", () => {
    const balance = format.rules.find((r) => r.kind === "balance");
    const lines = rules.filter((r) => r.ruleId === balance?.id);
    // The 总计 column reads totals where the others read figures typed: its condition for a prefilled 上年结转 with
    // nothing of this year's yet (every other cell 0, not blank) is its own rule on each line.
    expect(lines).toHaveLength(8);
    expect(lines.filter((r) => r.formula.includes("COUNT("))).toHaveLength(4);
    const cells = lines.flatMap((r) => cellsOf(r.range));
    const instances = ruleInstances(format).filter((i) => i.rule === balance);
    expect(cells).toHaveLength(4 * instances.length);
    for (const instance of instances)
      for (const term of [...instance.left, ...instance.right]) expect(cells).toContain(addressOf(layout, term.cell));
    expect(new Set(instances.map((i) => refId(i.left[0]!.cell))).size).toBe(instances.length);
  });
});
