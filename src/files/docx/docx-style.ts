import type { IFontAttributesProperties } from "docx";

// The look of a 政府信息公开工作年度报告 as offices print it (GB/T 9704 公文格式): A4, the official margins, the title
// in 方正小标宋简体 二号, headings in 黑体 三号, the text in 仿宋_GB2312 三号 and the tables in 宋体 五号.
// Sizes are in half-points (docx's unit for type), lengths in twips. Where a computer lacks an official font,
// Word and LibreOffice substitute another Chinese font of the same kind (宋体 for the title, 仿宋 for the text).

/** A Chinese font for Chinese text, and Times New Roman for Latin letters and digits as 公文 set them. */
const font = (eastAsia: string): IFontAttributesProperties => ({
  eastAsia,
  ascii: "Times New Roman",
  hAnsi: "Times New Roman",
});

export const FONTS = {
  title: font("方正小标宋简体"),
  heading: font("黑体"),
  body: font("仿宋_GB2312"),
  table: font("宋体"),
} as const;

export const SIZES = {
  /** 22 pt (二号). */
  title: 44,
  /** 16 pt (三号). */
  heading: 32,
  body: 32,
  /** 10.5 pt (五号). */
  table: 21,
  /** 14 pt (四号): the page number at the foot. */
  pageNumber: 28,
} as const;

/** 2 characters of 16 pt text (32 pt): the first-line indent of every paragraph of the text. */
export const FIRST_LINE_INDENT = 640;

/** 1.5 lines (docx counts line spacing in 240ths of a line). */
export const BODY_LINE_SPACING = 360;

/** Millimetres in twips, rounded (docx's own converter rounds down: A4 would come out 1 twip short). */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
};

/** The width between the margins, which tables fill. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
