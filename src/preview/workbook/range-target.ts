import type { Rect } from "./address";
import type { SheetModel } from "./model";
import type { Session } from "./session";

/** The cells a range proxy stands for, found at sync time. */
export type RangeTarget = { sheet: SheetModel; rect: Rect };

/** Finds a range's cells at sync; undefined for a null object. */
export type TargetSource = (session: Session) => RangeTarget | undefined;
