import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import { revalidationTarget, signatureOf, storefrontTagsOf } from "../storefront-revalidation"

describe("storefrontTagsOf", () => {
  it("makes the catalogue stale for product, price, stock and OCOP events, and regions for region events", () => {
    expect(storefrontTagsOf(["price.updated", "ocop.products.changed"])).toEqual(["catalogue", "experiences"])
    expect(storefrontTagsOf(["region.updated"])).toEqual(["regions"])
    expect(storefrontTagsOf(new Set(["region.created", "product.deleted"]))).toEqual([
      "catalogue",
      "experiences",
      "regions",
    ])
    expect(storefrontTagsOf([])).toEqual([])
  })
})

describe("signatureOf", () => {
  it("is the hex HMAC-SHA256 of the body with the shared secret, prefixed with its algorithm", () => {
    const body = JSON.stringify({ tags: ["catalogue"] })
    expect(signatureOf(body, "secret")).toBe(`sha256=${createHmac("sha256", "secret").update(body).digest("hex")}`)
    expect(signatureOf(body, "another")).not.toBe(signatureOf(body, "secret"))
  })
})

describe("revalidationTarget", () => {
  it("posts to the storefront's internal URL when given, else its public one", () => {
    expect(revalidationTarget({ REVALIDATE_SECRET: "s", STOREFRONT_URL: "https://cho-ocop.vn/" })).toEqual({
      url: "https://cho-ocop.vn/api/revalidate",
      secret: "s",
    })
    expect(
      revalidationTarget({
        REVALIDATE_SECRET: "s",
        STOREFRONT_URL: "https://cho-ocop.vn",
        STOREFRONT_INTERNAL_URL: "http://storefront:8000",
      })?.url
    ).toBe("http://storefront:8000/api/revalidate")
  })

  it("is null without a secret or a storefront URL, so nothing is sent unsigned", () => {
    expect(revalidationTarget({ STOREFRONT_URL: "https://cho-ocop.vn" })).toBeNull()
    expect(revalidationTarget({ REVALIDATE_SECRET: " ", STOREFRONT_URL: "https://cho-ocop.vn" })).toBeNull()
    expect(revalidationTarget({ REVALIDATE_SECRET: "s" })).toBeNull()
  })
})
