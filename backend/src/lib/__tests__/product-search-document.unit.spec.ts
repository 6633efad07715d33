import { describe, expect, it } from "vitest"
import { productDocument, ProductRow } from "../product-search-document"

const NOW = new Date("2026-11-25T00:00:00Z")
const certificate = (decision: string, expires: string, stars: number, revoked_at: string | null = null) => ({
  decision_date: decision,
  expires_at: expires,
  revoked_at,
  stars,
  product_set: 13,
  product_group: "I",
})
const row = (certificates: ReturnType<typeof certificate>[]): ProductRow => ({
  id: "prod_1",
  title: "Cà phê bột Mường Ảng",
  handle: "ca-phe-bot-muong-ang",
  status: "published",
  created_at: "2026-01-01T00:00:00Z",
  variants: [
    {
      prices: [
        { amount: 180000, currency_code: "vnd" },
        { amount: 7, currency_code: "usd" },
      ],
    },
    { prices: [{ amount: 95000, currency_code: "vnd" }] },
  ],
  ocop_certificates: certificates,
  ocop_origin: {
    province_code: "11",
    province_name: "Điện Biên",
    commune_name: "Xã Mường Ảng",
    former_district: "Huyện Mường Ảng",
  },
})

describe("product search document", () => {
  it("carries the current certificate's stars while it is valid, and the lowest VND price", () => {
    const document = productDocument(row([certificate("2025-01-10", "2028-01-10", 4)]), NOW)
    expect(document).toMatchObject({ stars: 4, certificate_status: "active", price_min: 95000, province_code: "11" })
    expect(document.place_names).toBe("Xã Mường Ảng · Huyện Mường Ảng · Điện Biên")
  })

  it("drops the stars once the current certificate expired, until a newer one arrives", () => {
    const expired = certificate("2022-01-10", "2025-01-10", 4)
    expect(productDocument(row([expired]), NOW)).toMatchObject({ stars: 0, certificate_status: "expired" })
    expect(productDocument(row([expired, certificate("2026-02-01", "2029-02-01", 3)]), NOW)).toMatchObject({ stars: 3 })
  })

  it("keeps the stars while expiring, and shows revoked when every certificate is revoked", () => {
    expect(productDocument(row([certificate("2023-12-20", "2026-12-20", 5)]), NOW)).toMatchObject({
      stars: 5,
      certificate_status: "expiring",
    })
    expect(productDocument(row([certificate("2025-01-10", "2028-01-10", 4, "2025-06-01")]), NOW)).toMatchObject({
      stars: 0,
      certificate_status: "revoked",
    })
    expect(productDocument(row([]), NOW)).toMatchObject({ stars: 0, certificate_status: "none" })
  })

  it("puts an experience's product in OCOP group VI without a certificate, but not an uncertified listing", () => {
    const experience = { ...row([]), metadata: { product_group: "VI", product_set: 26 } }
    expect(productDocument(experience, NOW)).toMatchObject({ product_group: "VI", product_set: "26" })
    const listing = { ...row([]), metadata: { product_set: 4 } }
    expect(productDocument(listing, NOW)).toMatchObject({ product_group: null, product_set: null })
  })

  it("carries the thumbnail's copies by width, for the storefront's srcset", () => {
    const sizes = { "320": "/static/1-k-320.webp", "640": "/static/1-k-640.webp", "1280": "/static/1-k-1280.webp" }
    const document = productDocument(
      { ...row([]), thumbnail: sizes["640"], images: [{ url: sizes["1280"], metadata: { sizes } }] },
      NOW
    )
    expect(document.thumbnail_srcset).toBe(
      "/static/1-k-320.webp 320w, /static/1-k-640.webp 640w, /static/1-k-1280.webp 1280w"
    )
    expect(productDocument(row([]), NOW).thumbnail_srcset).toBeNull()
  })
})
