import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { openRecordedPage } from "./launch";

// `npm start` on a machine without desktop Excel: says why it chose the preview, serves it, prints the address.
jest.setTimeout(120_000);

let child: ChildProcess | undefined;

// npm runs the start script in a child of its own: stop the whole process group, and wait until it has gone.
afterAll(async () => {
  const running = child;
  if (!running?.pid || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once("exit", resolve));
  process.kill(-running.pid, "SIGTERM");
  await exited;
});

/** Starts `npm start` and resolves with everything it printed once it prints the preview's address. */
function startAndWaitForAddress(): Promise<{ output: string; url: string }> {
  return new Promise((resolve, reject) => {
    child = spawn("npm", ["start", "--silent"], {
      cwd: path.join(__dirname, "..", ".."),
      env: { ...process.env },
      detached: true,
    });
    let output = "";
    const onData = (data: Buffer) => {
      output += data.toString();
      const url = /预览已就绪：(http:\/\/localhost:\d+\/preview\.html)/.exec(output)?.[1];
      if (url) resolve({ output, url });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

it("serves the preview within a minute, says why, and the page loads nothing from outside", async () => {
  const started = Date.now();
  const { output, url } = await startAndWaitForAddress();
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(output).toContain("没有桌面版 Excel");
  const { browser, page, record } = await openRecordedPage();
  try {
    await page.goto(url);
    await page.getByRole("grid").first().waitFor({ state: "visible", timeout: 20_000 });
    await page.getByRole("complementary", { name: "任务窗格" }).getByRole("heading", { name: "年报助手" }).waitFor();
    expect(record.outsideRequests).toEqual([]);
    // The dev server's live-reload socket may log when the server stops; nothing else may.
    expect(record.consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
});
