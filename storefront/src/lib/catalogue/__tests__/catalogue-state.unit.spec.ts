import { describe, expect, it } from "vitest"
import { activeFilters, catalogueQueryString, EMPTY_STATE, parseCatalogueParams, refine } from "../catalogue-state"

describe("parseCatalogueParams", () => {
  it("reads every choice from the URL", () => {
    const state = parseCatalogueParams(
      new URLSearchParams(
        "q=ca+phe&group=I&set=13&stars=4&province=66&district=Huy%E1%BB%87n+C%C6%B0+M%27gar&type=cooperative&type=enterprise&price=100k-300k&stock=1&wholesale=1&sort=price_asc&page=3"
      )
    )
    expect(state).toEqual({
      q: "ca phe",
      group: "I",
      set: 13,
      stars: 4,
      province: "66",
      district: "Huyện Cư M'gar",
      producerTypes: ["enterprise", "cooperative"],
      price: "100k-300k",
      inStock: true,
      wholesale: true,
      sort: "price_asc",
      page: 3,
    })
  })

  it("reads Next's searchParams objects, repeated keys as arrays", () => {
    expect(parseCatalogueParams({ type: ["household_business", "cooperative"], stars: "5" })).toMatchObject({
      producerTypes: ["cooperative", "household_business"],
      stars: 5,
    })
  })

  it("drops what a hand-typed URL gets wrong instead of failing", () => {
    const state = parseCatalogueParams({
      page: "abc",
      group: "IX",
      stars: "2",
      sort: "cheapest",
      price: "free",
      type: "bank",
      province: "x",
    })
    expect(state).toEqual(EMPTY_STATE)
    expect(parseCatalogueParams({ page: "-1" }).page).toBe(1)
    expect(parseCatalogueParams({ page: "2.5" }).page).toBe(1)
  })

  it("keeps a product set only inside its group, and a district only with a province", () => {
    expect(parseCatalogueParams({ group: "II", set: "13" }).set).toBeNull()
    expect(parseCatalogueParams({ set: "13" }).set).toBeNull()
    expect(parseCatalogueParams({ district: "Huyện Mường Ảng" }).district).toBeNull()
  })

  it("lets the page's scope win over the URL", () => {
    const scope = { group: "II" as const, province: "11", district: "Huyện Mường Ảng" }
    expect(parseCatalogueParams({ group: "I", province: "66", district: "X" }, scope)).toMatchObject(scope)
  })
})

describe("catalogueQueryString", () => {
  it("round-trips a state through the URL", () => {
    const state = refine(EMPTY_STATE, {
      q: "mật ong",
      group: "I",
      set: 4,
      stars: 5,
      province: "11",
      district: "Huyện Điện Biên",
      producerTypes: ["cooperative"],
      price: "over-600k",
      inStock: true,
      wholesale: true,
      sort: "newest",
    })
    expect(parseCatalogueParams(new URLSearchParams(catalogueQueryString({ ...state, page: 2 })))).toEqual({
      ...state,
      page: 2,
    })
  })

  it("leaves out defaults and what the scope fixes", () => {
    expect(catalogueQueryString(EMPTY_STATE)).toBe("")
    expect(catalogueQueryString({ ...EMPTY_STATE, group: "I", stars: 4 }, { group: "I" })).toBe("stars=4")
  })
})

describe("refine", () => {
  it("goes back to page 1 and drops the children of a changed parent", () => {
    const state = {
      ...EMPTY_STATE,
      group: "I" as const,
      set: 13,
      province: "66",
      district: "Huyện Krông Năng",
      page: 4,
    }
    expect(refine(state, { stars: 4 })).toMatchObject({ page: 1, set: 13, district: "Huyện Krông Năng" })
    expect(refine(state, { group: "II" })).toMatchObject({ group: "II", set: null })
    expect(refine(state, { province: "11" })).toMatchObject({ province: "11", district: null })
  })
})

describe("activeFilters", () => {
  it("offers to drop each of the shopper's choices, not the scope's", () => {
    const state = {
      ...EMPTY_STATE,
      q: "ca phe",
      group: "I" as const,
      stars: 5 as const,
      producerTypes: ["cooperative" as const, "enterprise" as const],
    }
    const filters = activeFilters(state, { group: "I" })
    expect(filters.map((filter) => `${filter.kind}=${filter.value}`)).toEqual([
      "q=ca phe",
      "stars=5",
      "type=cooperative",
      "type=enterprise",
    ])
    expect(filters[2].without.producerTypes).toEqual(["enterprise"])
    expect(filters[1].without).toMatchObject({ stars: null, q: "ca phe" })
  })
})
