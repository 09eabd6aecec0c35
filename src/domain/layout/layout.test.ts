import { cellsOfTable } from "../cells";
import type { SectionDef, TableDef } from "../model";
import { formats } from "../tables/formats";
import { fromA1, toA1 } from "./a1";
import { layoutTablesSheet, layoutTextSheet } from "./layout";
import { addressOf, refAt } from "./lookup";
import { parseRangeName } from "./names";
import type { Merge, SheetLayout } from "./sheet";

const formatIds = ["2019", "2021"] as const;
const layouts = formatIds.map((id) => [id, layoutTablesSheet(formats[id], 2025, "某市某局")] as const);

const inside = (m: Merge, row: number, col: number): boolean =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
const overlap = (a: Merge, b: Merge): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function checkGeometry(layout: SheetLayout): void {
  const width = layout.columnWidths.length;
  layout.merges.forEach((a, i) => {
    layout.merges.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
    expect(layout.cells.some((c) => c.row === a.top && c.col === a.left)).toBe(true);
  });
  const positions = layout.cells.map((c) => `${c.row},${c.col}`);
  expect(new Set(positions).size).toBe(positions.length);
  for (const cell of layout.cells) {
    expect(cell.col).toBeLessThan(width);
    const hidden = layout.merges.find(
      (m) => inside(m, cell.row, cell.col) && (m.top !== cell.row || m.left !== cell.col),
    );
    expect(hidden).toBeUndefined();
  }
  for (const merge of layout.merges) expect(merge.right).toBeLessThan(width);
}

describe.each(layouts)("tables sheet, format %s", (formatId, layout) => {
  const format = formats[formatId];
  const defs = format.tables.flatMap(cellsOfTable);

  it("has exactly one input or total cell for every cell of every table", () => {
    const figures = layout.cells.filter((c) => c.ref);
    expect(figures).toHaveLength(defs.length);
    for (const def of defs) {
      const found = figures.filter((c) => c.ref?.table === def.ref.table && c.ref.key === def.ref.key);
      expect(found).toHaveLength(1);
      expect(["input", "total"]).toContain(found[0]?.role);
      expect(found[0]?.kind).toBe(def.kind);
    }
  });

  it("maps every key to an address and back, and names it", () => {
    for (const { ref } of defs) {
      const address = addressOf(layout, ref);
      expect(address).toBeDefined();
      const { row, col } = fromA1(address ?? "");
      expect(refAt(layout, row, col)).toEqual(ref);
      const named = layout.names.filter((n) => n.ref?.table === ref.table && n.ref.key === ref.key);
      expect(named).toHaveLength(1);
      expect(named[0]?.address).toBe(address);
      expect(parseRangeName(named[0]?.name ?? "")).toEqual({ year: 2025, ref });
    }
    expect(layout.names).toHaveLength(defs.length);
  });

  it("merges no cell twice and writes only the top-left of a merge", () => {
    checkGeometry(layout);
  });

  it("answers for a figure from anywhere inside its merged block, and for nothing else", () => {
    const merged = layout.cells.find((c) => c.ref && layout.merges.some((m) => m.top === c.row && m.left === c.col));
    const merge = layout.merges.find((m) => m.top === merged?.row && m.left === merged.col);
    expect(merge && refAt(layout, merge.bottom, merge.right)).toEqual(merged?.ref);
    expect(refAt(layout, 0, 0)).toBeUndefined();
  });

  it("puts the report title on row 0 over the label area, then the tables in order with a blank row between", () => {
    expect(layout.cells.find((c) => c.row === 0 && c.col === 0)).toMatchObject({
      value: "某市某局2025年政府信息公开工作年度报告",
      role: "title",
    });
    expect(layout.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: (layout.frozen?.columns ?? 0) - 1 });
    expect(layout.tables.map((t) => t.id)).toEqual(["disclosure", "applications", "appeals"]);
    expect(layout.tables[0]?.top).toBe(1);
    layout.tables.slice(1).forEach((t, i) => expect(t.top).toBe((layout.tables[i]?.bottom ?? NaN) + 2));
    for (const t of layout.tables) {
      const def = format.tables.find((d) => d.id === t.id);
      expect(layout.cells.find((c) => c.row === t.top && c.col === 0)).toMatchObject({ value: def?.title });
      const figureRows = layout.cells.filter((c) => c.ref?.table === t.id).map((c) => c.row);
      expect(Math.max(...figureRows)).toBe(t.bottom);
    }
  });

  it("writes every label verbatim, once per place it appears in the official table", () => {
    for (const table of format.tables) {
      const extent = layout.tables.find((t) => t.id === table.id);
      const texts = layout.cells
        .filter((c) => c.row > (extent?.top ?? 0) && c.row <= (extent?.bottom ?? 0))
        .filter((c) => typeof c.value === "string" && c.role !== "caption")
        .map((c) => String(c.value));
      expect(texts.sort()).toEqual(expectedTexts(table).sort());
    }
  });

  it("freezes the title row and the label columns, and no merged cell crosses the frozen edges", () => {
    // Table 三's labels take three columns (two groups, then the item); every table's labels end there.
    expect(layout.frozen).toEqual({ rows: 1, columns: 3 });
    const frozenColumns = layout.frozen?.columns ?? NaN;
    for (const m of layout.merges) {
      expect({ m, cut: m.left < frozenColumns && m.right >= frozenColumns }).toEqual({ m, cut: false });
      expect({ m, cut: m.top < 1 && m.bottom >= 1 }).toEqual({ m, cut: false });
    }
    for (const table of format.tables) {
      for (const def of cellsOfTable(table)) {
        const label = layout.cells.find(
          (c) => c.role === "label" && c.row === fromA1(addressOf(layout, def.ref) ?? "").row,
        );
        if (table.sections.some((s) => s.layout === "grid")) expect(label?.col).toBeLessThan(frozenColumns);
        expect(fromA1(addressOf(layout, def.ref) ?? "").col).toBeGreaterThanOrEqual(frozenColumns);
      }
    }
  });

  it("gives row labels room on one or two lines, not five", () => {
    const labelWidth = layout.columnWidths[(layout.frozen?.columns ?? NaN) - 1] ?? 0;
    expect(labelWidth).toBeGreaterThanOrEqual(2 * "2.没有现成信息需要另行制作".length);
  });

  it("gives every column a width that fits a figure", () => {
    for (const width of layout.columnWidths) expect(width).toBeGreaterThanOrEqual(10);
  });
});

/** Every header and label text of a table as printed: leaf labels per occurrence, each group once. */
function expectedTexts(table: TableDef): string[] {
  return table.sections.flatMap((section: SectionDef) => {
    const own = [section.heading, section.columnsHeading, section.layout === "grid" ? section.corner : undefined];
    const columnLabels = section.columns.map((c) => c.label);
    return [
      ...own.filter((t) => t !== undefined),
      ...section.rows.map((r) => r.label),
      ...groupsOf(section.rows),
      ...(section.layout === "grid"
        ? [...columnLabels, ...groupsOf(section.columns)]
        : section.rows.flatMap(() => columnLabels)),
    ];
  });
}

/** Each distinct group path's own label: （三）不予公开 once, though 8 rows sit under it. */
function groupsOf(items: readonly { groups?: readonly string[] }[]): string[] {
  const paths = new Map<string, string>();
  for (const { groups = [] } of items) groups.forEach((g, i) => paths.set(groups.slice(0, i + 1).join("/"), g));
  return [...paths.values()];
}

describe.each(formatIds)("text sheet, format %s", (formatId) => {
  const format = formats[formatId];
  const layout = layoutTextSheet(format, 2025, "某市某局");

  it("has the title, then each section's heading over one named prose cell", () => {
    expect(layout.cells[0]).toMatchObject({ row: 0, value: "某市某局2025年政府信息公开工作年度报告", role: "title" });
    for (const section of format.text) {
      const heading = layout.cells.find((c) => c.value === section.title);
      expect(heading?.role).toBe("heading");
      const named = layout.names.find((n) => n.section === section.key);
      expect(named?.name).toBe(`nb_2025_text_${section.key}`);
      expect(named?.address).toBe(toA1((heading?.row ?? NaN) + 1, 0));
      const input = layout.cells.find((c) => c.row === (heading?.row ?? NaN) + 1);
      expect(input).toMatchObject({ role: "input" });
      expect(input?.ref).toBeUndefined();
    }
    expect(layout.names).toHaveLength(format.text.length);
    checkGeometry(layout);
  });
});

describe("a table laid out from its definition alone", () => {
  // Table 四 redefined as a grid: nothing in the layout knows its id, so it becomes rows of figures.
  const base = formats["2021"];
  const appeals = base.tables[2]!;
  const asGrid: TableDef = {
    ...appeals,
    sections: appeals.sections.map((s) => ({ ...s, layout: "grid" as const, corner: "案件类别" })),
  };
  const format = { ...base, tables: [base.tables[0]!, base.tables[1]!, asGrid] };
  const layout = layoutTablesSheet(format, 2025, "某市某局");

  it("gives each row its own line of figures under one header of column labels", () => {
    const rows = ["review", "suitDirect", "suitAfterReview"].map(
      (group) => fromA1(addressOf(layout, { table: "appeals", key: `${group}.upheld` }) ?? "").row,
    );
    expect(rows).toEqual([rows[0], (rows[0] ?? NaN) + 1, (rows[0] ?? NaN) + 2]);
    const suit = layout.cells.find((c) => c.value === "行政诉讼");
    expect(layout.merges.find((m) => m.top === suit?.row && m.left === suit.col)).toMatchObject({
      top: rows[1],
      bottom: rows[2],
    });
    expect(layout.cells.filter((c) => c.value === "结果维持")).toHaveLength(1);
    expect(layout.columnWidths).toHaveLength(10); // table 三 is now the widest: 3 label columns + 7 figures
    checkGeometry(layout);
  });
});
