// Minimal typings for fast-formula-parser (MIT), which ships none: what the preview workbook and the layout tests use.
declare module "fast-formula-parser" {
  type CellRef = { sheet: string; row: number; col: number };
  type RangeRef = { sheet: string; from: { row: number; col: number }; to: { row: number; col: number } };
  type Position = { sheet?: string; row: number; col: number };
  type Hooks = {
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    onVariable?: (name: string, sheetName: string) => CellRef | RangeRef | undefined;
    /** Functions added or replaced, by upper-case name; each gets its arguments as the parser passes them. */
    functions?: Record<string, (...args: never[]) => unknown>;
  };
  export class FormulaErrorClass extends Error {
    constructor(error: string);
    readonly error: string;
  }
  export class DepParserClass {
    constructor(config?: Pick<Hooks, "onVariable">);
    parse(formula: string, position: Position, ignoreError?: boolean): (CellRef | RangeRef)[];
  }
  class FormulaParser {
    constructor(config?: Hooks);
    parse(formula: string, position: Position, allowReturnArray?: boolean): unknown;
    static FormulaError: typeof FormulaErrorClass;
    static DepParser: typeof DepParserClass;
    static SSF: { format(format: string, value: unknown): string };
  }
  export default FormulaParser;
}
