import { useCallback, useMemo, useState } from "react";
import type { ReviewInput } from "../../domain/review/batch";
import type { UnitAssessment, UnitRow } from "../../domain/review/unit-sums";
import { unitSumsStrings } from "../components/UnitSums/unit-sums.zh-CN";
import type { UnitSumsActions, UnitSumsOutcome } from "../unit-sums-actions";
import type { ReportSheetRef } from "../workbook-actions";
import type { useHostAction } from "./useHostAction";

type Host = ReturnType<typeof useHostAction>;
type Engine = typeof import("../../domain/review/unit-sums");

/** The review's grouping and checks are a large part of the pane's code: loaded when units are first picked. */
const loadEngine = (): Promise<Engine> => import(/* webpackChunkName: "unit-sums" */ "../../domain/review/unit-sums");

/** Reads one picked file as the 上年报告 picker does; whatever goes wrong is that file's reason, never the pane's. */
async function readUnit(file: File, engine: Engine): Promise<ReviewInput> {
  try {
    const { readPreviousFile } = await import(/* webpackChunkName: "read-file" */ "../read-previous-file");
    const read = await readPreviousFile(file);
    return engine.unitInput(
      read.ok ? { ...read, file: file.name } : { file: file.name, ok: false, errors: read.errors },
    );
  } catch {
    return { file: file.name, unreadable: [unitSumsStrings.readFailed] };
  }
}

/**
 * 汇总下级报告: reads the picked units' reports, judges them against the report in view (the domain's assessment,
 * again whenever another report is chosen), and after the person's confirmation writes the sums.
 */
export function useUnitSums(actions: UnitSumsActions, host: Host, sheet: ReportSheetRef, onWritten: () => void) {
  const [engine, setEngine] = useState<Engine | undefined>(undefined);
  const [inputs, setInputs] = useState<ReviewInput[] | undefined>(undefined);
  const [reading, setReading] = useState<number | undefined>(undefined);
  const [outcome, setOutcome] = useState<(UnitSumsOutcome & { units: number }) | undefined>(undefined);

  const assessment: UnitAssessment | undefined = useMemo(
    () => (engine && inputs ? engine.assessUnits(sheet, inputs) : undefined),
    [engine, inputs, sheet],
  );

  /** The units summed, those among them a person should look at first, and the files not counted. */
  const groups: { counted: UnitRow[]; flagged: UnitRow[]; excluded: UnitRow[] } | undefined = useMemo(() => {
    if (!engine || !assessment) return undefined;
    const counted = engine.countedUnits(assessment);
    return {
      counted,
      flagged: counted.filter(engine.isFlagged),
      excluded: assessment.units.filter((unit) => unit.excluded),
    };
  }, [engine, assessment]);

  const { run, fail } = host;
  const pick = useCallback(
    async (files: readonly File[]) => {
      setOutcome(undefined);
      if (files.length === 0) return setInputs(undefined);
      setReading(files.length);
      try {
        const loaded = await loadEngine();
        // One file after another: a PDF's reader and its worker are not held for several files at once.
        const read: ReviewInput[] = [];
        for (const file of files) read.push(await readUnit(file, loaded));
        setEngine(() => loaded);
        setInputs(read);
      } catch (error) {
        // The pane's own code could not be loaded (the add-in's server is out of reach): said as a host failure.
        fail(error);
      } finally {
        setReading(undefined);
      }
    },
    [fail],
  );

  /** Writes the sums of the counted units; without `withFlagged`, of those without errors only. */
  const summarise = useCallback(
    async (withFlagged: boolean) => {
      if (!engine || !assessment) return;
      const chosen = engine.chooseUnits(assessment, withFlagged);
      const written = await run(() => actions.writeUnitSums(sheet, chosen));
      if (!written) return;
      setOutcome({ ...written, units: engine.countedUnits(chosen).length });
      if (written.ok) onWritten();
    },
    [actions, assessment, engine, onWritten, run, sheet],
  );

  return { pick, reading, assessment, groups, summarise, outcome };
}
