import { describe, expect, it } from "vitest"
import { chosenProvince, districtTotals, formatCount, formatDay, formatShareOf } from "../figures"
import { STATISTICS_PATHS } from "../statistics-path"
import { pathInLocale } from "../../experiences/tourism-path"

describe("statistics figures", () => {
  it("writes counts in the page's language", () => {
    expect(formatCount(14642, "vi")).toBe("14.642")
    expect(formatCount(14642, "en")).toBe("14,642")
  })

  it("writes a part of a whole as a percentage with one decimal", () => {
    expect(formatShareOf(327, 1000, "vi")).toBe("32,7\u00a0%")
    expect(formatShareOf(1, 3, "en")).toBe("33.3%")
    expect(formatShareOf(5, 5, "vi")).toBe("100\u00a0%")
  })

  it("shows a dash, not a division by zero, for an empty province", () => {
    expect(formatShareOf(0, 0, "vi")).toBe("–")
  })

  it("writes the day the figures are as of in full", () => {
    expect(formatDay("2026-12-07", "en")).toBe("December 7, 2026")
    expect(formatDay("2026-12-07", "vi")).toMatch(/7.*12.*2026/)
  })

  it("takes a province from the URL only when shaped like a province code", () => {
    expect(chosenProvince("66")).toBe("66")
    expect(chosenProvince("6")).toBeUndefined()
    expect(chosenProvince(["66", "11"])).toBeUndefined()
    expect(chosenProvince(undefined)).toBeUndefined()
  })

  it("adds the district table up to the province's totals", () => {
    expect(
      districtTotals([
        { name: "Huyện Mường Ảng", products: 4, producers: 1 },
        { name: "Huyện Tuần Giáo", products: 1, producers: 1 },
        { name: null, products: 2, producers: 0 },
      ])
    ).toEqual({ products: 7, producers: 2 })
  })
})

describe("the statistics page's path", () => {
  it("is /thong-ke in Vietnamese and /statistics in English", () => {
    expect(STATISTICS_PATHS).toEqual({ vi: "/thong-ke", en: "/statistics" })
    expect(pathInLocale("/thong-ke", "en")).toBe("/statistics")
    expect(pathInLocale("/statistics", "vi")).toBe("/thong-ke")
    expect(pathInLocale("/du-lich", "en")).toBe("/tourism")
  })
})
