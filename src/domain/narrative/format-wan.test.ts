import { describeFinding } from "../messages.zh-CN";
import { formats } from "../tables/formats";
import { formatWan } from "./draft-figures";

describe("money as people read it", () => {
  it.each([
    [0.5, "0.5"],
    [850, "850"],
    [12.34567, "12.3457"],
    [7.90001, "7.9"],
    [0.00004, "0"],
    [-0.00001, "0"],
    [0.0001, "0.0001"],
    [160.5964, "160.5964"],
    [999_999_999.9999, "999999999.9999"],
  ])("%d 万元 is written “%s”", (amount, written) => {
    expect(formatWan(amount)).toBe(written);
  });

  it("says a money cell's figure the same way in messages", () => {
    const message = describeFinding(formats["2021"], {
      ruleId: "cell.value",
      severity: "error",
      code: "cell.negative",
      cells: [{ table: "disclosure", key: "fees.amount" }],
      actual: -0.50000001,
    });
    expect(message).toContain("填写的是 -0.5");
  });
});
