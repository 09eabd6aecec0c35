// Types for the parts of fast-formula-parser (MIT, no bundled types) that the layout tests use to evaluate
// the sheet's formulas. Positions are 1-based, as in Excel.
declare module "fast-formula-parser" {
  type Position = { sheet?: string; row: number; col: number };
  type RangeRef = { sheet?: string; from: Position; to: Position };
  type Value = number | string | boolean | null | undefined;
  type Options = { onCell?: (ref: Position) => Value; onRange?: (ref: RangeRef) => Value[][] };
  class FormulaParser {
    constructor(options?: Options);
    /** The value of a formula written without its leading "=". */
    parse(formula: string, position: Position, allowReturnArray?: boolean): unknown;
  }
  export = FormulaParser;
}
