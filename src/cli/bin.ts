// The compiled command's entry (scripts/build-cli.mjs bundles it into build/cli/nianbao.cjs). The same file is the
// worker script that checks files on the other cores: workerData says which role it plays.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { serveChecks, enableWorkerThreads, WORKER_ROLE } from "./check-files";
import type { CheckSettings } from "./check-file";
import { quietWhenReaderGoes } from "./io";
import { runCli } from "./main";

type WorkerData = { role?: string; settings?: CheckSettings } | undefined;
const data = workerData as WorkerData;

if (!isMainThread && parentPort && data?.role === WORKER_ROLE && data.settings) {
  serveChecks(data.settings, parentPort);
} else {
  quietWhenReaderGoes();
  enableWorkerThreads(__filename);
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
