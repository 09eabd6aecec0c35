// `npm run bench`: issue 13's budgets and issue 11's worst inputs, measured here and printed as one table. Each
// figure is the minimum of several runs; a row whose measurement fails says why. Not part of `npm test`: timing is for
// people to read. Exit code 1 when a figure is over its budget.
import { availableParallelism, loadavg } from "node:os";
import { cliRows } from "./cli";
import { coreRows } from "./core";
import { hostileRows } from "./hostile";
import { paneRows } from "./pane";
import { syncRows } from "./syncs";
import { isOver, renderTable, type Row } from "./table";

async function main(): Promise<number> {
  // Times depend on what else the machine does: say so beside the table.
  const load = () => loadavg()[0]!.toFixed(1);
  const loadBefore = load();
  const rows: Row[] = [
    ...(await syncRows()),
    ...(await coreRows()),
    ...(await cliRows()),
    ...(await paneRows()),
    ...(await hostileRows()),
  ];
  console.log(renderTable(rows));
  console.log(`load average ${loadBefore} before, ${load()} after, on ${availableParallelism()} cores`);
  return rows.some(isOver) ? 1 : 0;
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
