import { describe, expect, it } from "vitest"
import { salesBySql, salesLabel, salesWhere } from "../sales"

describe("salesWhere", () => {
  it("keeps the period's days, both included, and binds each filter given, never inlining it", () => {
    const where = salesWhere({ from: "2026-01-01", to: "2026-03-31", district: "Mường Ảng'; drop table x", stars: 4 })
    expect(where.sql).toBe(
      "f.deleted_at is null and f.day >= ? and f.day <= ? and f.former_district = ? and f.stars = ?"
    )
    expect(where.bindings).toEqual(["2026-01-01", "2026-03-31", "Mường Ảng'; drop table x", 4])
  })
})

describe("salesBySql", () => {
  it("groups by month on the day's first seven characters and joins producer names for by=producer", () => {
    expect(salesBySql("month", { from: "2026-01-01", to: "2026-12-31" }).sql).toContain("substr(f.day, 1, 7) as key")
    expect(salesBySql("producer", { from: "2026-01-01", to: "2026-12-31" }).sql).toContain(
      "left join producer p on p.id = f.producer_id"
    )
    expect(salesBySql("district", { from: "2026-01-01", to: "2026-12-31" }).sql).toContain("f.former_district as key")
  })
})

describe("salesLabel", () => {
  it("reads codes in Vietnamese and English, and names a missing key", () => {
    expect(salesLabel("group", "II", null)).toBe("II. Đồ uống")
    expect(salesLabel("product_set", "13", null, "en")).toBe("13. Coffee and cocoa")
    expect(salesLabel("stars", "4", null)).toBe("4 sao")
    expect(salesLabel("channel", "wholesale", null)).toBe("Bán sỉ")
    expect(salesLabel("producer", "prod_1", "HTX Mường Ảng")).toBe("HTX Mường Ảng")
    expect(salesLabel("district", null, null)).toBe("(không rõ)")
  })
})
