import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { lowestPrice, rankedVariants, variantPrice } from "../product-price"

function variant(id: string, amount: number | null, rank: number | null = null): HttpTypes.StoreProductVariant {
  return {
    id,
    variant_rank: rank,
    calculated_price:
      amount === null ? undefined : { id: `pset_${id}`, calculated_amount: amount, currency_code: "vnd" },
  } as HttpTypes.StoreProductVariant
}

function product(...variants: HttpTypes.StoreProductVariant[]): HttpTypes.StoreProduct {
  return { id: "prod_1", variants } as HttpTypes.StoreProduct
}

describe("variantPrice", () => {
  it("reads the calculated amount and currency", () => {
    expect(variantPrice(variant("a", 95000))).toEqual({ amount: 95000, currencyCode: "vnd" })
  })

  it("is null when the variant has no price in the region", () => {
    expect(variantPrice(variant("a", null))).toBeNull()
  })
})

describe("lowestPrice", () => {
  it("takes the cheapest variant and says the price varies", () => {
    expect(lowestPrice(product(variant("box", 450000), variant("bag", 230000)))).toEqual({
      amount: 230000,
      currencyCode: "vnd",
      varies: true,
    })
  })

  it("does not vary when every variant costs the same", () => {
    expect(lowestPrice(product(variant("a", 1250000), variant("b", 1250000)))?.varies).toBe(false)
  })

  it("skips variants without a price and is null when none has one", () => {
    expect(lowestPrice(product(variant("a", null), variant("b", 65000)))?.amount).toBe(65000)
    expect(lowestPrice(product(variant("a", null)))).toBeNull()
    expect(lowestPrice(product())).toBeNull()
  })
})

describe("rankedVariants", () => {
  it("orders variants by their rank", () => {
    const ranked = rankedVariants(product(variant("b", 1, 1), variant("a", 1, 0)))
    expect(ranked.map((v) => v.id)).toEqual(["a", "b"])
  })
})
