import { describe, expect, it } from "vitest"
import { ageingSummary, daysOverdue } from "../ledger"
import { vietnamDay } from "../vietnam-time"

describe("ledger ageing", () => {
  it("counts days by Vietnam's calendar", () => {
    // 16:59 UTC is 23:59 in Vietnam; 17:00 UTC is already the next day there.
    expect(vietnamDay(new Date("2026-03-01T17:00:00Z")) - vietnamDay(new Date("2026-03-01T16:59:00Z"))).toBe(1)
    const due = "2026-03-01T05:00:00Z"
    expect(daysOverdue(due, new Date("2026-03-01T16:59:00Z"))).toBe(0)
    expect(daysOverdue(due, new Date("2026-03-01T17:00:00Z"))).toBe(1)
    expect(daysOverdue(null, new Date("2030-01-01T00:00:00Z"))).toBe(0)
  })

  it("sums what is owed on open invoices by bucket", () => {
    const today = new Date("2026-06-01T03:00:00Z")
    const dueDaysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000).toISOString()
    const summary = ageingSummary(
      [
        { status: "open", amount: 100, paid_amount: 40, due_at: dueDaysAgo(0) },
        { status: "open", amount: 10, paid_amount: 0, due_at: dueDaysAgo(30) },
        { status: "open", amount: 20, paid_amount: 0, due_at: dueDaysAgo(31) },
        { status: "open", amount: 30, paid_amount: 0, due_at: dueDaysAgo(91) },
        { status: "paid", amount: 999, paid_amount: 999, due_at: dueDaysAgo(100) },
        { status: "open", amount: 5, paid_amount: 0, due_at: null },
      ],
      today
    )
    expect(summary).toEqual({ current: 65, "1_30": 10, "31_60": 20, "61_90": 0, over_90: 30, open: 125, overdue: 60 })
  })
})
