import { runCli } from "../../src/cli/main";
// The commands are loaded on demand by the CLI (a fast start); tests load them with the test file instead, so that
// compiling them is not counted in the first test's time.
import "../../src/cli/check";
import "../../src/cli/convert";
import "../../src/cli/export";
import "../../src/cli/narrate";
import "../../src/cli/template";

/** Runs the CLI in-process and returns what a person would see, and the exit code. */
export async function runCliCaptured(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
