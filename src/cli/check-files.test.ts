import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFiles, enableWorkerThreads } from "./check-files";

// The pool of worker threads the compiled command checks folders with. Its workers here are a stand-in script that
// answers at once, or dies the ways a real worker can (an uncaught error, an exit), so the test is about the pool:
// every file gets its entry, in the order given, and a dead worker is replaced.

const script = join(mkdtempSync(join(tmpdir(), "nianbao-pool-")), "worker.cjs");
writeFileSync(
  script,
  `const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ index, file }) => {
  if (file.endsWith("throws.txt")) setTimeout(() => { throw new Error("boom in " + file); });
  else if (file.endsWith("exits.txt")) process.exit(3);
  else setTimeout(() => parentPort.postMessage({ index, result: { file, format: "2021", year: 2023, body: "", findings: [] } }), 50 - index);
});
`,
);

describe("checking files on worker threads", () => {
  beforeAll(() => enableWorkerThreads(script));

  it("gives every file its entry in the order given, when workers die on some of them", async () => {
    const files = ["a.txt", "throws.txt", "b.txt", "exits.txt", "c.txt", "d.txt", "throws.txt", "e.txt"];
    const finished: number[] = [];
    const results = await checkFiles(files, { hint: {} }, (count) => finished.push(count));
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results.map((r) => ("errors" in r ? "failed" : "checked"))).toEqual([
      "checked",
      "failed",
      "checked",
      "failed",
      "checked",
      "checked",
      "failed",
      "checked",
    ]);
    expect(results[1]).toEqual({ file: "throws.txt", errors: [expect.stringContaining("boom in throws.txt")] });
    expect(results[3]).toEqual({ file: "exits.txt", errors: [expect.stringContaining("校验线程意外结束")] });
    expect(finished).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  }, 30_000);
});
