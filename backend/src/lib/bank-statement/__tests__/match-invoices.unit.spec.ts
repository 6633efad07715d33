import { describe, expect, it } from "vitest"
import { matchInvoicePayments } from "../match-invoices"

const row = (line: number, amount: number, description: string) => ({ line, date: "01/03/2026", amount, description })
const invoice = { id: "inv_1", reference: "HD23456789", outstanding: 1_000_000, status: "open" }

describe("matchInvoicePayments", () => {
  it("pays an invoice in parts until it is settled, and leaves other rows alone", () => {
    const { payments, mismatches } = matchInvoicePayments(
      [row(2, 400_000, "CT TNHH A tra HD23456789"), row(3, 600_000, "hd23456789 dot 2"), row(4, 5, "OCOP23456789")],
      [invoice],
      new Set()
    )
    expect(payments.map((p) => [p.line, p.amount, p.settles])).toEqual([
      [2, 400_000, false],
      [3, 600_000, true],
    ])
    expect(mismatches).toEqual([])
  })

  it("lists what it cannot apply with the reason", () => {
    const { payments, mismatches } = matchInvoicePayments(
      [row(2, 1_000_001, "HD23456789"), row(3, 10, "HD99999999"), row(4, 10, "HD23456789 HD2345678A")],
      [invoice],
      new Set()
    )
    expect(payments).toEqual([])
    expect(mismatches.map((m) => [m.line, m.reason, m.expected_amount])).toEqual([
      [2, "amount_differs", 1_000_000],
      [3, "unknown_reference", undefined],
      [4, "several_references", undefined],
    ])
  })

  it("records nothing twice when the same statement is imported again", () => {
    const rows = [row(2, 400_000, "HD23456789")]
    const first = matchInvoicePayments(rows, [invoice], new Set())
    const again = matchInvoicePayments(rows, [invoice], new Set([first.payments[0].statement_line_key]))
    expect(again.payments).toEqual([])
    expect(again.mismatches[0].reason).toBe("already_paid")
  })
})
