/** Error codes the preview host raises; the same strings as Excel's `OfficeExtension.Error.code`. */
export type PreviewErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "ApiNotFound"
  | "InvalidOperationInCellEditMode"
  | "UndoNotSupported"
  | "GeneralException";

/** Mirrors OfficeExtension.Error: a `code`, a message and the failing statement in `debugInfo`. */
export class PreviewError extends Error {
  readonly code: PreviewErrorCode;
  readonly debugInfo: { code: PreviewErrorCode; message: string; errorLocation?: string };

  constructor(code: PreviewErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }
}

/** The exact error Excel throws when a proxy property is read before load + sync. */
export function propertyNotLoaded(property: string): PreviewError {
  return new PreviewError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Excel's message for a missing item, e.g. a worksheet or a name. */
export function itemNotFound(what: string): PreviewError {
  return new PreviewError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

/** Excel's message for an argument it rejects. */
export function invalidArgument(detail: string): PreviewError {
  return new PreviewError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
  );
}

/** Excel's answer to an API of a requirement set newer than the host's (Excel.ErrorCodes.apiNotFound). */
export function apiNotFound(api: string, set: string): PreviewError {
  return new PreviewError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api}, ExcelApi ${set})`,
  );
}

/** Raised when an edit touches locked cells of a protected sheet (Excel answers AccessDenied to add-ins too). */
export function accessDenied(sheetName: string): PreviewError {
  return new PreviewError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet. (${sheetName})`,
  );
}
