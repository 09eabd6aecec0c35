import { draftNarrative, quickFixOf, zeroReport, type Finding, type QuickFix } from "../domain";
import {
  BODY,
  addressIn,
  apps,
  insertYear,
  typeFigure,
  watchFromNow,
  withPreviewHost,
} from "./__fixtures__/preview-host";
import { dismissWarning, restoreDismissal } from "./dismissals";
import { HostError } from "./host-error";
import { insertTemplate } from "./insert-template";
import { writeNarrative } from "./narrative";
import { applyQuickFix } from "./quick-fixes";
import type { ReportSheet } from "./settings";
import { hostErrorMessage } from "./strings.zh-CN";
import { validateWorkbookReport } from "./validate";
import { watchEdits, type EditCheck } from "./watch-edits";

// Host faults on the preview: a sync that fails part-way (what came before the failing operation stays applied, as
// in Excel), the pane closed and opened again, edits that arrive while 一键校验 runs. On every path the workbook is
// left as it was (protection, cells, names and settings), and the pane has a Chinese sentence for what happened.

// Several inserted sheets per test, on a machine that may be busy.
jest.setTimeout(30_000);

const host = withPreviewHost();

/** Everything a person could see changed: each sheet (cells, formats, protection…), the names and the settings. */
const workbookState = () => {
  const { sheets, names } = host.workbook.snapshot();
  return { sheets, names, settings: [...host.workbook.model.settings.entries()] };
};

const inForce = { table: "disclosure", key: "rules.inForce" } as const;

/** Two years, a 现行有效件数 warning, a text figure, a total typed over (on a sheet whose protection was lifted). */
async function setUp(): Promise<{ sheet: ReportSheet; findings: Finding[] }> {
  const previous = await insertYear(2024);
  const sheet = await insertYear(2025);
  host.workbook.editFromUi(previous.tablesSheet, addressIn(previous, inForce), [["9"]]);
  host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, inForce), [["7"]]);
  await Excel.run(async (context) => {
    const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
    tables.protection.unprotect();
    // Pasted from a text cell: no validation, the text kept as it is.
    const pasted = tables.getRange(addressIn(sheet, apps("newReceived.natural")));
    pasted.dataValidation.clear();
    pasted.numberFormat = [["@"]];
    pasted.values = [["3件"]];
    await context.sync();
  });
  await typeFigure(host.workbook, sheet, "newReceived.total", "9");
  return { sheet, findings: (await validateWorkbookReport(sheet)).findings };
}

function fixOf(findings: Finding[], code: Finding["code"]): QuickFix {
  const found = findings.find((f) => f.code === code);
  const fix = found && quickFixOf(found);
  if (!fix) throw new Error(`expected a quick fix for ${code}`);
  return fix;
}

function warningOf(findings: Finding[]): Finding {
  const found = findings.find((f) => f.ruleId === "carryOver.inForce");
  if (!found) throw new Error("expected the 现行有效件数 warning");
  return found;
}

/** A path, the syncs it makes (each is made to fail in turn), what comes before it, and the action. */
type Path = {
  name: string;
  syncs: number[];
  prepare?: (sheet: ReportSheet, findings: Finding[]) => Promise<Finding[]>;
  /** Whether a failed write is written back (several cells), or cannot have been half done (one setting). */
  putsBack?: false;
  act: (sheet: ReportSheet, findings: Finding[]) => Promise<unknown>;
};

const paths: Path[] = [
  { name: "一键校验", syncs: [1], act: (sheet) => validateWorkbookReport(sheet) },
  {
    name: "a quick fix (空白处填 0)",
    syncs: [1, 2],
    act: (sheet, findings) => applyQuickFix(sheet, fixOf(findings, "cell.blank")),
  },
  {
    name: "a quick fix (改为数字)",
    syncs: [1, 2],
    act: (sheet, findings) => applyQuickFix(sheet, fixOf(findings, "cell.text")),
  },
  {
    name: "恢复公式",
    syncs: [1, 2],
    act: (sheet, findings) => applyQuickFix(sheet, fixOf(findings, "cell.formulaLost")),
  },
  {
    name: "drafting the prose",
    syncs: [1, 2],
    act: async (sheet) => writeNarrative(sheet, draft, { replace: true }),
  },
  {
    name: "dismissing a warning",
    syncs: [1, 2],
    putsBack: false,
    act: (sheet, findings) => dismissWarning(sheet, warningOf(findings), "两件规章已废止"),
  },
  {
    name: "taking a dismissal back",
    syncs: [1, 2],
    putsBack: false,
    prepare: async (sheet, findings) => (await dismissWarning(sheet, warningOf(findings), "两件规章已废止")).findings,
    act: (sheet, findings) => restoreDismissal(sheet, warningOf(findings)),
  },
];

/** Drafts for every prose section, written over whatever the cells hold. */
const draft = draftNarrative(zeroReport("2021", 2025, BODY));

describe("a sync that fails part-way", () => {
  it.each(paths.flatMap((path) => path.syncs.map((nth) => [path.name, nth, path] as const)))(
    "%s, sync %i failing: the workbook is as it was, and the pane says so in Chinese",
    async (_name, nth, path) => {
      const { sheet, findings: found } = await setUp();
      const findings = (await path.prepare?.(sheet, found)) ?? found;
      const before = workbookState();
      host.workbook.failSync(nth);
      const failure = await path.act(sheet, findings).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(HostError);
      // A failed read wrote nothing; a failed write of cells was put back.
      const putBack = nth === 2 && path.putsBack !== false;
      expect(hostErrorMessage(failure)).toMatch(putBack ? /^Excel 写入时中途出错/ : /^Excel 未能完成操作/);
      expect(workbookState()).toEqual(before);
    },
  );

  it("an edit's look at the sheet: nothing written, the failure said in Chinese, the next edit's look has both", async () => {
    const sheet = await insertYear(2025);
    const { results, errors } = await watchFromNow(sheet);
    host.workbook.failSync(1);
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    const edited = workbookState();
    await host.workbook.whenIdle();
    expect(workbookState()).toEqual(edited);
    expect(results).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(hostErrorMessage(errors[0])).toMatch(/^Excel 未能完成操作/);
    await typeFigure(host.workbook, sheet, "newReceived.legal", "1");
    const balances = results[0]?.findings.filter((f) => f.code === "balance.mismatch").map((f) => f.cells[0]?.key);
    expect(balances).toEqual(expect.arrayContaining(["newReceived.natural", "newReceived.legal"]));
  });
});

describe("an insertion whose writing sync fails part-way", () => {
  it("leaves no sheet, name or record of its own behind, says so in Chinese, and can be retried", async () => {
    await insertYear(2024);
    const before = workbookState();
    host.workbook.failSync(2);
    const failure = await insertTemplate({ year: 2025, body: BODY, format: "2021" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect(hostErrorMessage(failure)).toContain("工作簿保持插入前的样子");
    expect(workbookState()).toEqual(before);
    expect(await insertTemplate({ year: 2025, body: BODY, format: "2021" })).toMatchObject({ ok: true });
  });

  it("writes nothing when the reading sync fails", async () => {
    const before = workbookState();
    host.workbook.failSync(1);
    await expect(insertTemplate({ year: 2025, body: BODY, format: "2021" })).rejects.toBeInstanceOf(HostError);
    expect(workbookState()).toEqual(before);
  });
});

describe("the pane closed and opened again", () => {
  it("checks at once, on opening, what was typed while it was closed", async () => {
    const sheet = await insertYear(2025);
    const stop = await watchEdits(sheet, () => undefined);
    await stop();
    await typeFigure(host.workbook, sheet, "newReceived.natural", "5");
    const results: EditCheck[] = [];
    await watchEdits(sheet, (result) => results.push(result));
    expect(results).toHaveLength(1);
    expect(results[0]?.findings.filter((f) => f.code === "balance.mismatch")).toHaveLength(1);
    // Closing did not leave a handler behind: one edit, one check.
    await typeFigure(host.workbook, sheet, "disclosed.natural", "5");
    expect(results).toHaveLength(2);
    expect(results[1]?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("edits that arrive while 一键校验 runs", () => {
  it("are checked after it: the last outcome has every edit", async () => {
    const sheet = await insertYear(2025);
    const results: EditCheck[] = [];
    await watchEdits(sheet, (result) => results.push(result));
    results.splice(0);
    const validation = validateWorkbookReport(sheet);
    const edited = addressIn(sheet, apps("newReceived.natural"));
    expect(host.workbook.editFromUi(sheet.tablesSheet, edited, [["5"]])).toEqual({ ok: true });
    await validation;
    await host.workbook.whenIdle();
    expect(results.at(-1)?.findings.find((f) => f.code === "balance.mismatch")).toMatchObject({ actual: 5 });
  });
});
