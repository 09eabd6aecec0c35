import type { Page } from "playwright-core";
import {
  addressIn,
  cell,
  ERROR_RGB,
  expectVisible,
  fillOf,
  insertTemplate,
  itLoggedNoErrorsAndStayedLocal,
  pane,
  pasteAt,
  previewForTests,
  ribbonValidate,
  shoot,
  toggleProtection,
  typeInto,
} from "./addin-helpers";
import type { PageRecord } from "./launch";

// Issue 12, points 1, 2, 4 and 9, as a member of staff meets them in the preview: the ribbon before any report, one
// typed figure, a total typed over, text pasted into figure cells.
jest.setTimeout(60_000);

let page: Page;
let record: PageRecord;
const apps = (key: string) => addressIn(2025, "applications", key);

previewForTests((preview) => {
  ({ page, record } = preview);
});

describe("checks as staff meet them", () => {
  it("says what to do when the ribbon's 一键校验 is clicked before any report is inserted", async () => {
    await ribbonValidate(page);
    await expectVisible(pane(page).getByText(/工作簿中还没有年报。请先在下方“插入模板”中填写年度和机关名称/));
    await shoot(page, "checks-1-no-report");
    await insertTemplate(page, 2025);
    await expectVisible(pane(page).getByText("已插入工作表“2025年报表”和“2025年文字”。"));
    await expect(
      pane(page)
        .getByText(/工作簿中还没有年报/)
        .count(),
    ).resolves.toBe(0);
  });

  it("while typing lists the error alone, first, as one item, and the sheet's own marks paint its cells", async () => {
    await typeInto(page, apps("newReceived.natural"), "5");
    await expectVisible(pane(page).getByText("发现 1 处错误、0 处警告。"));
    await expect(
      pane(page)
        .getByText(/个单元格为空/)
        .count(),
    ).resolves.toBe(0);
    await expect(pane(page).getByText(/缺少“/).count()).resolves.toBe(0);
    await expectVisible(pane(page).getByRole("button", { name: /自然人：.*；总计列因此同样不符/ }));
    // Painted by the conditional formats written at insertion, not by a write of the add-in's.
    await expect(fillOf(page, apps("newReceived.natural"))).resolves.toBe(ERROR_RGB);
    // A figure in the middle of the results is not marked.
    await expect(fillOf(page, apps("disclosed.natural"))).resolves.not.toBe(ERROR_RGB);
    await shoot(page, "checks-2-typing");
  });

  it("on 一键校验 adds blank cells and missing prose, errors still first", async () => {
    await ribbonValidate(page);
    await expectVisible(pane(page).getByText(/个单元格为空/));
    await expectVisible(pane(page).getByText(/缺少“/));
    const first = pane(page).getByRole("listitem").first();
    await expect(first.textContent()).resolves.toMatch(/第一项加第二项之和（5）/);
    await shoot(page, "checks-3-validated");
    await typeInto(page, apps("disclosed.natural"), "5");
    await expectVisible(pane(page).getByText(/发现 0 处错误/));
  });

  it("shows a dismissed blank-cell warning again once one of its cells changes: it covered those blanks only", async () => {
    const region = pane(page).getByRole("region", { name: "三、收到和处理政府信息公开申请情况" });
    const blanks = region.getByRole("listitem").filter({ hasText: "个单元格为空" });
    const count = async (item: typeof blanks) =>
      Number(/有 (\d+) 个单元格为空/.exec((await item.textContent()) ?? "")?.[1]);
    const before = await count(blanks);
    await blanks.getByRole("button", { name: /^忽略：/ }).click();
    await page.getByLabel("忽略原因").fill("其余各类申请本年度均未发生");
    await page.getByRole("button", { name: "确定" }).click();
    const setAside = pane(page)
      .getByRole("region", { name: /已忽略/ })
      .getByRole("listitem")
      .filter({ hasText: "三、收到和处理政府信息公开申请情况" });
    await expectVisible(setAside.getByText("已忽略：其余各类申请本年度均未发生"));
    await expect(blanks.count()).resolves.toBe(0);
    await typeInto(page, apps("carriedIn.natural"), "0");
    await expectVisible(blanks.getByText(`有 ${before - 1} 个单元格为空`, { exact: false }));
    await expect(setAside.count()).resolves.toBe(0);
    await shoot(page, "checks-3b-dismissed");
  });

  it("lists a total typed over, leaves it as typed, and puts its formula back on 恢复公式", async () => {
    const total = apps("resultTotal.natural");
    await cell(page, total).click();
    await toggleProtection(page);
    await typeInto(page, total, "7");
    const lost = pane(page).getByRole("listitem").filter({ hasText: "合计公式已被改写为 7" });
    await expectVisible(lost);
    await expect(cell(page, total).textContent()).resolves.toBe("7");
    await expect(fillOf(page, total)).resolves.toBe(ERROR_RGB);
    await shoot(page, "checks-4-typed-over");
    await lost.getByRole("button", { name: /^恢复公式：/ }).click();
    await lost.first().waitFor({ state: "detached", timeout: 5_000 });
    await expectVisible(pane(page).getByText(/发现 0 处错误/));
    await expect(cell(page, total).textContent()).resolves.toBe("5");
    await expect(fillOf(page, total)).resolves.not.toBe(ERROR_RGB);
    await shoot(page, "checks-4-restored");
    await toggleProtection(page);
  });

  it("reports text pasted into figure cells once per cell, counted as 0 as Excel's SUM does", async () => {
    await pasteAt(page, apps("disclosed.commercial"), [["３", "3件", "约3"]]);
    await expectVisible(pane(page).getByText(/发现 3 处错误/));
    for (const text of ["３", "3件", "约3"]) {
      await expectVisible(pane(page).getByText(`此单元格是文本“${text}”，Excel 的合计不计入`, { exact: false }));
    }
    await expect(
      pane(page)
        .getByText(/应为整数|不等于/)
        .count(),
    ).resolves.toBe(0);
    await expect(cell(page, apps("disclosed.total")).textContent()).resolves.toBe("5");
    await expect(fillOf(page, apps("disclosed.commercial"))).resolves.toBe(ERROR_RGB);
    await shoot(page, "checks-5-text");
  });

  it("moves focus to the cell after jumping to a finding, so typing goes into it", async () => {
    const target = apps("disclosed.commercial");
    await pane(page)
      .getByRole("button", { name: /^错误 .*此单元格是文本“３”/ })
      .click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-address"))).resolves.toBe(target);
    await page.keyboard.type("3");
    await page.keyboard.press("Enter");
    await shoot(page, "checks-6-focus");
    // The number now counts: the text finding goes, and the commercial column's 勾稽关系 shows what is missing.
    await expectVisible(
      pane(page).getByRole("button", { name: /商业企业：第一项加第二项之和未填写，第三项加第四项之和为 3/ }),
    );
    await expect(
      pane(page)
        .getByText(/文本“３”/)
        .count(),
    ).resolves.toBe(0);
    await expect(cell(page, target).textContent()).resolves.toBe("3");
    await expect(cell(page, apps("disclosed.total")).textContent()).resolves.toBe("8");
  });

  it("turns text that reads as a number into it, and fills a table's blanks with 0, in one click each", async () => {
    const item = (text: string) => pane(page).getByRole("listitem").filter({ hasText: text });
    await expect(item("文本“约3”").getByRole("button", { name: "改为数字" }).count()).resolves.toBe(0);
    await item("文本“3件”").getByRole("button", { name: "改为数字" }).click();
    await item("文本“3件”").first().waitFor({ state: "detached", timeout: 5_000 });
    await expect(cell(page, apps("disclosed.research")).textContent()).resolves.toBe("3");
    await expect(cell(page, apps("disclosed.total")).textContent()).resolves.toBe("11");
    const disclosure = pane(page).getByRole("region", { name: "二、主动公开政府信息情况" });
    await disclosure.getByRole("button", { name: "空白处填 0" }).click();
    await disclosure.first().waitFor({ state: "detached", timeout: 5_000 });
    await expect(cell(page, addressIn(2025, "disclosure", "rules.issued")).textContent()).resolves.toBe("0");
    await shoot(page, "checks-7-quick-fixes");
  });

  it("names a pasted “5件” in the balance error it causes, as well as in its own (issue 17 point 5)", async () => {
    await typeInto(page, apps("newReceived.legal"), "5");
    await pasteAt(page, apps("disclosed.legal"), [["5件"]]);
    await expectVisible(pane(page).getByText("此单元格是文本“5件”，Excel 的合计不计入", { exact: false }));
    // The 法律服务机构 column no longer balances because “5件” counts as 0: the balance error says so.
    const balance = pane(page)
      .getByRole("listitem")
      .filter({ hasText: /法律服务机构/ })
      .filter({ hasText: /不/ });
    await expectVisible(balance.filter({ hasText: "为文本“5件”，按 0 计" }).first());
    await shoot(page, "checks-8-text-cause");
  });

  itLoggedNoErrorsAndStayedLocal(() => record);
});
