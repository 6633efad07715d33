import { describe, expect, it } from "vitest"
import { EMPTY_STATE } from "../catalogue-state"
import { catalogueSearchQuery, toCatalogueResult } from "../search-request"
import type { ProductDocument } from "../search-types"

describe("catalogueSearchQuery", () => {
  it("asks for all products with disjunctive facets and an exact count when nothing is chosen", () => {
    const query = catalogueSearchQuery(EMPTY_STATE)
    expect(query.filters).toEqual({})
    expect(query.pagination).toEqual({ take: 24, skip: 0 })
    expect(query.search_options).toMatchObject({ disjunctive_facets: true, count: "exact" })
    const fields = (query.search_options?.facets as (string | { field: string })[]).map((f) =>
      typeof f === "string" ? f : f.field
    )
    expect(fields).toEqual([
      "product_group",
      "stars",
      "province_code",
      "legal_form",
      "in_stock",
      "wholesale",
      "price_min",
    ])
  })

  it("maps every choice onto the index's fields", () => {
    const query = catalogueSearchQuery({
      ...EMPTY_STATE,
      q: "ca phe",
      group: "I",
      set: 13,
      stars: 4,
      province: "66",
      district: "Huyện Cư M'gar",
      producerTypes: ["cooperative", "enterprise"],
      price: "100k-300k",
      inStock: true,
      wholesale: true,
      sort: "price_desc",
      page: 3,
    })
    expect(query.filters).toEqual({
      q: "ca phe",
      product_group: "I",
      product_set: "13",
      stars: { $gte: 4 },
      province_code: "66",
      former_district: "Huyện Cư M'gar",
      legal_form: { $in: ["cooperative", "enterprise"] },
      price_min: { $gte: 100_000, $lt: 300_000 },
      in_stock: true,
      wholesale: true,
    })
    expect(query.pagination).toEqual({ take: 24, skip: 48, order: { price_min: "DESC", id: "ASC" } })
    const facets = query.search_options?.facets as { field: string; ranges?: unknown[] }[]
    expect(facets).toContainEqual({ field: "former_district", limit: 100 })
    expect(facets).toContainEqual({ field: "product_set", limit: 13 })
  })

  it("keeps open-ended price bands open and the scope's filters fixed", () => {
    expect(catalogueSearchQuery({ ...EMPTY_STATE, price: "under-100k" }).filters).toEqual({
      price_min: { $lt: 100_000 },
    })
    expect(catalogueSearchQuery({ ...EMPTY_STATE, price: "over-600k" }).filters).toEqual({
      price_min: { $gte: 600_000 },
    })
    expect(catalogueSearchQuery(EMPTY_STATE, { province: "11", district: "Huyện Mường Ảng" }).filters).toEqual({
      province_code: "11",
      former_district: "Huyện Mường Ảng",
    })
  })

  it("sorts by stars and by newest", () => {
    expect(catalogueSearchQuery({ ...EMPTY_STATE, sort: "stars" }).pagination?.order).toEqual({
      stars: "DESC",
      id: "ASC",
    })
    expect(catalogueSearchQuery({ ...EMPTY_STATE, sort: "newest" }).pagination?.order).toEqual({
      created_at: "DESC",
      id: "ASC",
    })
  })
})

describe("toCatalogueResult", () => {
  const document = { id: "prod_1", title: "Cà phê", stars: 4 } as ProductDocument

  it("counts pages and reads value and range facets", () => {
    const result = toCatalogueResult(
      {
        hits: [{ document }],
        facets: {
          product_group: { type: "value", values: [{ value: "I", count: 50 }] },
          product_set: { type: "value", values: [{ value: "13", count: 7 }] },
          in_stock: { type: "value", values: [{ value: true, count: 40 }] },
          stars: {
            type: "range",
            ranges: [
              { key: "3", count: 50 },
              { key: "4", count: 20 },
            ],
          },
        },
        metadata: { count: 50 },
      },
      { ...EMPTY_STATE, page: 2 }
    )
    expect(result).toMatchObject({ products: [document], total: 50, page: 2, pageCount: 3 })
    expect(result.facets.set).toEqual([{ value: "13", count: 7 }])
    expect(result.facets.stock).toEqual([{ value: "true", count: 40 }])
    expect(result.facets.stars).toEqual([
      { value: "3", count: 50 },
      { value: "4", count: 20 },
    ])
    expect(result.facets.district).toEqual([])
  })
})
