import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = join(__dirname, "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const validate = (file: string) => run("node", ["scripts/validate-manifest.mjs", file], { cwd: root });

describe("manifest.xml", () => {
  it("passes the offline validation", async () => {
    const { stdout } = await validate("manifest.xml");
    expect(stdout).toContain("校验通过");
  });

  it("asks for the lowest ExcelApi set the features need, a shared runtime, and the two ribbon buttons", () => {
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.8" />');
    expect(manifest).toContain('<Set Name="SharedRuntime" MinVersion="1.1" />');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('DefaultValue="打开助手"');
    expect(manifest).toContain('DefaultValue="一键校验"');
    expect(manifest).toContain("<FunctionName>validateReport</FunctionName>");
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
  });

  it("points every URL at the dev server", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  });

  it.each([
    [
      "an undefined resource id",
      (xml: string) => xml.replace('resid="Validate.Label"', 'resid="Validate.Missing"'),
      "未在 Resources 中定义",
    ],
    ["a missing icon", (xml: string) => xml.replaceAll("icon-80.png", "icon-81.png"), "图标文件不存在"],
    ["broken XML", (xml: string) => xml.replace("</Hosts>", ""), "XML 格式错误"],
  ])("rejects %s", async (_name, breakIt, message) => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    const file = join(dir, "manifest.xml");
    writeFileSync(file, breakIt(manifest));
    await expect(validate(file)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(message) as unknown,
    });
  });
});
