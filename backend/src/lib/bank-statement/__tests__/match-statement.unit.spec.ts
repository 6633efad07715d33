import { describe, expect, it } from "vitest"
import { ExpectedTransfer, matchStatement, statementReferences } from "../match-statement"
import type { StatementRow } from "../parse-statement"

const expected: ExpectedTransfer[] = [
  { reference: "OCOPAAAAAAAA", amount: 1_250_000, payment_id: "pay_a", order_id: "order_a", paid: false },
  { reference: "OCOPBBBBBBBB", amount: 300_000, payment_id: "pay_b", order_id: "order_b", paid: false },
  { reference: "OCOPCCCCCCCC", amount: 90_000, payment_id: "pay_c", order_id: "order_c", paid: true },
  { reference: "OCOPDDDDDDDD", amount: 45_000, payment_id: "pay_d", paid: false },
]
const row = (line: number, amount: number, description: string): StatementRow => ({
  line,
  date: "01/03/2025",
  amount,
  description,
})

describe("matchStatement", () => {
  const cases: [string, StatementRow, object][] = [
    [
      "matches the exact amount and one known unpaid reference",
      row(2, 1_250_000, "MBVCB.3278.OCOPAAAAAAAA.CT tu NGUYEN VAN A"),
      { matched: { line: 2, reference: "OCOPAAAAAAAA", amount: 1_250_000, payment_id: "pay_a", order_id: "order_a" } },
    ],
    [
      "matches a reference typed in lower case",
      row(2, 300_000, "ocopbbbbbbbb"),
      { matched: { line: 2, reference: "OCOPBBBBBBBB", amount: 300_000, payment_id: "pay_b", order_id: "order_b" } },
    ],
    [
      "matches a payment without an order yet",
      row(2, 45_000, "OCOPDDDDDDDD"),
      { matched: { line: 2, reference: "OCOPDDDDDDDD", amount: 45_000, payment_id: "pay_d", order_id: undefined } },
    ],
    [
      "lists a credit without a reference",
      row(2, 1_250_000, "chuyen tien mua ca phe"),
      { mismatch: { line: 2, amount: 1_250_000, description: "chuyen tien mua ca phe", reason: "no_reference" } },
    ],
    [
      "lists a reference we never issued",
      row(2, 1_250_000, "OCOPZZZZZZZZ"),
      {
        mismatch: {
          line: 2,
          reference: "OCOPZZZZZZZZ",
          amount: 1_250_000,
          description: "OCOPZZZZZZZZ",
          reason: "unknown_reference",
        },
      },
    ],
    [
      "lists a paid amount that is short, with the expected amount",
      row(2, 1_200_000, "OCOPAAAAAAAA"),
      {
        mismatch: {
          line: 2,
          reference: "OCOPAAAAAAAA",
          amount: 1_200_000,
          description: "OCOPAAAAAAAA",
          reason: "amount_differs",
          expected_amount: 1_250_000,
        },
      },
    ],
    [
      "lists an amount that is too much",
      row(2, 1_250_001, "OCOPAAAAAAAA"),
      { mismatch: { reason: "amount_differs", expected_amount: 1_250_000 } },
    ],
    [
      "lists a transfer for a payment already paid",
      row(2, 90_000, "OCOPCCCCCCCC"),
      {
        mismatch: {
          line: 2,
          reference: "OCOPCCCCCCCC",
          amount: 90_000,
          description: "OCOPCCCCCCCC",
          reason: "already_paid",
        },
      },
    ],
    [
      "lists a credit naming two references",
      row(2, 1_250_000, "OCOPAAAAAAAA OCOPBBBBBBBB"),
      {
        mismatch: {
          line: 2,
          amount: 1_250_000,
          description: "OCOPAAAAAAAA OCOPBBBBBBBB",
          reason: "several_references",
        },
      },
    ],
    [
      "lists a reference with another prefix as having none",
      row(2, 1_250_000, "SHOPAAAAAAAA"),
      { mismatch: { reason: "no_reference" } },
    ],
  ]
  it.each(cases)("%s", (_, statementRow, outcome) => {
    const result = matchStatement([statementRow], expected, "OCOP")
    if ("matched" in outcome) {
      expect(result).toEqual({ matched: [outcome.matched], mismatches: [] })
    } else {
      expect(result.matched).toEqual([])
      expect(result.mismatches).toHaveLength(1)
      expect(result.mismatches[0]).toMatchObject((outcome as { mismatch: object }).mismatch)
    }
  })

  it("matches the first of two transfers with one reference and lists the second as a duplicate", () => {
    const result = matchStatement(
      [row(2, 300_000, "OCOPBBBBBBBB"), row(3, 300_000, "OCOPBBBBBBBB lan 2")],
      expected,
      "OCOP"
    )
    expect(result.matched.map((m) => m.line)).toEqual([2])
    expect(result.mismatches).toEqual([
      { line: 3, reference: "OCOPBBBBBBBB", amount: 300_000, description: "OCOPBBBBBBBB lan 2", reason: "duplicate" },
    ])
  })

  it("still matches an exact transfer that follows a wrong one for the same reference", () => {
    const result = matchStatement([row(2, 1_000, "OCOPBBBBBBBB"), row(3, 300_000, "OCOPBBBBBBBB")], expected, "OCOP")
    expect(result.matched.map((m) => m.line)).toEqual([3])
    expect(result.mismatches.map((m) => [m.line, m.reason])).toEqual([[2, "amount_differs"]])
  })

  it("accounts for every row of a mixed statement exactly once", () => {
    const rows = [
      row(2, 1_250_000, "OCOPAAAAAAAA"),
      row(3, 5_000, "lai tien gui"),
      row(4, 90_000, "OCOPCCCCCCCC"),
      row(5, 45_000, "OCOPDDDDDDDD"),
    ]
    const result = matchStatement(rows, expected, "ocop")
    expect(result.matched.map((m) => m.payment_id)).toEqual(["pay_a", "pay_d"])
    expect(result.mismatches.map((m) => [m.line, m.reason])).toEqual([
      [3, "no_reference"],
      [4, "already_paid"],
    ])
  })

  it("reads expected references in any case", () => {
    const lower = [{ ...expected[0], reference: "ocopaaaaaaaa" }]
    expect(matchStatement([row(2, 1_250_000, "OCOPAAAAAAAA")], lower, "OCOP").matched).toHaveLength(1)
  })
})

describe("statementReferences", () => {
  it("lists each reference the credits name once, upper-cased, in order of appearance", () => {
    const rows = [
      row(2, 300_000, "CK ocopbbbbbbbb"),
      row(3, 90_000, "chuyen tien khong ghi ma"),
      row(4, 1_250_000, "OCOPAAAAAAAA va OCOPBBBBBBBB"),
    ]
    expect(statementReferences(rows, "OCOP")).toEqual(["OCOPBBBBBBBB", "OCOPAAAAAAAA"])
  })
})
