import { readPreviousFile } from "./read-previous-file";
import { strings } from "./strings.zh-CN";

describe("readPreviousFile", () => {
  it("says in Chinese when the picked file can no longer be read, instead of failing silently", async () => {
    const gone = { name: "2024年报.json", text: () => Promise.reject(new DOMException("", "NotReadableError")) };
    await expect(readPreviousFile(gone as unknown as File)).resolves.toEqual({
      ok: false,
      errors: [strings.previousFileUnreadable],
    });
  });

  it("passes the picked file's text to the report reader, whose findings come back", async () => {
    const file = new File(["{x"], "2024年报.json");
    await expect(readPreviousFile(file)).resolves.toMatchObject({ ok: false, errors: [/^不是有效的 JSON 文件/] });
  });
});
