import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliCaptured } from "./helpers/run-cli";

describe("nianbao check on a report with no figure", () => {
  it("fails a template nobody filled in, saying so", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "nianbao-blank-")), "blank.xlsx");
    const made = await runCliCaptured(["template", "--year", "2025", "--body", "某县交通运输局", "-o", file]);
    expect(made.code).toBe(0);
    const checked = await runCliCaptured(["check", file]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain("报告没有填写任何数字");
  }, 60_000);
});
