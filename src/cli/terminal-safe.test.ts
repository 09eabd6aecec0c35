import { oneLine, terminalSafe } from "./terminal-safe";

describe("text from files shown on a terminal", () => {
  it.each([
    ["an escape sequence that would clear the screen", "报告\x1b[2J.txt", "报告\\u001b[2J.txt"],
    ["a carriage return that would overwrite the line", "共 0 处错误\r共 9 处", "共 0 处错误\\u000d共 9 处"],
    ["a bidi override that would reverse the name", "报告\u202etxt.exe", "报告\\u202etxt.exe"],
    ["a bidi isolate", "\u2066某局\u2069", "\\u2066某局\\u2069"],
    ["a C1 control (CSI)", "a\u009bb", "a\\u009bb"],
    ["a bell", "\u0007", "\\u0007"],
    ["a zero-width space after a figure", "“40\u200b”不是数字", "“40\\u200b”不是数字"],
    ["a byte order mark and a word joiner", "\ufeff某局\u2060", "\\ufeff某局\\u2060"],
    ["a soft hyphen and a Hangul filler", "某\u00ad局\u3164", "某\\u00ad局\\u3164"],
    ["a tag character beyond U+FFFF, as a pair of JSON escapes", "a\u{e0041}", "a\\udb40\\udc41"],
  ])("writes out %s", (_name, text, shown) => {
    expect(terminalSafe(text)).toBe(shown);
  });

  it("keeps Chinese text, tabs and line breaks of a message as they are", () => {
    expect(terminalSafe("某局：第一行\n\t第二行（全角，标点）")).toBe("某局：第一行\n\t第二行（全角，标点）");
  });

  it("writes out a line break or tab inside a file's name, so the name cannot fake a line of output", () => {
    expect(oneLine("a\n共 0 个文件：错误 0 处.txt")).toBe("a\\u000a共 0 个文件：错误 0 处.txt");
    expect(oneLine("a\tb")).toBe("a\\u0009b");
  });

  it("keeps output that was valid JSON valid, with the same values", () => {
    const value = { file: "报告\u202e.txt", quote: "\x1b[31m红" };
    const shown = terminalSafe(JSON.stringify(value));
    expect([...shown].filter((char) => char === "\u202e" || char === "\x1b")).toEqual([]);
    expect(JSON.parse(shown)).toEqual(value);
  });
});
