import { describe, expect, it } from "vitest"
import { GROUP_SLUGS, groupOfSlug, nameOfSlug, slugify } from "../slugs"

describe("slugify", () => {
  it("drops tones and marks and reads đ as d", () => {
    expect(slugify("Huyện Cư M'gar")).toBe("huyen-cu-m-gar")
    expect(slugify("Thành phố Điện Biên Phủ")).toBe("thanh-pho-dien-bien-phu")
    expect(slugify("Đắk Lắk")).toBe("dak-lak")
    expect(slugify("  Thị xã Buôn Hồ – ")).toBe("thi-xa-buon-ho")
  })
})

describe("group slugs", () => {
  it("are unique and lead back to their group", () => {
    expect(new Set(Object.values(GROUP_SLUGS)).size).toBe(6)
    for (const [group, slug] of Object.entries(GROUP_SLUGS)) expect(groupOfSlug(slug)).toBe(group)
    expect(groupOfSlug("I")).toBeNull()
  })
})

describe("nameOfSlug", () => {
  it("finds the district a slug names, or null", () => {
    const names = ["Huyện Mường Ảng", "Huyện Điện Biên Đông"]
    expect(nameOfSlug("huyen-dien-bien-dong", names)).toBe("Huyện Điện Biên Đông")
    expect(nameOfSlug("huyen-khong-co", names)).toBeNull()
  })
})
