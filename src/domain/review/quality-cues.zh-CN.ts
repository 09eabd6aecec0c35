// The words the quality checks look for in a report's prose.

/** Who a sentence about the body's own work speaks of: 本单位, 我局, 全区 … */
const SELF = "(?:本|我|全)(?:单位|局|机关|委|办|厅|部门|县|区|市|镇|乡|街道|府|院|署|中心|系统|部|会)";
/** What a sentence about the year's work does: 共收到, 主动公开, 办结 … */
const WORK = "(?:共|全年|累计)?(?:收到|新收|受理|办结|主动公开|公开发布|发布|制发|印发|答复)";

/** Right before a year: “本单位2022年度”, “我局在2022年”. */
export const selfBeforeYear = new RegExp(`${SELF}(?:在|于)?$`);

/** Right after a year: “2022年度，本单位…”, “2022年共收到…”, “2022年度政府信息公开工作年度报告”. */
export const workAfterYear = new RegExp(`^度?(?:[，,]\\s*)?(?:${SELF}|${WORK}|(?:政府信息公开工作)?年度报告)`);

/** A year named to compare with: “较2022年”, “与2022年相比”, “截至2022年底”. */
export const comparedBeforeYear = /(?:较|比|与|同|和|截至|截止|自|从|至)$/;

/** Content-free answers a section may hold instead of content. */
export const NOTHING_TO_SAY = /^(?:无|暂无|没有|无相关情况|无其他需要报告的事项|不适用|略)$/;

/** A numbered sub-heading at a line's start: （一）, (二). */
export const subHeading = /^[ \t\u3000]*[（(]([一二三四五六七八九十]{1,3})[)）]/gm;

/** The five parts a 2021 report's section 一 covers, each by a word its heading always holds. */
export const overviewParts2021 = [
  { heading: "（一）主动公开", word: "主动公开" },
  { heading: "（二）依申请公开", word: "依申请" },
  { heading: "（三）政府信息管理", word: "信息管理" },
  { heading: "（四）政府信息公开平台建设", word: "平台" },
  { heading: "（五）监督保障", word: "监督" },
] as const;
