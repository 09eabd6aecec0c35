import type { Page } from "playwright-core";
import { cspViolations, openRecordedPage, serveOfficeJsFromPackage, type PageRecord } from "./launch";

// taskpane.html before the bundle runs: where the pane cannot start (Internet Explorer 11's webview, a bundle that
// does not load, office.js out of reach) it says why in Chinese instead of staying blank; with the real office.js
// (@microsoft/office-js, answering for Microsoft's CDN) the page's Content-Security-Policy refuses nothing it needs.

jest.setTimeout(120_000);

const paneUrl = `${process.env.NIANBAO_PREVIEW_URL ?? ""}taskpane.html`;
/** As Excel on the web opens the pane: office.js then loads Excel's own script and its Chinese strings. */
const asExcelOnTheWeb = "?_host_Info=Excel$Web$16.00$zh-CN$$$$0";
const internetExplorer11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

let opened: Awaited<ReturnType<typeof openRecordedPage>> | undefined;
afterEach(async () => {
  await opened?.browser.close();
  opened = undefined;
});

async function open(options: { userAgent?: string } = {}): Promise<{ page: Page; record: PageRecord }> {
  opened = await openRecordedPage({ viewport: { width: 350, height: 800 }, ...options });
  return opened;
}

const notice = (page: Page) => page.getByRole("alert");

it("says in Chinese which Office and WebView2 it needs when the bundle does not load", async () => {
  const { page, record } = await open();
  await serveOfficeJsFromPackage(page);
  await page.route(/\/taskpane\.js$/, (route) => route.abort());
  await page.goto(`${paneUrl}${asExcelOnTheWeb}`);
  await notice(page).waitFor();
  await expect(notice(page).getByText("年报助手未能启动。").isVisible()).resolves.toBe(true);
  const needs = await notice(page).innerText();
  expect(needs).toContain("版本 16.0.13530.20424 或更高");
  expect(needs).toContain("Microsoft Edge WebView2 运行时");
  expect(needs).toContain("Office 2021 或更高版本");
  await expect(page.getByText("正在加载…").isVisible()).resolves.toBe(false);
  expect(cspViolations(record)).toEqual([]);
});

it("says that this Office cannot run the pane in Internet Explorer 11's webview, where the bundle is a syntax error", async () => {
  const { page } = await open({ userAgent: internetExplorer11 });
  await serveOfficeJsFromPackage(page);
  // What IE11 makes of an ES2022 bundle: a syntax error.
  await page.route(/\/taskpane\.js$/, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "const ready = () => {" }),
  );
  await page.goto(`${paneUrl}${asExcelOnTheWeb}`);
  await notice(page).waitFor();
  const text = await notice(page).innerText();
  expect(text).toContain("此版本的 Office 无法运行年报助手。");
  expect(text).toContain("Internet Explorer 11");
  expect(text).toContain("版本 16.0.13530.20424 或更高");
  expect(text).not.toContain("未能启动");
});

it("says office.js could not be loaded, and points to the closed-network build, when Microsoft's CDN is out of reach", async () => {
  const { page, record } = await open();
  await page.goto(paneUrl);
  await notice(page).waitFor();
  const text = await notice(page).innerText();
  expect(text).toContain("无法加载 Office 的脚本 office.js。");
  expect(text).toContain("内网部署版本");
  // Which Office it needs is beside the point here.
  expect(text).not.toContain("16.0.13530.20424");
  expect(record.outsideRequests).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
});

it("loads office.js, Excel's script and its Chinese strings as Excel on the web does, with no CSP violation", async () => {
  const { page, record } = await open();
  await serveOfficeJsFromPackage(page);
  const loaded: string[] = [];
  page.on("requestfinished", (request) => loaded.push(new URL(request.url()).pathname));
  const strings = page.waitForResponse(/\/zh-cn\/office_strings\.js$/);
  await page.goto(`${paneUrl}${asExcelOnTheWeb}`);
  expect((await strings).status()).toBe(200);
  await page.waitForLoadState("load");
  expect(loaded).toEqual(
    expect.arrayContaining([
      "/webview-check.js",
      "/lib/1/hosted/office.js",
      "/lib/1/hosted/excel-web-16.00.js",
      "/lib/1/hosted/zh-cn/office_strings.js",
      "/taskpane.js",
    ]),
  );
  expect(cspViolations(record)).toEqual([]);
});

it("starts the pane with office.js outside Office, the policy refusing only Microsoft's telemetry frame", async () => {
  const { page, record } = await open();
  await serveOfficeJsFromPackage(page);
  // Outside Office, office.js frames a telemetry proxy after 3 s: no telemetry, so the policy refuses it.
  const telemetry = page.waitForEvent("console", (message) => /telemetryservice/.test(message.text()));
  await page.goto(paneUrl);
  await page.locator("#pane-loading").waitFor({ state: "detached" });
  await telemetry;
  expect(cspViolations(record)).toEqual([
    expect.stringMatching(/^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates/),
  ]);
  await expect(notice(page).count()).resolves.toBe(0);
});
