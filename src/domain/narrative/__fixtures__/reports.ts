import type { FormatId, Report, TableId } from "../../model";
import { zeroReport } from "../../report";

// Reports for the narrative tests, with figures that satisfy every 勾稽关系 of the tables.

type CellValues = Partial<Record<TableId, Record<string, number>>>;

/** A zero report of the format with some cells set. */
export function reportWith(format: FormatId, year: number, body: string, cells: CellValues = {}): Report {
  const report = zeroReport(format, year, body);
  for (const [table, values] of Object.entries(cells) as [TableId, Record<string, number>][]) {
    Object.assign(report.tables[table], values);
  }
  return report;
}

/** 新收12 + 上年结转3 = 办结12 + 结转3, by 自然人 and 商业企业; 复议2, 诉讼1. */
const applicationsAndAppeals = {
  applications: {
    "newReceived.natural": 10,
    "newReceived.commercial": 2,
    "newReceived.total": 12,
    "carriedIn.natural": 3,
    "carriedIn.total": 3,
    "disclosed.natural": 8,
    "disclosed.total": 8,
    "partlyDisclosed.natural": 2,
    "partlyDisclosed.total": 2,
    "notProcessed.repeated.natural": 1,
    "notProcessed.repeated.total": 1,
    "withheld.stateSecret.commercial": 1,
    "withheld.stateSecret.total": 1,
    "resultTotal.natural": 11,
    "resultTotal.commercial": 1,
    "resultTotal.total": 12,
    "carriedOut.natural": 2,
    "carriedOut.commercial": 1,
    "carriedOut.total": 3,
  },
  appeals: {
    "review.upheld": 1,
    "review.pending": 1,
    "review.total": 2,
    "suitDirect.other": 1,
    "suitDirect.total": 1,
  },
};

/** A format 2021 report of year 2023 with figures in every table. */
export const figures2021 = (body = "某市某局"): Report =>
  reportWith("2021", 2023, body, {
    ...applicationsAndAppeals,
    disclosure: {
      "rules.issued": 1,
      "rules.inForce": 5,
      "normativeDocs.issued": 4,
      "normativeDocs.repealed": 1,
      "normativeDocs.inForce": 30,
      "licensing.decisions": 120,
      "penalty.decisions": 35,
      "enforcement.decisions": 2,
      "fees.amount": 12.34567,
    },
  });

/** A format 2019 report of year 2019 with figures in every table. */
export const figures2019 = (body = "某区某局"): Report =>
  reportWith("2019", 2019, body, {
    ...applicationsAndAppeals,
    disclosure: {
      "rules.made": 1,
      "rules.published": 1,
      "rules.totalPublic": 6,
      "normativeDocs.made": 4,
      "normativeDocs.published": 4,
      "normativeDocs.totalPublic": 20,
      "licensing.decisions": 120,
      "penalty.decisions": 35,
      "enforcement.decisions": 2,
      "procurement.count": 3,
      "procurement.amount": 850.5,
    },
  });
