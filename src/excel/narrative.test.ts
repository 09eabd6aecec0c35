import { draftNarrative, emptyReport } from "../domain";
import { BODY, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { writeNarrative } from "./narrative";
import { readReport } from "./read-report";

const host = withPreviewHost();
const draft = draftNarrative(emptyReport("2021", 2025, BODY));

describe("writeNarrative", () => {
  it("writes drafted sections into empty prose cells and keeps hand-written text", async () => {
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(sheet.textSheet, "A5", [["我们自己写的问题与改进。"]]);
    host.workbook.resetStats();
    expect(await writeNarrative(sheet, draft, { replace: false })).toEqual({
      written: ["overview", "other"],
      kept: ["problems"],
    });
    expect(host.workbook.stats.runs.map((run) => run.syncs)).toEqual([2]);
    const { text } = (await readReport(sheet)).report;
    expect(text).toEqual({ overview: draft.overview, problems: "我们自己写的问题与改进。", other: draft.other });
  });

  it("overwrites hand-written text when asked to replace", async () => {
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(sheet.textSheet, "A5", [["我们自己写的问题与改进。"]]);
    expect(await writeNarrative(sheet, { problems: draft.problems }, { replace: true })).toEqual({
      written: ["problems"],
      kept: [],
    });
    expect((await readReport(sheet)).report.text.problems).toBe(draft.problems);
  });
});
