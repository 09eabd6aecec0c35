// `npm run validate`: checks manifest.xml offline. office-addin-manifest's validate posts the file to a Microsoft
// service, which our machines cannot reach, so we check what that service would reject first: well-formed XML, the
// required elements, resource ids that exist and fit in 32 characters, https URLs, and icons that exist in assets/.
import { existsSync, readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const file = process.argv[2] ?? "manifest.xml";
const xml = readFileSync(file, "utf8");
const problems = [];
const well = XMLValidator.validate(xml);
if (well !== true) {
  console.error(`${file}：XML 格式错误（第 ${well.err.line} 行）：${well.err.msg}`);
  process.exit(1);
}
const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
const app = doc.OfficeApp;
const attr = (node, name) => node?.[`@${name}`];
const need = (ok, message) => ok || problems.push(message);

need(app && attr(app, "xsi:type") === "TaskPaneApp", '根元素应为 xsi:type="TaskPaneApp" 的 OfficeApp');
need(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(app?.Id ?? ""), "Id 应为 GUID");
need(/^\d+(\.\d+){0,3}$/.test(String(app?.Version ?? "")), "Version 应为 n.n.n.n");
for (const key of ["ProviderName", "DefaultLocale"]) need(Boolean(app?.[key]), `缺少 ${key}`);
const displayName = attr(app?.DisplayName, "DefaultValue") ?? "";
need(displayName.length > 0 && displayName.length <= 125, "DisplayName 应为 1–125 个字符");
const description = attr(app?.Description, "DefaultValue") ?? "";
need(description.length > 0 && description.length <= 250, "Description 应为 1–250 个字符");
need(attr(app?.Hosts?.Host, "Name") === "Workbook", "Hosts 应只含 Workbook（Excel）");
need(app?.Permissions === "ReadWriteDocument", "Permissions 应为 ReadWriteDocument");

// Every resid used in VersionOverrides must be defined once in Resources, with an id of at most 32 characters.
const defined = new Map();
const visit = (node, fn) => {
  if (Array.isArray(node)) return node.forEach((n) => visit(n, fn));
  if (node && typeof node === "object") {
    fn(node);
    Object.values(node).forEach((child) => visit(child, fn));
  }
};
visit(app?.VersionOverrides?.Resources, (node) => {
  if (attr(node, "id")) defined.set(attr(node, "id"), attr(node, "DefaultValue"));
});
visit(app?.VersionOverrides?.Hosts, (node) => {
  const resid = attr(node, "resid");
  if (resid) need(defined.has(resid), `resid “${resid}” 未在 Resources 中定义`);
});
for (const id of defined.keys()) need(id.length <= 32, `资源 id “${id}” 超过 32 个字符`);

// URLs: https only; icons must exist in assets/ so the dev server and the build can serve them.
const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
for (const url of urls) {
  need(url.startsWith("https://"), `URL 应使用 https：${url}`);
  const asset = /\/(assets\/[^/]+\.png)$/.exec(url)?.[1];
  if (asset) need(existsSync(asset), `图标文件不存在：${asset}`);
}
need(Boolean(attr(app?.DefaultSettings?.SourceLocation, "DefaultValue")), "缺少 DefaultSettings/SourceLocation");

if (problems.length > 0) {
  console.error(`${file} 有 ${problems.length} 处问题：\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`${file} 校验通过（离线检查：XML 格式、必需元素、资源引用、https 地址、图标文件）。`);
