import { safeFileNamePart } from "./file-name";

describe("a body's name as part of a file name", () => {
  it.each([
    ["a plain Chinese name", "某市某局", "某市某局"],
    ["a path up two folders", "../../x", "x"],
    ["an absolute path", "/etc/passwd", "etc_passwd"],
    ["a name with a slash", "某局/办公室", "某局_办公室"],
    ["a Windows path", "..\\..\\某局", "某局"],
    ["a leading dot (a hidden file)", ".某局", "某局"],
    ["a newline and a tab", "某局\n第二行\t", "某局_第二行"],
    ["an escape sequence", "某局\x1b[31m", "某局_[31m"],
    ["a bidi override", "某局\u202exslx", "某局_xslx"],
    ["characters Windows forbids", '某局<>:"|?*办公室', "某局_______办公室"],
    ["only dots", "...", ""],
  ])("%s", (_name, body, part) => {
    expect(safeFileNamePart(body)).toBe(part);
  });

  it("keeps a long name within what file systems allow", () => {
    expect([...safeFileNamePart("某".repeat(500))]).toHaveLength(60);
  });
});
