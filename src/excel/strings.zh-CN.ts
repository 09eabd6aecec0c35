import { HostError, type HostErrorCode } from "./host-error";
import { MONEY_DECIMALS, type ValueKind } from "../domain";

// Chinese text src/excel writes into the workbook (data-validation alerts), and the pane's message per host error.

/** The Stop alert Excel shows when a typed value does not fit the cell's kind. */
export const validationAlerts: Record<ValueKind, { title: string; message: string }> = {
  count: { title: "请填写件数", message: "这里填写不小于 0 的整数，例如 0、3、12，不要带“件”等单位。" },
  change: { title: "请填写增减数", message: "这里填写整数，减少时写负数，例如 2、0、-1，不要带单位。" },
  money: {
    title: "请填写金额（万元）",
    message: `这里填写不小于 0 的数，单位为万元，最多 ${MONEY_DECIMALS} 位小数，例如 0、1.25，不要带单位。`,
  },
};

const hostErrorMessages: Record<HostErrorCode, string> = {
  protected:
    "工作表受保护，这一步要写入受保护的单元格，年报助手没有写入任何内容，也不会替您撤销保护。如确需写入，请先撤销工作表保护（审阅 → 撤销工作表保护；设有密码时需输入密码），再重试。",
  notFound: "找不到年报工作表或其单元格名称，可能已被删除或改名。请重新插入该年度的模板，或在任务窗格中重新选择报表。",
  exists: "同名的工作表或名称已经存在。请换一个名称，或打开已有的工作表。",
  invalid: "Excel 拒绝了这次操作。请检查工作表名称和单元格内容后重试。",
  cellEditMode: "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。",
  tooLarge: "一次处理的数据过多，Excel 拒绝了请求。请缩小范围后重试。",
  unsupported: "当前 Excel 版本不支持此功能。请更新 Office，或改用 Excel 网页版。",
  interrupted: "插入模板时 Excel 中途出错，已删除写了一半的工作表，工作簿保持插入前的样子。请重试。",
  rolledBack: "Excel 写入时中途出错，已把写了一半的单元格改回原样，工作簿保持操作前的样子。请重试。",
  unknown: "Excel 未能完成操作。请稍后重试；如果问题持续，请保存并重新打开工作簿。",
};

/** What the pane tells the user about a failed Excel request, and what to do about it. */
export function hostErrorMessage(error: unknown): string {
  return hostErrorMessages[error instanceof HostError ? error.code : "unknown"];
}
