import type { FindingCode } from "../model";
import type { RuleKindId } from "./rule";

/** What each rule kind means: how its two sides compare and which finding it raises. */
export type RuleKind = {
  relation: "equal" | "atLeast";
  code: FindingCode;
  /** The left side is a total the sheet computes with a formula (=SUM of the right side). */
  computesLeft: boolean;
};

export const ruleKinds: { [K in RuleKindId]: RuleKind } = {
  sum: { relation: "equal", code: "sum.mismatch", computesLeft: true },
  balance: { relation: "equal", code: "balance.mismatch", computesLeft: false },
  atLeast: { relation: "atLeast", code: "atLeast.violated", computesLeft: false },
  carryOver: { relation: "equal", code: "carryOver.mismatch", computesLeft: false },
};
