import { describe, expect, it } from "vitest"
import { wholesaleLineProblem } from "../wholesale-cart"
import { retailPriceOf, variantWholesaleView, type WholesaleVariantRow } from "../wholesale-prices"

const variant: WholesaleVariantRow = {
  id: "variant_1",
  title: "Hộp 500 g",
  sku: null,
  metadata: { wholesale_min_quantity: 10, case_pack: "5" },
  product_id: "prod_1",
  prices: [
    { id: "price_usd", amount: 4, currency_code: "usd" },
    { id: "price_retail", amount: 100000, currency_code: "vnd" },
  ],
  wholesale_prices: [
    { id: "price_50", amount: 80000, currency_code: "vnd", price_list_id: "plist_1", min_quantity: 50 },
    { id: "price_10", amount: "90000", currency_code: "vnd", price_list_id: "plist_1", min_quantity: "10" },
  ],
}

describe("variantWholesaleView", () => {
  it("reads the retail price, the terms from metadata and the tiers in ascending ranges", () => {
    expect(retailPriceOf(variant)).toBe(100000)
    expect(variantWholesaleView(variant)).toEqual({
      variant_id: "variant_1",
      title: "Hộp 500 g",
      sku: null,
      retail_price: 100000,
      min_quantity: 10,
      case_pack: 5,
      tiers: [
        { min_quantity: 10, max_quantity: 49, amount: 90000 },
        { min_quantity: 50, max_quantity: null, amount: 80000 },
      ],
    })
  })

  it("has no retail price without a VND price", () => {
    expect(retailPriceOf({ prices: [] })).toBeNull()
  })
})

describe("wholesaleLineProblem", () => {
  it("names the minimum, then the case pack, with their codes", () => {
    expect(wholesaleLineProblem(variant.metadata, 5, "Mật ong")).toEqual({
      code: "below_wholesale_minimum",
      message: "quantity: at least 10 per wholesale order for Mật ong",
    })
    expect(wholesaleLineProblem(variant.metadata, 12, "Mật ong")?.code).toBe("not_case_multiple")
    expect(wholesaleLineProblem(variant.metadata, 15, "Mật ong")).toBeUndefined()
  })
})
