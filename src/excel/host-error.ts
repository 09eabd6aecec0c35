// Host failures: every Office error leaves src/excel as a HostError with a code the pane turns into Chinese
// (strings.zh-CN.ts). Bugs (a TypeError, a broken invariant) are not Office errors and pass through unchanged.

export type HostErrorCode =
  | "protected"
  | "notFound"
  | "exists"
  | "invalid"
  | "cellEditMode"
  | "tooLarge"
  | "unsupported"
  /** An insertion that failed part-way and was undone: the workbook is as it was before. */
  | "interrupted"
  /** A write that failed part-way, whose cells were written back: the workbook is as it was before. */
  | "rolledBack"
  | "unknown";

/** An Excel request that failed, with the Office error kept as `cause`. */
export class HostError extends Error {
  readonly code: HostErrorCode;

  constructor(code: HostErrorCode, cause: unknown) {
    super(`Excel request failed (${code}): ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "HostError";
    this.code = code;
  }
}

const codeByOfficeCode: Record<string, HostErrorCode> = {
  AccessDenied: "protected",
  ItemNotFound: "notFound",
  ItemAlreadyExists: "exists",
  InvalidArgument: "invalid",
  InvalidReference: "invalid",
  InvalidOperationInCellEditMode: "cellEditMode",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  ApiNotFound: "unsupported",
  UndoNotSupported: "unsupported",
};

/** The code of an OfficeExtension.Error (or a look-alike with a string `code`), or undefined for anything else. */
function officeCode(error: unknown): string | undefined {
  const isOffice = typeof OfficeExtension !== "undefined" && error instanceof OfficeExtension.Error;
  const code = (error as { code?: unknown } | null)?.code;
  return (isOffice || (error instanceof Error && error.name === "RichApi.Error")) && typeof code === "string"
    ? code
    : undefined;
}

/** The error as src/excel throws it: Office errors become HostError, everything else is left as it is. */
export function toHostError(error: unknown): unknown {
  if (error instanceof HostError) return error;
  const code = officeCode(error);
  return code === undefined ? error : new HostError(codeByOfficeCode[code] ?? "unknown", error);
}

/** Runs a host call, turning Office errors into HostError. */
export async function hostCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toHostError(error);
  }
}
