import { describe, expect, it } from "vitest"
import { DEFAULT_CANCELLATION_POLICY } from "@ocop/shared"
import { policyClauses } from "../policy-wording"

describe("policyClauses", () => {
  it("words the default policy as 100 % until 7 days, 50 % until 2 days, nothing after", () => {
    expect(policyClauses(DEFAULT_CANCELLATION_POLICY)).toEqual([
      { kind: "refund_until", percent: 100, days: 7 },
      { kind: "refund_until", percent: 50, days: 2 },
      { kind: "no_refund_after", days: 2 },
    ])
  })

  it("orders tiers from the earliest deadline whatever order they were given in", () => {
    const clauses = policyClauses([
      { days_before: 1, refund_percent: 20 },
      { days_before: 14, refund_percent: 100 },
    ])
    expect(clauses.map((clause) => ("days" in clause ? clause.days : null))).toEqual([14, 1, 1])
  })

  it("says nothing is left after a tier that refunds until the start", () => {
    expect(policyClauses([{ days_before: 0, refund_percent: 100 }])).toEqual([
      { kind: "refund_until", percent: 100, days: 0 },
    ])
  })

  it("drops tiers that refund nothing and says so when none refunds", () => {
    expect(policyClauses([{ days_before: 3, refund_percent: 0 }])).toEqual([{ kind: "no_refund" }])
    expect(policyClauses([])).toEqual([{ kind: "no_refund" }])
  })
})
