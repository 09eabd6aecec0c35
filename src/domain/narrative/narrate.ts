import { draftWarningMessages } from "../messages.zh-CN";
import type { CellRef, Finding, FormatId, Report, SectionKey } from "../model";
import { validateReport, type ValidateOptions } from "../rules/validate";
import {
  blankCells,
  leftOutCells,
  quotedCellsThat,
  readApplicationFigures,
  readDisclosure2019Figures,
  readDisclosure2021Figures,
  rulesOmitted,
  sumOf,
  unreadSet,
  type ApplicationFigures,
  type Figure,
  type UnreadCells,
} from "./draft-figures";
import * as phrases from "./phrases.zh-CN";
import { problems, type ProblemFacts } from "./problems.zh-CN";

export { checkNarrative } from "./check";

/** Drafted text of the prose sections 一, 五 and 六, without their headings. */
export type NarrativeDraft = Record<SectionKey, string>;

type Drafter = (
  report: Report,
  subject: phrases.DraftSubject,
  previous: Report | undefined,
  unread: UnreadCells,
) => NarrativeDraft;

/** The 规范性文件 in force at the end of a year: 现行有效 (2021) or 对外公开总数 (2019). */
const normativeInForce = (report: Report, unread?: UnreadCells): Figure =>
  report.format === "2021"
    ? readDisclosure2021Figures(report, unread).normativeInForce
    : readDisclosure2019Figures(report, unread).normativeTotalPublic;

function problemFacts(
  report: Report,
  figures: ApplicationFigures,
  previous: Report | undefined,
  unread: UnreadCells,
): ProblemFacts {
  return {
    newReceived: figures.newReceived,
    previousNewReceived: previous && readApplicationFigures(previous).newReceived,
    review: figures.review,
    suits: figures.suits,
    corrected: figures.corrected,
    refused: sumOf([figures.outcomes.withheld, figures.outcomes.unavailable]),
    inForce: normativeInForce(report, unread),
    previousInForce: previous && normativeInForce(previous),
    normativeName: report.format === "2021" ? "行政规范性文件" : "规范性文件",
  };
}

const draft2021: Drafter = (report, subject, previous, unread) => {
  const figures = readApplicationFigures(report, unread);
  const headings = phrases.overviewHeadings2021;
  const disclosure = readDisclosure2021Figures(report, unread);
  const parts: [string, string][] = [
    [headings.disclosure, phrases.disclosure2021(subject, disclosure, !rulesOmitted(report, unread))],
    [headings.applications, phrases.applications(figures) + phrases.appeals(figures)],
    [headings.management, phrases.management2021(subject)],
    [headings.platforms, phrases.platforms2021()],
    [headings.oversight, phrases.oversight2021()],
  ];
  return {
    overview: parts.map(([heading, paragraph]) => `${heading}\n${paragraph}`).join("\n"),
    problems: problems(subject, problemFacts(report, figures, previous, unread)),
    other: phrases.other2021(),
  };
};

const draft2019: Drafter = (report, subject, previous, unread) => {
  const figures = readApplicationFigures(report, unread);
  return {
    overview: [
      phrases.disclosure2019(subject, readDisclosure2019Figures(report, unread), !rulesOmitted(report, unread)),
      phrases.applications(figures) + phrases.appeals(figures),
    ].join("\n"),
    problems: problems(subject, problemFacts(report, figures, previous, unread)),
    other: phrases.other2019(),
  };
};

const drafters: Record<FormatId, Drafter> = { "2019": draft2019, "2021": draft2021 };

/**
 * A plain official draft of sections 一, 五 and 六 that quotes the report's own tables, the same every time. Section 五
 * compares with last year's report when one is given (applications and 规范性文件 up or down). Cells the file did
 * not give (`unread`) are drafted as “（未读到）”, never as 0.
 */
export function draftNarrative(report: Report, previous?: Report, unread?: readonly CellRef[]): NarrativeDraft {
  const subject = { year: report.year, who: report.body.trim() || phrases.UNNAMED_BODY };
  return drafters[report.format](report, subject, previous, unreadSet(unread));
}

/** What a caller of draftNarrative should tell the user before using the draft. */
export type DraftWarning =
  | { code: "tablesHaveErrors"; count: number; message: string }
  | { code: "figuresLeftOut"; cells: CellRef[]; message: string }
  | { code: "figuresBlank"; cells: CellRef[]; message: string }
  | { code: "figuresUnread"; cells: CellRef[]; message: string };

/**
 * Warnings about a draft of this report: the tables have errors (the draft quotes figures that do not add up), or
 * some figures are of the wrong kind (1.5 applications, a negative amount) and the draft leaves them out, or some are
 * blank and the draft says “未填写” where they stand, or some were not read (`unread`) and it says “未读到”.
 */
export function draftWarnings(
  report: Report,
  options: ValidateOptions & { readFindings?: readonly Finding[] } = {},
): DraftWarning[] {
  const errors = [...(options.readFindings ?? []), ...validateReport(report, options)].filter(
    (f) => f.severity === "error",
  ).length;
  const unread = unreadSet(options.unread);
  const cells = leftOutCells(report, unread);
  const blanks = blankCells(report, unread);
  const notRead = quotedCellsThat(report, "unread", unread);
  return [
    ...(errors > 0
      ? [{ code: "tablesHaveErrors" as const, count: errors, message: draftWarningMessages.tablesHaveErrors(errors) }]
      : []),
    ...(cells.length > 0
      ? [{ code: "figuresLeftOut" as const, cells, message: draftWarningMessages.figuresLeftOut(report.format, cells) }]
      : []),
    ...(blanks.length > 0
      ? [
          {
            code: "figuresBlank" as const,
            cells: blanks,
            message: draftWarningMessages.figuresBlank(report.format, blanks),
          },
        ]
      : []),
    ...(notRead.length > 0
      ? [
          {
            code: "figuresUnread" as const,
            cells: notRead,
            message: draftWarningMessages.figuresUnread(report.format, notRead),
          },
        ]
      : []),
  ];
}
