import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  addressIn,
  expectVisible,
  insertTemplate,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  pasteAt,
  previewForTests,
  shots,
  typeInto,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 17, point 6: what a screen reader hears of the pane. The result of 一键校验 and of later edits through a
// polite live region, every button named by what it acts on, Chinese names everywhere; and axe-core finds no
// serious or critical violation in the pane's main states (no report, findings, 已忽略, drafting).
jest.setTimeout(90_000);

let page: Page;
let record: PageRecord;
const apps = (key: string) => addressIn(2025, "applications", key);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };

/** axe-core's serious and critical violations inside the task pane, as “rule: element” lines. */
async function seriousViolations(): Promise<string[]> {
  // Evaluated, not added as a <script>: the preview's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run(
      { include: [["#task-pane"]] },
      { resultTypes: ["violations"] },
    ),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

const status = () =>
  pane(page)
    .getByRole("status")
    .filter({ hasText: /校验完成|已重新核对/ });
const shoot = (name: string) => page.screenshot({ path: path.join(shots, `pane-axe-${name}.png`), fullPage: true });

previewForTests(async (preview) => {
  ({ page, record } = preview);
  await pane(page).getByRole("heading", { name: "年报助手" }).waitFor();
});

describe("the pane for a screen reader", () => {
  it("has no serious or critical axe violation before any report", async () => {
    await expect(seriousViolations()).resolves.toEqual([]);
    await shoot("1-empty");
  });

  it("names the year spinner's arrows and the file button in Chinese, and they work", async () => {
    const year = pane(page).getByRole("spinbutton", { name: "报告年度" });
    const before = Number(await year.inputValue());
    await pane(page).getByRole("button", { name: "报告年度减一年" }).click();
    await expect(year.inputValue()).resolves.toBe(String(before - 1));
    await pane(page).getByRole("button", { name: "报告年度加一年" }).click();
    await expect(year.inputValue()).resolves.toBe(String(before));
    await expect(
      pane(page)
        .getByRole("button", { name: /Increment|Decrement|Choose|File/i })
        .count(),
    ).resolves.toBe(0);
    // The file picker is a button of the pane's, named by its field; choosing opens the browser's file dialog.
    const chooser = page.waitForEvent("filechooser");
    await pane(page)
      .getByRole("button", { name: /上年报告/ })
      .click();
    await expect(chooser).resolves.toBeTruthy();
  });

  it("announces the result of 一键校验, and the new counts after an edit", async () => {
    await insertTemplate(page, 2025);
    await expectVisible(pane(page).getByText("已插入工作表“2025年报表”和“2025年文字”。"));
    await typeInto(page, apps("newReceived.natural"), "5");
    // A figure typed with its unit: text to Excel, with its one-click fix 改为数字.
    await pasteAt(page, apps("newReceived.legal"), [["3件"]]);
    await pane(page).getByRole("button", { name: "一键校验" }).click();
    // The check runs after the click returns: wait for the announcement rather than read it at once.
    await status()
      .filter({ hasText: /^校验完成：/ })
      .waitFor({ timeout: 10_000 });
    await expect(status().textContent()).resolves.toMatch(/^校验完成：\d+ 个错误，\d+ 个警告/);
    const [, errors] = /(\d+) 个错误/.exec((await status().textContent()) ?? "") ?? [];
    expect(Number(errors)).toBeGreaterThan(0);
    await expect(pane(page).getByRole("status").getAttribute("aria-live")).resolves.toBe("polite");
    await typeInto(page, apps("disclosed.natural"), "5");
    // The edit is checked when Excel's change event arrives, after typing returns.
    await status()
      .filter({ hasText: /^已重新核对：/ })
      .waitFor({ timeout: 10_000 });
    await expect(status().textContent()).resolves.toMatch(/^已重新核对：\d+ 个错误，\d+ 个警告/);
    await expect(seriousViolations()).resolves.toEqual([]);
    await shoot("2-findings");
  });

  it("names every button by the finding it acts on, never only “忽略”", async () => {
    const names = await pane(page)
      .getByRole("button", { name: /^(忽略|改为数字|空白处填 0)/ })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? b.textContent ?? ""));
    const dismiss = names.filter((n) => n.startsWith("忽略"));
    expect(dismiss.length).toBeGreaterThan(2);
    expect(new Set(dismiss).size).toBe(dismiss.length);
    expect(dismiss).toContainEqual(
      expect.stringMatching(/^忽略：三、收到和处理政府信息公开申请情况：有 \d+ 个单元格为空/),
    );
    expect(names).toContainEqual(expect.stringMatching(/^改为数字：三、收到和处理政府信息公开申请情况 · .*“3件”/));
  });

  it("has no serious or critical axe violation with a warning set aside in 已忽略", async () => {
    const item = pane(page).getByRole("listitem").filter({ hasText: "缺少“六、其他需要报告的事项”部分" });
    await item.getByRole("button", { name: /^忽略：/ }).click();
    await page.getByLabel("忽略原因").fill("本单位无其他需要报告的事项");
    await page.getByRole("button", { name: "确定" }).click();
    const setAside = pane(page).getByRole("region", { name: /已忽略/ });
    await expectVisible(setAside.getByText("已忽略：本单位无其他需要报告的事项"));
    await expect(
      setAside.getByRole("button", { name: "恢复：缺少“六、其他需要报告的事项”部分" }).count(),
    ).resolves.toBe(1);
    await expect(seriousViolations()).resolves.toEqual([]);
    await shoot("3-dismissed");
  });

  it("has no serious or critical axe violation while drafting the prose", async () => {
    await pane(page).getByRole("button", { name: "起草文字说明" }).click();
    const anyway = pane(page).getByRole("button", { name: "仍然起草" });
    await anyway
      .or(pane(page).getByRole("textbox", { name: "一、总体情况" }))
      .first()
      .waitFor();
    if (await anyway.isVisible()) await anyway.click();
    await expectVisible(pane(page).getByRole("textbox", { name: "一、总体情况" }));
    await expect(seriousViolations()).resolves.toEqual([]);
    await shoot("4-drafting");
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
