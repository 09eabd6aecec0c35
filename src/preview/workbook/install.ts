import { DEFAULT_API_LEVEL, isSetSupportedAt } from "./api-level";
import type { PreviewRequestContext, RunOptions } from "./context";
import { PreviewError } from "./errors";
import type { PreviewWorkbook } from "./workbook";

/** The enums src/excel reads from the Excel namespace (string values, as in Office.js). */
export const previewEnums = {
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  PaperType: { letter: "Letter", a4: "A4", a3: "A3" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  DataChangeType: {
    unknown: "Unknown",
    rangeEdited: "RangeEdited",
    rowInserted: "RowInserted",
    rowDeleted: "RowDeleted",
    columnInserted: "ColumnInserted",
    columnDeleted: "ColumnDeleted",
    cellInserted: "CellInserted",
    cellDeleted: "CellDeleted",
  },
  EventSource: { local: "Local", remote: "Remote" },
  EventType: { worksheetChanged: "WorksheetChanged" },
  InsertShiftDirection: { down: "Down", right: "Right" },
  DeleteShiftDirection: { up: "Up", left: "Left" },
  ClearApplyTo: {
    all: "All",
    formats: "Formats",
    contents: "Contents",
    hyperlinks: "Hyperlinks",
    removeHyperlinks: "RemoveHyperlinks",
  },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dot: "Dot", double: "Double" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    propertyNotLoaded: "PropertyNotLoaded",
    apiNotFound: "ApiNotFound",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  },
} as const;

/** The preview's `Excel` global: run plus the enums. */
export type PreviewExcel = typeof previewEnums & {
  run<T>(first: Batch<T> | RunOptions | { context?: unknown } | PreviewRequestContext, second?: Batch<T>): Promise<T>;
};

type Batch<T> = (context: PreviewRequestContext) => Promise<T> | T;

const officeInfo = { host: "Excel", platform: "OfficeOnline" } as const;

/**
 * How the stand-in Office presents itself: Office's dark theme (as a user may choose it) or the light default, and the
 * ExcelApi level it answers (a minor version: 8 for ExcelApi 1.8; the workbook's level when not given).
 */
export type PreviewOfficeOptions = { dark?: boolean; apiLevel?: number };

const themes = {
  light: { isDarkTheme: false, background: "#FFFFFF", foreground: "#000000" },
  dark: { isDarkTheme: true, background: "#292929", foreground: "#FFFFFF" },
};

/** The preview's minimal `Office` global. */
export function createPreviewOffice(
  options: PreviewOfficeOptions = {},
  apiLevel: () => number = () => options.apiLevel ?? DEFAULT_API_LEVEL,
): Record<string, unknown> {
  const isSetSupported = (name: string, version?: string): boolean => isSetSupportedAt(apiLevel(), name, version);
  const theme = options.dark ? themes.dark : themes.light;
  return {
    onReady: (callback?: (info: typeof officeInfo) => void) => {
      callback?.(officeInfo);
      return Promise.resolve(officeInfo);
    },
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context: {
      displayLanguage: "zh-CN",
      contentLanguage: "zh-CN",
      requirements: { isSetSupported },
      officeTheme: {
        isDarkTheme: theme.isDarkTheme,
        bodyBackgroundColor: theme.background,
        bodyForegroundColor: theme.foreground,
        controlBackgroundColor: theme.background,
        controlForegroundColor: theme.foreground,
        themeId: options.dark ? "Black" : "Colorful",
      },
    },
    actions: { associate: (name: string, action: unknown) => void associations.set(name, action) },
    addin: { showAsTaskpane: () => Promise.resolve(), hide: () => Promise.resolve() },
  };
}

/** Ribbon functions the add-in registered with Office.actions.associate, by name. */
const associations = new Map<string, unknown>();

/**
 * Presses a ribbon button bound to an ExecuteFunction action, as Excel does: calls the function with an event whose
 * completed() resolves the returned promise. Rejects when no function has that name.
 */
export function invokeRibbonAction(name: string): Promise<void> {
  const action = associations.get(name);
  if (typeof action !== "function") return Promise.reject(new Error(`no ribbon action named ${name}`));
  return new Promise<void>((resolve) => {
    (action as (event: { completed: () => void }) => void)({ completed: () => resolve() });
  });
}

/**
 * Puts `Excel`, `Office` and `OfficeExtension` on globalThis, backed by the workbook; returns a function that restores
 * the previous globals. src/excel code typed against @types/office-js runs unchanged on it.
 */
export function installPreviewHost(workbook: PreviewWorkbook, options: PreviewOfficeOptions = {}): () => void {
  const scope = globalThis as Record<string, unknown>;
  if (options.apiLevel !== undefined) workbook.apiLevel = options.apiLevel;
  const previous = { Excel: scope.Excel, Office: scope.Office, OfficeExtension: scope.OfficeExtension };
  const excel: PreviewExcel = {
    ...previewEnums,
    // Excel.run(objectOrContext, batch) reuses that object's context, as Office.js does for handler removal.
    run: (first, second) => (typeof first === "function" ? workbook.run(first) : workbook.runIn(first, second)),
  };
  scope.Excel = excel;
  scope.Office = createPreviewOffice(options, () => workbook.apiLevel);
  scope.OfficeExtension = { Error: PreviewError, ErrorCodes: previewEnums.ErrorCodes };
  return () => Object.assign(scope, previous);
}
