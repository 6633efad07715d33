import { describe, expect, it } from "vitest"
import {
  buildSalesFacts,
  saleDimensions,
  salesRefundMetadata,
  salesRefundTag,
  splitProportionally,
  type FactLine,
  type FactOrder,
} from "../sales-facts"

const dimensions = {
  product_group: "I",
  product_set: 11,
  stars: 4,
  province_code: "11",
  former_district: "Mường Ảng",
  commune_code: "03127",
  legal_form: "cooperative",
  women_led: true,
  ethnic_minority_led: false,
}
const line = (id: string, amount: number, quantity = 1, booking_id: string | null = null): FactLine => ({
  ...dimensions,
  id,
  product_id: `prod_${id}`,
  quantity,
  amount,
  booking_id,
})
// 10:00 on 1 and 3 March 2026 in Vietnam (03:00 UTC).
const MARCH_1 = new Date("2026-03-01T03:00:00Z")
const MARCH_3 = new Date("2026-03-03T03:00:00Z")
const order = (lines: FactLine[], extra: Partial<FactOrder> = {}): FactOrder => ({
  id: "order_1",
  producer_id: "prod_a",
  wholesale: false,
  created_at: MARCH_1,
  canceled_at: null,
  lines,
  ...extra,
})
const sum = (facts: { amount: number }[]) => facts.reduce((total, fact) => total + fact.amount, 0)

describe("splitProportionally", () => {
  it("spreads an amount by weight in whole VND with the rounding remainder on the last line", () => {
    expect(splitProportionally(100_000, [1, 1, 1])).toEqual([33_333, 33_333, 33_334])
    expect(splitProportionally(50_001, [300_000, 100_000])).toEqual([37_500, 12_501])
  })

  it("always adds up to the amount, whatever the weights", () => {
    const weights = [125_000, 99_999, 1, 333_333]
    for (const amount of [1, 7, 99_999, 558_333]) {
      const shares = splitProportionally(amount, weights)
      expect(shares.reduce((a, b) => a + b, 0)).toBe(amount)
      expect(shares.every(Number.isInteger)).toBe(true)
    }
  })

  it("puts everything on the last line when no line has a weight, and gives no shares without lines", () => {
    expect(splitProportionally(10, [0, 0])).toEqual([0, 10])
    expect(splitProportionally(10, [])).toEqual([])
  })
})

describe("buildSalesFacts", () => {
  it("makes one placed fact per line on the order's Vietnam day", () => {
    const late = new Date("2026-02-28T18:30:00Z") // 01:30 on 1 March in Vietnam
    const facts = buildSalesFacts([order([line("a", 120_000, 2), line("b", 80_000)], { created_at: late })], [])
    expect(facts.map((f) => [f.source_key, f.kind, f.day, f.quantity, f.amount])).toEqual([
      ["placed:a", "placed", "2026-03-01", 2, 120_000],
      ["placed:b", "placed", "2026-03-01", 1, 80_000],
    ])
    expect(facts[0]).toMatchObject({
      ...dimensions,
      order_id: "order_1",
      producer_id: "prod_a",
      channel: "retail_online",
    })
  })

  it("nets a cancelled order to zero on the cancellation's day", () => {
    const facts = buildSalesFacts([order([line("a", 120_000, 2)], { canceled_at: MARCH_3 })], [])
    expect(facts.find((f) => f.kind === "cancelled")).toMatchObject({
      source_key: "cancelled:a",
      day: "2026-03-03",
      quantity: -2,
      amount: -120_000,
    })
    expect(sum(facts)).toBe(0)
  })

  it("spreads the office's refund over the checkout's standing lines on the refund's day", () => {
    const facts = buildSalesFacts(
      [
        order([line("a", 300_000), line("b", 100_000)]),
        order([line("c", 50_000)], { id: "order_2", canceled_at: MARCH_1 }),
      ],
      [{ id: "ref_1", amount: 50_001, created_at: MARCH_3, booking_id: null, producer_order_id: null }]
    )
    const refunded = facts.filter((f) => f.kind === "refunded")
    expect(refunded.map((f) => [f.source_key, f.day, f.quantity, f.amount])).toEqual([
      ["refunded:ref_1:a", "2026-03-03", 0, -37_500],
      ["refunded:ref_1:b", "2026-03-03", 0, -12_501],
    ])
  })

  it("makes no refund facts for a cancelled order's own refund, and takes back only what was left", () => {
    const facts = buildSalesFacts(
      [order([line("a", 200_000), line("t", 300_000, 2, "bk_1")], { canceled_at: MARCH_3 })],
      [
        { id: "ref_b", amount: 150_000, created_at: MARCH_1, booking_id: "bk_1", producer_order_id: "order_1" },
        { id: "ref_o", amount: 350_000, created_at: MARCH_3, booking_id: null, producer_order_id: "order_1" },
      ]
    )
    expect(facts.filter((f) => f.kind === "refunded").map((f) => [f.source_key, f.amount, f.channel])).toEqual([
      ["refunded:ref_b:t", -150_000, "tourism"],
    ])
    expect(facts.find((f) => f.source_key === "cancelled:t")?.amount).toBe(-150_000)
    expect(sum(facts)).toBe(0)
  })

  it("keys every fact by its change, so building again yields the same keys", () => {
    const input = [order([line("a", 1_000)], { canceled_at: MARCH_3 })]
    expect(buildSalesFacts(input, []).map((f) => f.source_key)).toEqual(
      buildSalesFacts(input, []).map((f) => f.source_key)
    )
  })

  it("counts a verified company's order as wholesale and a booking's lines as tourism", () => {
    const facts = buildSalesFacts([order([line("a", 1_000), line("t", 2_000, 1, "bk_1")], { wholesale: true })], [])
    expect(facts.map((f) => f.channel)).toEqual(["wholesale", "tourism"])
  })
})

describe("saleDimensions", () => {
  const certificate = (stars: number, decided: string, revoked: string | null = null) => ({
    stars,
    product_set: 11,
    product_group: "I",
    decision_date: new Date(decided),
    revoked_at: revoked ? new Date(revoked) : null,
  })
  const producer = {
    legal_form: "household_business",
    women_led: false,
    ethnic_minority_led: true,
    province_code: "11",
    commune_code: "03100",
    former_district: "Điện Biên",
  }

  it("takes the stars of the certificate in force at the sale, not a later one", () => {
    const product = {
      certificates: [certificate(3, "2024-01-10"), certificate(4, "2026-05-01")],
      origin: { province_code: "11", commune_code: "03127", former_district: "Mường Ảng" },
    }
    expect(saleDimensions(product, producer, MARCH_1)).toEqual({
      product_group: "I",
      product_set: 11,
      stars: 3,
      province_code: "11",
      former_district: "Mường Ảng",
      commune_code: "03127",
      legal_form: "household_business",
      women_led: false,
      ethnic_minority_led: true,
    })
  })

  it("falls back to the producer's place without an origin and has no stars before the first certificate", () => {
    const dims = saleDimensions({ certificates: [certificate(4, "2026-05-01")], origin: null }, producer, MARCH_1)
    expect(dims).toMatchObject({ stars: null, product_set: 11, commune_code: "03100", former_district: "Điện Biên" })
  })
})

describe("sales refund tags", () => {
  it("reads back the tag a refund was made with, and nothing from the office's refunds", () => {
    expect(salesRefundTag(salesRefundMetadata({ producer_order_id: "order_1", booking_id: "bk_1" }))).toEqual({
      producer_order_id: "order_1",
      booking_id: "bk_1",
    })
    expect(salesRefundTag(null)).toBeNull()
    expect(salesRefundTag({ note: "x" })).toBeNull()
  })
})
