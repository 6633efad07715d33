import { describe, expect, it } from "vitest"
import { drillCrumbs, drillInto, drillLevel, drillParams } from "../report-drilldown"

const province = { province_code: "66" }
const district = { ...province, district: "Huyện Krông Pắc" }
const commune = { ...district, commune_code: "24280", commune_name: "Xã Krông Pắc" }
const producer = { ...commune, producer_id: "prdc_1", producer_name: "HTX Cà phê Ea Kênh" }

describe("drill-down", () => {
  it("shows the next level below the scope", () => {
    expect(drillLevel(province)).toBe("district")
    expect(drillLevel(district)).toBe("commune")
    expect(drillLevel(commune)).toBe("producer")
    expect(drillLevel(producer)).toBe("product")
  })

  it("goes one level down from a row, with its name for the breadcrumb", () => {
    expect(drillInto(province, { level: "district", code: "Huyện Krông Pắc", name: "Huyện Krông Pắc" })).toEqual(
      district
    )
    expect(drillInto(district, { level: "commune", code: "24280", name: "Xã Krông Pắc" })).toEqual(commune)
    expect(drillInto(commune, { level: "producer", code: "prdc_1", name: "HTX Cà phê Ea Kênh" })).toEqual(producer)
    expect(drillInto(producer, { level: "product", code: "prod_1", name: "Cà phê" })).toBeNull()
  })

  it("starts a district afresh, whatever was below the scope before", () => {
    expect(drillInto(producer, { level: "district", code: "Thành phố Buôn Ma Thuột", name: "x" })).toEqual({
      province_code: "66",
      district: "Thành phố Buôn Ma Thuột",
    })
  })

  it("builds a breadcrumb whose crumbs go back up", () => {
    const crumbs = drillCrumbs(producer, "Đắk Lắk")
    expect(crumbs.map((crumb) => crumb.label)).toEqual([
      "Đắk Lắk",
      "Huyện Krông Pắc",
      "Xã Krông Pắc",
      "HTX Cà phê Ea Kênh",
    ])
    expect(crumbs[0].scope).toEqual(province)
    expect(crumbs[1].scope).toEqual(district)
    expect(crumbs[2].scope).toEqual(commune)
    expect(crumbs[3].scope).toEqual(producer)
  })

  it("labels a crumb by its code when the URL lost the name", () => {
    expect(drillCrumbs({ ...province, commune_code: "24280" }, "Đắk Lắk").map((c) => c.label)).toEqual([
      "Đắk Lắk",
      "24280",
    ])
  })

  it("names every deeper parameter, so moving up clears them from the URL", () => {
    expect(drillParams(district)).toEqual({
      district: "Huyện Krông Pắc",
      commune_code: undefined,
      commune_name: undefined,
      producer_id: undefined,
      producer_name: undefined,
    })
  })
})
