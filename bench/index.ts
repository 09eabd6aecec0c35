// `npm run bench`: issue 13's budgets and issue 11's worst inputs, measured here and printed as one table. Each
// figure is the minimum of several runs. Not part of `npm test`: timing is for people to read. Exit code 1 when a
// figure is over its budget or a row could not be measured (a build or a measured command failed): the table names
// the rows. `npm run bench -- cli hostile` runs only the named groups.
//
// Adding a row: in a group below (or a new file exporting `async (): Promise<Row[]>`, listed in `groups`), push
// `await measureRow(what, budget, async () => ({ measured, within }))` (bench/table.ts). Throw from the measurement
// when what it measures does not work; a command run with runNode is judged with expectExit (bench/measure.ts), and
// a row that runs the CLI awaits cliBuilt() first (bench/cli.ts).
import { availableParallelism, loadavg } from "node:os";
import { cliRows } from "./cli";
import { coreRows } from "./core";
import { hostileRows } from "./hostile";
import { paneRows } from "./pane";
import { pdfRows } from "./pdf";
import { reviewRows } from "./review";
import { syncRows } from "./syncs";
import { failsBench, renderTable, type Row } from "./table";

const groups: Record<string, () => Promise<Row[]>> = {
  syncs: syncRows,
  core: coreRows,
  cli: cliRows,
  pdf: pdfRows,
  pane: paneRows,
  hostile: hostileRows,
  review: reviewRows,
};

async function main(): Promise<number> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in groups));
  if (unknown.length) {
    console.error(`no bench group ${unknown.join(", ")}; the groups are ${Object.keys(groups).join(", ")}`);
    return 2;
  }
  // Times depend on what else the machine does: say so beside the table.
  const load = () => loadavg()[0]!.toFixed(1);
  const loadBefore = load();
  const rows: Row[] = [];
  for (const [name, measure] of Object.entries(groups)) {
    if (!asked.length || asked.includes(name)) rows.push(...(await measure()));
  }
  console.log(renderTable(rows));
  console.log(`load average ${loadBefore} before, ${load()} after, on ${availableParallelism()} cores`);
  return rows.some(failsBench) ? 1 : 0;
}

void main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
