import { describe, expect, it } from "vitest"
import { escapeFormula } from "../bulk-order"

describe("escapeFormula", () => {
  it("prefixes every cell a spreadsheet would run, and nothing else", () => {
    expect(["=1+1", "+84", "-2", "@SUM(A1)", "\t=1", "CF-250"].map(escapeFormula)).toEqual([
      "'=1+1",
      "'+84",
      "'-2",
      "'@SUM(A1)",
      "'\t=1",
      "CF-250",
    ])
  })
})
