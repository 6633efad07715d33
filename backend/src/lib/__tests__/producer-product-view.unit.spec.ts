import { describe, expect, it } from "vitest"
import { producerProductView } from "../producer-product-view"

const level = (location_id: string, stocked_quantity: number, reserved_quantity = 0) => ({
  location_id,
  stocked_quantity,
  reserved_quantity,
})

const product = (overrides: Record<string, unknown> = {}) =>
  ({
    id: "prod_1",
    title: "Chè shan tuyết",
    subtitle: null,
    description: null,
    handle: "che-shan-tuyet-abc123",
    status: "published",
    metadata: { title_en: "Shan Tuyet tea", product_set: "11", review_reason: null },
    thumbnail: null,
    created_at: new Date("2026-11-01"),
    updated_at: new Date("2026-11-02"),
    images: [],
    variants: [
      {
        id: "variant_1",
        title: "Hộp 100 g",
        sku: "CHE-100",
        metadata: { min_quantity: 2 },
        variant_rank: 0,
        created_at: new Date("2026-11-01"),
        prices: [
          { currency_code: "usd", amount: 5 },
          { currency_code: "vnd", amount: 120000 },
        ],
        inventory_items: [
          { inventory: { location_levels: [level("sloc_producer", 30, 4), level("sloc_other", 500, 0)] } },
        ],
      },
    ],
    ocop_origin: null,
    ocop_certificates: [],
    ...overrides,
  }) as never

describe("producerProductView", () => {
  it("counts stock and what is free to sell at the producer's own location only", () => {
    const [variant] = producerProductView(product(), "sloc_producer").variants
    expect(variant).toMatchObject({ price: 120000, stock: 30, available: 26, min_quantity: 2, max_quantity: null })
  })

  it("shows no stock for a variant without a level at the producer's location", () => {
    const [variant] = producerProductView(product(), "sloc_elsewhere").variants
    expect(variant).toMatchObject({ stock: 0, available: 0 })
  })

  it("reads the English title and the product set from metadata", () => {
    expect(producerProductView(product(), "sloc_producer")).toMatchObject({
      title_en: "Shan Tuyet tea",
      product_set: 11,
      review_reason: null,
      archived_at: null,
    })
  })

  it("keeps the order variants were given in when they were created together", () => {
    const together = new Date("2026-11-01")
    const variant = (id: string, variant_rank: number) => ({
      id,
      title: id,
      sku: null,
      metadata: null,
      variant_rank,
      created_at: together,
      prices: [],
      inventory_items: [],
    })
    const view = producerProductView(
      product({ variants: [variant("b", 1), variant("c", 2), variant("a", 0)] }),
      "sloc_producer"
    )
    expect(view.variants.map((v) => v.id)).toEqual(["a", "b", "c"])
  })

  it("shows the newest certificate that is not revoked, with its status now", () => {
    const certificate = (certificate_number: string, decision_date: string, revoked_at: string | null = null) => ({
      certificate_number,
      stars: 4,
      level: "province",
      decision_date,
      expires_at: new Date(new Date(decision_date).getTime() + 3 * 365 * 24 * 3600 * 1000).toISOString(),
      revoked_at,
    })
    const recent = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString()
    const view = producerProductView(
      product({
        ocop_certificates: [
          certificate("old", "2020-01-10"),
          certificate("current", recent),
          certificate("revoked", new Date().toISOString(), new Date().toISOString()),
        ],
      }),
      "sloc_producer"
    )
    expect(view.certificate).toMatchObject({ number: "current", stars: 4, level: "province", status: "active" })
  })

  it("gives images their sizes, or the image alone as 1280 when it has none", () => {
    const view = producerProductView(
      product({
        images: [
          { id: "img_2", url: "u2", rank: 1, metadata: null },
          {
            id: "img_1",
            url: "u1-1280",
            rank: 0,
            metadata: { sizes: { "320": "u1-320", "640": "u1-640", "1280": "u1-1280" } },
          },
        ],
      }),
      "sloc_producer"
    )
    expect(view.images).toEqual([
      { id: "img_1", url: "u1-1280", sizes: { "320": "u1-320", "640": "u1-640", "1280": "u1-1280" } },
      { id: "img_2", url: "u2", sizes: { "1280": "u2" } },
    ])
  })
})
