import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

/** Debian's chromium, installed by scripts/ensure-browser.sh; no test ever downloads a browser. */
export const chromiumPath = "/usr/bin/chromium";

const chromiumArgs = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-gpu",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** What the page did that it must not: console errors, uncaught exceptions, requests to anywhere but this machine. */
export type PageRecord = { consoleErrors: string[]; outsideRequests: string[] };

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

function leavesMachine({ protocol, hostname }: URL): boolean {
  return /^(https?|wss?):$/.test(protocol) && !localHosts.has(hostname);
}

/**
 * Launches headless Chromium and opens a page that records (and blocks) everything leaving localhost; `options`
 * beyond the defaults, e.g. a narrow viewport or another user agent.
 */
export async function openRecordedPage(
  options: BrowserContextOptions = {},
): Promise<{ browser: Browser; page: Page; record: PageRecord }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", ...options });
  const record: PageRecord = { consoleErrors: [], outsideRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") record.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => record.consoleErrors.push(error.message));
  // Record, then refuse: the test fails on any outside request, and none ever reaches the network.
  await page.route(leavesMachine, async (route) => {
    record.outsideRequests.push(route.request().url());
    await route.abort();
  });
  return { browser, page, record };
}

/** The font families Chromium actually drew a node's text with (DevTools protocol), e.g. ["Noto Sans CJK SC"]. */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  await session.send("DOM.enable");
  await session.send("CSS.enable");
  const { root } = await session.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await session.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await session.send("CSS.getPlatformFontsForNode", { nodeId });
  await session.detach();
  return fonts.map((font) => font.familyName);
}

/** openRecordedPage, then the preview page (with `query`, e.g. "?pane=280"), as every preview test starts. */
export async function openPreview(query = ""): Promise<{ browser: Browser; page: Page; record: PageRecord }> {
  const opened = await openRecordedPage();
  await opened.page.goto(`${process.env.NIANBAO_PREVIEW_URL ?? ""}preview.html${query}`);
  return opened;
}

/** The console's Content-Security-Policy violations among what the page recorded. */
export const cspViolations = (record: PageRecord): string[] =>
  record.consoleErrors.filter((text) => /Content[- ]Security[- ]Policy/i.test(text));

const officeJsDist = join(__dirname, "../../node_modules/@microsoft/office-js/dist");

/**
 * Answers the page's requests to Microsoft's office.js CDN with the real files of @microsoft/office-js (the same
 * library, a version behind at most), so a page runs office.js as in Office without the network.
 */
export async function serveOfficeJsFromPackage(page: Page): Promise<void> {
  await page.route(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//, async (route) => {
    const path = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
    const file = join(officeJsDist, normalize(path));
    if (!file.startsWith(officeJsDist + sep)) return route.abort();
    try {
      const body = await readFile(file);
      await route.fulfill({ body, contentType: extname(file) === ".js" ? "text/javascript" : undefined });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
}
