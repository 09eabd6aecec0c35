import { execFileSync } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync, renameSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReportFile } from "./read-report-file";

// What is refused before a byte of a file is parsed: files far larger than any report (measured, not read), things
// that are not regular files, and kinds of file nianbao does not read, each with what to do instead.

const dir = mkdtempSync(join(tmpdir(), "nianbao-doors-"));

/** A file of `size` bytes that takes no disk space and no time to write (a sparse file). */
function sparse(name: string, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, "");
  truncateSync(path, size);
  return path;
}

describe("readReportFile refuses before parsing", () => {
  it.each([
    ["报告.txt", 21, "文件过大：.txt 文件最大 20 MB"],
    ["报告.html", 21, "文件过大：.html 文件最大 20 MB"],
    ["报告.json", 21, "文件过大：.json 文件最大 20 MB"],
    ["报告.docx", 51, "文件过大：.docx 文件最大 50 MB"],
    ["报告.xlsx", 51, "文件过大：.xlsx 文件最大 50 MB"],
    ["报告.pdf", 51, "文件过大：.pdf 文件最大 50 MB"],
  ])("a %s of %i MB, naming the limit", async (name, megabytes, reason) => {
    const read = await readReportFile(sparse(name, megabytes * 1024 * 1024));
    expect(read).toMatchObject({ ok: false, errors: [expect.stringContaining(reason)] });
  });

  it("a named pipe, which would wait for a writer for ever", async () => {
    const fifo = join(dir, "报告.txt.fifo.txt");
    execFileSync("mkfifo", [fifo]);
    await expect(readReportFile(fifo)).resolves.toMatchObject({
      ok: false,
      errors: ["这不是普通文件，而是命名管道，未读取"],
    });
  });

  it("a folder given where a file is expected, named as a folder", async () => {
    await expect(readReportFile(dir)).resolves.toMatchObject({
      ok: false,
      errors: [expect.stringContaining("这是一个文件夹，不是文件")],
    });
  });

  it("a file replaced by a named pipe between the check and the read, 40 times: each read ends at once", async () => {
    const path = join(dir, "换成管道.txt");
    const pipe = join(dir, "pipe-in-waiting");
    for (let run = 0; run < 40; run++) {
      writeFileSync(path, "一、总体情况");
      execFileSync("mkfifo", [pipe]);
      const read = readReportFile(path);
      // The swap lands somewhere between the start of the read and its end, at a different point each run.
      for (let wait = 0; wait < run % 5; wait++) await new Promise((resolve) => setImmediate(resolve));
      renameSync(pipe, path);
      const outcome = await Promise.race([read.then(() => "ended"), delay(5_000).then(() => "hung")]);
      // A read left waiting on the pipe is given a writer and its end, so the test itself can end.
      if (outcome === "hung") closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
      expect(outcome).toBe("ended");
      rmSync(path);
    }
  }, 60_000);

  it("a kind of file it does not read, listing every kind it does", async () => {
    const read = await readReportFile(sparse("报告.odt", 10));
    expect(read).toMatchObject({
      ok: false,
      errors: [expect.stringContaining("可以读取的类型有 .txt .html .htm .json .xlsx .docx .pdf")],
    });
  });

  it("a broken PDF, with a reason", async () => {
    const path = join(dir, "坏.pdf");
    writeFileSync(path, "%PDF-1.7\n这不是 PDF 的内容");
    await expect(readReportFile(path)).resolves.toEqual({
      ok: false,
      file: path,
      errors: ["PDF 文件已损坏或无法打开"],
    });
  });
});
