import { describe, expect, it } from "vitest"
import { planFields } from "../fields"
import { compileFilters, quote } from "../filters"

const plan = planFields({
  primary_key: "id",
  fields: {
    title: { type: "text", searchable: true },
    province: { type: "keyword", filterable: true },
    price: { type: "float", filterable: true },
    in_stock: { type: "boolean", filterable: true },
    tags: { type: "keyword", array: true, filterable: true },
    created_at: { type: "date", filterable: true },
  },
})
const c = (f: any) => compileFilters(f, plan)

describe("compileFilters", () => {
  it("quotes and escapes string values", () => {
    expect(quote('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"')
    expect(c({ province: 'Điện "Biên"' })).toBe('province = "Điện \\"Biên\\""')
  })
  it("compiles shorthand, $in, $nin and empty lists", () => {
    expect(c({ province: ["A", "B"] })).toBe('province IN ["A", "B"]')
    expect(c({ province: { $nin: ["A"] } })).toBe('NOT province = "A"')
    expect(c({ province: { $in: [] } })).toBe("id IN []")
    expect(c({ province: null })).toBe("(province NOT EXISTS OR province IS NULL)")
  })
  it("compiles comparisons on numbers, booleans and date shadows", () => {
    expect(c({ price: { $gte: 10, $lt: "20" }, in_stock: true })).toBe(
      "(price >= 10 AND price < 20) AND in_stock = true"
    )
    expect(c({ created_at: { $gt: new Date(Date.UTC(2025, 0, 1)) } })).toBe("_ms_created_at > 1735689600000")
  })
  it("compiles logic and array operators", () => {
    expect(
      c({ $or: [{ province: "A" }, { $and: [{ price: 1 }, { tags: { $contains: ["x", "y"] } }] }], q: "ignored" })
    ).toBe('(province = "A" OR (price = 1 AND (tags = "x" AND tags = "y")))')
    expect(c({ $not: { tags: { $overlaps: ["x", "y"] } } })).toBe('NOT (tags IN ["x", "y"])')
    expect(c({ $or: [] })).toBe("id IN []")
  })
  it("rejects what Meilisearch cannot express", () => {
    expect(() => c({ province: { $prefix: "A" } })).toThrow(/does not support operator "\$prefix"/)
    expect(() => c({ province: { $gt: "A" } })).toThrow(/only compare numeric or date/)
    expect(() => c({ title: "x" })).toThrow(/not filterable/)
    expect(() => c({ nope: 1 })).toThrow(/Unknown filter field/)
  })
})
