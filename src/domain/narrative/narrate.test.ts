import type { Report } from "../model";
import { validateReport } from "../rules/validate";
import { figures2019, figures2021, reportWith } from "./__fixtures__/reports";
import { formatWan } from "./draft-figures";
import { checkNarrative, draftNarrative } from "./narrate";

const drafted = (report: Report): Report => ({ ...report, text: draftNarrative(report) });

const reports: [string, Report][] = [
  ["zero 2021", reportWith("2021", 2023, "某市某局")],
  ["zero 2019", reportWith("2019", 2019, "某区某局")],
  ["figures 2021", figures2021()],
  ["figures 2019", figures2019()],
  ["figures 2021, no body name", figures2021("")],
  ["figures 2019 of year 2020", { ...figures2019(), year: 2020 }],
];

describe("draftNarrative", () => {
  it.each(reports)("the sample report %s has consistent tables", (_name, report) => {
    expect(validateReport(report).filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each(reports)("a draft of %s passes its own prose checks", (_name, report) => {
    expect(checkNarrative(drafted(report))).toEqual([]);
  });

  it.each([
    ["新收政府信息公开申请12件"],
    ["上年结转政府信息公开申请3件"],
    ["办结12件"],
    ["结转下年度继续办理3件"],
    ["被申请行政复议2件"],
    ["被提起行政诉讼1件"],
    ["制发规章1件、行政规范性文件4件"],
    ["废止规章0件、行政规范性文件1件"],
    ["现行有效规章5件、行政规范性文件30件"],
    ["作出行政许可决定120件、行政处罚决定35件、行政强制决定2件"],
    ["行政事业性收费金额12.3457万元"],
    ["予以公开8件，部分公开2件，不予公开1件，不予处理1件"],
  ])("a 2021 draft quotes the tables: %s", (phrase) => {
    expect(draftNarrative(figures2021()).overview).toContain(phrase);
  });

  it.each([
    ["本年新制作规章1件、规范性文件4件"],
    ["新公开规章1件、规范性文件4件"],
    ["对外公开规章总数6件、规范性文件总数20件"],
    ["政府集中采购项目3项，采购总金额850.5万元"],
    ["新收政府信息公开申请12件"],
    ["办结12件"],
    ["被申请行政复议2件，被提起行政诉讼1件"],
  ])("a 2019 draft quotes the tables: %s", (phrase) => {
    expect(draftNarrative(figures2019()).overview).toContain(phrase);
  });

  it("covers the five parts of section 一 in a 2021 draft, in order", () => {
    const headings = draftNarrative(figures2021())
      .overview.split("\n")
      .filter((line) => /^（[一二三四五]）/.test(line));
    expect(headings).toEqual([
      "（一）主动公开",
      "（二）依申请公开",
      "（三）政府信息管理",
      "（四）政府信息公开平台建设",
      "（五）监督保障",
    ]);
  });

  it.each([
    ["某市某局", "2023年，某市某局严格落实"],
    ["", "2023年，本机关严格落实"],
    ["  ", "2023年，本机关严格落实"],
  ])("names the body %j", (body, opening) => {
    expect(draftNarrative(figures2021(body)).overview).toContain(opening);
  });

  it.each(reports)("plans the year after the report year in section 五 of %s", (_name, report) => {
    const { problems } = draftNarrative(report);
    expect(problems).toContain(`${report.year + 1}年，我们将`);
    expect(problems).not.toContain(`${report.year}年，我们将`);
  });

  it.each([
    ["2021", "本年度未收取信息处理费。"],
    ["2019", "无其他需要报告的事项。"],
  ] as const)("states in section 六 of a %s draft: %s", (format, statement) => {
    const report = format === "2021" ? figures2021() : figures2019();
    expect(draftNarrative(report).other).toContain(statement);
  });

  it("drafts a 2021 report", () => {
    expect(draftNarrative(figures2021())).toMatchInlineSnapshot(`
     {
       "other": "依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。无其他需要报告的事项。",
       "overview": "（一）主动公开
     2023年，某市某局严格落实《中华人民共和国政府信息公开条例》，及时、准确公开政府信息。本年度制发规章1件、行政规范性文件4件，废止规章0件、行政规范性文件1件，现行有效规章5件、行政规范性文件30件；作出行政许可决定120件、行政处罚决定35件、行政强制决定2件；行政事业性收费金额12.3457万元。
     （二）依申请公开
     本年度新收政府信息公开申请12件，上年结转政府信息公开申请3件，办结12件，结转下年度继续办理3件。在办结的申请中，予以公开8件，部分公开2件，不予公开1件，不予处理1件。因政府信息公开工作被申请行政复议2件，被提起行政诉讼1件。
     （三）政府信息管理
     某市某局严格执行政府信息公开保密审查制度，坚持“先审查、后公开”，动态更新政府信息公开指南和目录，确保公开内容准确、规范。
     （四）政府信息公开平台建设
     依托政府门户网站政府信息公开专栏和政务新媒体，及时发布、集中展示政府信息，保持依申请公开渠道畅通。
     （五）监督保障
     加强对政府信息公开工作的组织领导，明确专人负责，开展业务培训，主动接受社会监督，推动各项工作要求落到实处。",
       "problems": "2023年，某市某局政府信息公开工作取得了一定成效。全年新收政府信息公开申请12件。行政复议、行政诉讼中没有被纠正的情形。现行有效行政规范性文件30件。工作中仍存在一些不足：一是不予公开、无法提供等答复的说理还需更加充分；二是现行有效行政规范性文件的清理和集中公开还需加强；三是主动公开的深度和广度有待进一步拓展。2024年，我们将从以下方面加以改进：一是对不予公开、无法提供等答复充分说明理由和依据，告知救济途径；二是定期清理现行有效行政规范性文件，及时更新集中公开目录；三是进一步加大主动公开力度，及时、准确公开社会公众关注的政府信息。",
     }
    `);
  });

  it("drafts a 2019 report", () => {
    expect(draftNarrative(figures2019("威海市环翠区某局"))).toMatchInlineSnapshot(`
     {
       "other": "无其他需要报告的事项。",
       "overview": "2019年，威海市环翠区某局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政府信息公开各项工作。本年新制作规章1件、规范性文件4件，新公开规章1件、规范性文件4件，对外公开规章总数6件、规范性文件总数20件；作出行政许可处理决定120件、行政处罚处理决定35件、行政强制处理决定2件；政府集中采购项目3项，采购总金额850.5万元。
     本年度新收政府信息公开申请12件，上年结转政府信息公开申请3件，办结12件，结转下年度继续办理3件。在办结的申请中，予以公开8件，部分公开2件，不予公开1件，不予处理1件。因政府信息公开工作被申请行政复议2件，被提起行政诉讼1件。",
       "problems": "2019年，威海市环翠区某局政府信息公开工作取得了一定成效。全年新收政府信息公开申请12件。行政复议、行政诉讼中没有被纠正的情形。现行有效规范性文件20件。工作中仍存在一些不足：一是不予公开、无法提供等答复的说理还需更加充分；二是现行有效规范性文件的清理和集中公开还需加强；三是主动公开的深度和广度有待进一步拓展。2020年，我们将从以下方面加以改进：一是对不予公开、无法提供等答复充分说明理由和依据，告知救济途径；二是定期清理现行有效规范性文件，及时更新集中公开目录；三是进一步加大主动公开力度，及时、准确公开社会公众关注的政府信息。",
     }
    `);
  });
});

describe("formatWan", () => {
  it.each([
    [0, "0"],
    [850, "850"],
    [12.5, "12.5"],
    [7.90001, "7.9"],
    [12.34567, "12.3457"],
    [0.1 + 0.2, "0.3"],
  ])("writes %p 万元 as %s", (amount, text) => {
    expect(formatWan(amount)).toBe(text);
  });
});
