import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { openRecordedPage } from "./launch";

// `npm start` on a machine without desktop Excel: says why it chose the preview, serves it, prints the address;
// with its usual port taken by another program, it says so and picks another instead of crashing.
jest.setTimeout(120_000);

let child: ChildProcess | undefined;
const held: net.Server[] = [];

/** Holds a port on 127.0.0.1 as another program would; a port someone else already holds is just as taken. */
function holdPort(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve() : reject(error)));
    server.listen(port, "127.0.0.1", () => {
      held.push(server);
      resolve();
    });
  });
}

afterAll(async () => {
  await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
});

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

/** Runs `npm start` with arguments to its end and returns its exit code and everything it printed. */
function runToEnd(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const run = spawn("npm", ["start", "--silent", "--", ...args], { cwd: path.join(__dirname, "..", "..") });
    let output = "";
    run.stdout.on("data", (data: Buffer) => (output += data.toString()));
    run.stderr.on("data", (data: Buffer) => (output += data.toString()));
    run.once("exit", (code) => resolve({ code, output }));
  });
}

it("says in Chinese that a port asked for is taken and how to choose another, without a stack", async () => {
  await holdPort(3000);
  const { code, output } = await runToEnd(["--port", "3000"]);
  expect(code).toBe(1);
  expect(output).toContain("端口 3000 已被其他程序占用");
  expect(output).toContain("npm start -- --port 3001");
  expect(output).not.toMatch(/EADDRINUSE|Error|at \w+ \(/);
});

it("serves the preview on another port when 3000 is taken, says why, and loads nothing from outside", async () => {
  await holdPort(3000);
  const { output, url } = await startAndWaitForAddress();
  expect(output).toContain("没有桌面版 Excel");
  expect(output).toContain("端口 3000 已被其他程序占用，改用端口");
  expect(url).not.toContain(":3000/");
  // Another web page the user has open may not read the add-in off the dev server.
  const response = await fetch(url, { headers: { Origin: "https://elsewhere.example" } });
  expect(response.headers.get("access-control-allow-origin")).toBeNull();
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
