// The compiled command's entry (scripts/build-cli.mjs bundles it into build/cli/nianbao.cjs). The same file is the
// worker script that checks files on the other cores: workerData says which role it plays.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { serveChecks, WORKER_ROLE } from "./check-files";
import type { CheckSettings } from "./check-file";
import { quietWhenReaderGoes } from "./io";
import { runCli } from "./main";
import { READ_ROLE, serveRead } from "./read-on-worker";
import { configureTiering, configureWorkerHeaps, enableWorkerThreads } from "./worker-limits";

type WorkerData = { role?: string; settings?: CheckSettings } | undefined;
const data = workerData as WorkerData;

if (!isMainThread && parentPort && data?.role === WORKER_ROLE && data.settings) {
  serveChecks(data.settings, parentPort);
} else if (!isMainThread && parentPort && data?.role === READ_ROLE) {
  serveRead(parentPort);
} else {
  quietWhenReaderGoes();
  enableWorkerThreads(__filename);
  configureWorkerHeaps();
  configureTiering();
  void runCli(process.argv.slice(2)).then((code) => {
    // Once the output is out, the command ends, whatever a worker given up on is still doing.
    process.stdout.write("", () => process.exit(code));
  });
}
