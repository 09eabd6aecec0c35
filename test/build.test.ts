import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = join(__dirname, "..");

// `npm run build`: the production bundle a body's IT department hosts, with the manifest pointed at it.
it("builds a production bundle whose manifest points at the public address", async () => {
  const out = mkdtempSync(join(tmpdir(), "nianbao-build-"));
  await run("npx", ["webpack", "--mode", "production", "--env", `outputPath=${out}`], {
    cwd: root,
    env: { ...process.env, NIANBAO_PUBLIC_URL: "https://gk.example.gov.cn/nianbao/" },
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of [
    "taskpane.html",
    "taskpane.js",
    "commands.html",
    "commands.js",
    "help.html",
    "assets/icon-80.png",
  ]) {
    expect(existsSync(join(out, file))).toBe(true);
  }
  const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
  expect(manifest).toContain('<SourceLocation DefaultValue="https://gk.example.gov.cn/nianbao/taskpane.html" />');
  expect(manifest).toContain("<AppDomain>https://gk.example.gov.cn</AppDomain>");
  expect(manifest.replace(/<!--[\s\S]*?-->/g, "")).not.toContain("localhost");
  // The pane loads office.js from the Office CDN only in real Excel, and the bundle is minified.
  expect(readFileSync(join(out, "taskpane.html"), "utf8")).toContain(
    "appsforoffice.microsoft.com/lib/1/hosted/office.js",
  );
  expect(readFileSync(join(out, "taskpane.js"), "utf8").split("\n").length).toBeLessThan(50);
}, 240_000);
