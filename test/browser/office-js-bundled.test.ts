import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Configuration } from "webpack";
import { cspViolations, openRecordedPage } from "./launch";
import { serveStatic, stopServer } from "./serve-static.cjs";

// The build for closed networks (NIANBAO_OFFICE_JS=bundled): office.js and the files it loads come from the add-in's
// own origin, and the pages' policy allows scripts from nowhere else. Served on localhost and opened in Chromium with
// Microsoft's CDN out of reach (every request leaving the machine is refused and recorded).

jest.setTimeout(600_000);

type Configure = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require("../../webpack.config.js") as Configure;

const out = mkdtempSync(join(tmpdir(), "nianbao-bundled-"));
let served: { server: Server; url: string } | undefined;

beforeAll(async () => {
  // The same configuration as `NIANBAO_OFFICE_JS=bundled npm run build`, in development mode and for the pane alone,
  // so the test builds in a minute rather than ten on a busy machine.
  const config = await configure({ outputPath: out, officeJs: "bundled" }, { mode: "development" });
  const entry = config.entry as Record<string, string>;
  await new Promise<void>((resolve, reject) =>
    webpack({ ...config, entry: { taskpane: entry.taskpane! }, devtool: false }, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
  served = await serveStatic(out, "taskpane.html");
});

afterAll(async () => {
  if (served) await stopServer(served.server);
  rmSync(out, { recursive: true, force: true });
});

it("takes office.js from its own origin, and allows scripts from nowhere else", () => {
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  expect(html).toContain('src="office-js/office.js"');
  expect(html).not.toMatch(/<script[^>]*src="https?:/);
  expect(/script-src ([^;"]*)/.exec(html)?.[1]).toBe("'self'");
});

it("loads office.js, Excel's script and its Chinese strings from the same origin with the CDN unreachable", async () => {
  const { browser, page, record } = await openRecordedPage({ viewport: { width: 350, height: 800 } });
  try {
    const url = served!.url;
    const loaded: string[] = [];
    page.on("requestfinished", (request) => loaded.push(request.url()));
    // As Excel on the web opens the pane: office.js then loads Excel's own script and its Chinese strings.
    const strings = page.waitForResponse(/\/zh-cn\/office_strings\.js$/);
    await page.goto(`${url}taskpane.html?_host_Info=Excel$Web$16.00$zh-CN$$$$0`);
    expect((await strings).status()).toBe(200);
    await page.waitForLoadState("load");
    expect(loaded).toEqual(
      expect.arrayContaining([
        `${url}office-js/office.js`,
        `${url}office-js/excel-web-16.00.js`,
        `${url}office-js/zh-cn/office_strings.js`,
      ]),
    );
    await expect(page.evaluate(() => typeof Office.onReady)).resolves.toBe("function");
    expect(record.outsideRequests).toEqual([]);
    expect(cspViolations(record)).toEqual([]);
  } finally {
    await browser.close();
  }
});
