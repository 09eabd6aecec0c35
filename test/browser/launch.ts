import { chromium, type Browser, type Page } from "playwright-core";

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

/** Launches headless Chromium and opens a page that records (and blocks) everything leaving localhost. */
export async function openRecordedPage(): Promise<{ browser: Browser; page: Page; record: PageRecord }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
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
