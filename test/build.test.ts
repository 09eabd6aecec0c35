import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

const run = promisify(execFile);
const root = join(__dirname, "..");

// `npm run build`: the production bundle a body's IT department hosts, with the manifest pointed at it.
const out = mkdtempSync(join(tmpdir(), "nianbao-build-"));

beforeAll(async () => {
  await run("npx", ["webpack", "--mode", "production", "--env", `outputPath=${out}`], {
    cwd: root,
    env: { ...process.env, NIANBAO_PUBLIC_URL: "https://gk.example.gov.cn/nianbao/" },
    maxBuffer: 64 * 1024 * 1024,
  });
}, 240_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

it("builds a production bundle whose manifest points at the public address", () => {
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

  // Every page carries a Content-Security-Policy ahead of its first script: scripts only from the add-in's own
  // origin and Office's, never inline or eval.
  for (const page of ["taskpane.html", "commands.html", "preview.html", "help.html"]) {
    const html = readFileSync(join(out, page), "utf8");
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    if (policy === undefined) throw new Error(`${page} has no Content-Security-Policy`);
    const directives = new Map(
      policy.split(";").map((d) => {
        const [name = "", ...sources] = d.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    const scriptSources = directives.get("script-src") ?? directives.get("default-src") ?? ["*"];
    const allowed = ["'self'", "'none'", "https://appsforoffice.microsoft.com"];
    expect({ page, scriptSources: scriptSources.filter((source) => !allowed.includes(source)) }).toEqual({
      page,
      scriptSources: [],
    });
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.search(/<script|$/));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  }
}, 240_000);

// The pane's first load: what taskpane.html loads before anything is asked for (Word export, file readers and the
// current report's part come later). Office's own office.js is not ours to count.
const initialBudgetBytes = 200_000;

it("keeps the pane's initial JavaScript within its gzip budget, loading the rest when asked for", () => {
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
  expect(scripts).toContain("taskpane.js");
  const gzipBytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, src))).length, 0);
  expect(gzipBytes).toBeLessThanOrEqual(initialBudgetBytes);
  // The Word writer is in a chunk of its own, not in what loads first.
  const initial = scripts.map((src) => readFileSync(join(out, src), "utf8")).join("\n");
  expect(initial).not.toContain("word/document.xml");
  expect(
    readdirSync(out).some(
      (file) => file.endsWith(".js") && readFileSync(join(out, file), "utf8").includes("word/document.xml"),
    ),
  ).toBe(true);
});
