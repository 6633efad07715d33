import { describe, expect, it } from "vitest"
import { searchNameFilter } from "../search"

const patterns = (q?: string) =>
  ((searchNameFilter(q) as { $or?: { search_name: { $ilike: string } }[] }).$or ?? []).map(
    (condition) => condition.search_name.$ilike
  )

describe("searchNameFilter", () => {
  it("matches the start of any word of the folded name", () => {
    expect(patterns("Đắk Lắk")).toEqual(["dak lak%", "% dak lak%"])
  })

  it("also matches without a leading type word", () => {
    expect(patterns("Tỉnh Điện Biên")).toEqual(["tinh dien bien%", "% tinh dien bien%", "dien bien%", "% dien bien%"])
    expect(patterns("xa muong ang")).toContain("muong ang%")
  })

  it("keeps a type word typed alone", () => {
    expect(patterns("xa")).toEqual(["xa%", "% xa%"])
  })

  it("escapes LIKE wildcards", () => {
    expect(patterns("50%_")).toEqual(["50\\%\\_%", "% 50\\%\\_%"])
  })

  it("filters nothing for an empty query", () => {
    expect(searchNameFilter(undefined)).toEqual({})
    expect(searchNameFilter("   ")).toEqual({})
  })
})
