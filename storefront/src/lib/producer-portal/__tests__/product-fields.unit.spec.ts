import { describe, expect, it } from "vitest"
import {
  listingVariantsBody,
  parseStock,
  parseVnd,
  readListingFields,
  shownListing,
  validateListingFields,
} from "../product-fields"

function listingForm(content: Record<string, string>, variants: [string, string, string][]) {
  const data = new FormData()
  for (const [name, value] of Object.entries(content)) data.set(name, value)
  for (const [title, price, stock] of variants) {
    data.append("variant_title", title)
    data.append("variant_sku", "")
    data.append("variant_price", price)
    data.append("variant_stock", stock)
  }
  return data
}

const CONTENT = {
  title: "Chè shan tuyết",
  title_en: "Shan tuyet tea",
  description: "",
  description_en: "",
  product_set: "11",
  growing_area_code: "",
}

describe("parseVnd", () => {
  it("reads whole đồng written with dots, spaces or the symbol", () => {
    expect(parseVnd("125.000")).toBe(125000)
    expect(parseVnd("125 000 ₫")).toBe(125000)
    expect(parseVnd("0")).toBe(0)
  })

  it("refuses decimals, negatives and words", () => {
    expect(parseVnd("-5")).toBeNull()
    expect(parseVnd("12a")).toBeNull()
    expect(parseVnd("")).toBeNull()
  })
})

describe("parseStock", () => {
  it("takes whole numbers from 0 and refuses anything else", () => {
    expect(parseStock("40")).toBe(40)
    expect(parseStock("0")).toBe(0)
    expect(parseStock("1.5")).toBeNull()
    expect(parseStock("-1")).toBeNull()
  })
})

describe("readListingFields", () => {
  it("reads the packs in order and skips a row left wholly empty", () => {
    const fields = readListingFields(
      listingForm(CONTENT, [
        ["Hộp 200 g", "125.000", "40"],
        ["", "", ""],
        ["Hộp 500 g", "280000", "10"],
      ])
    )
    expect(listingVariantsBody(fields)).toEqual([
      { title: "Hộp 200 g", sku: undefined, price: 125000, stock: 40 },
      { title: "Hộp 500 g", sku: undefined, price: 280000, stock: 10 },
    ])
  })
})

describe("validateListingFields", () => {
  it("finds nothing wrong with a titled listing, a product set and a priced pack", () => {
    expect(
      validateListingFields(readListingFields(listingForm(CONTENT, [["Hộp 200 g", "125000", "40"]])), {
        withVariants: true,
      })
    ).toEqual({})
  })

  it("marks each bad pack field by its row", () => {
    const fields = readListingFields(
      listingForm(CONTENT, [
        ["Hộp 200 g", "125000", "40"],
        ["", "abc", "-1"],
      ])
    )
    expect(validateListingFields(fields, { withVariants: true })).toEqual({
      variant_title_1: "required",
      variant_price_1: "price",
      variant_stock_1: "stock",
    })
  })

  it("needs at least one pack for a new listing, none to edit the content", () => {
    const fields = readListingFields(listingForm(CONTENT, []))
    expect(validateListingFields(fields, { withVariants: true })).toEqual({ variant_title_0: "required" })
    expect(validateListingFields(fields, { withVariants: false })).toEqual({})
  })

  it("needs a title and a product set from 1 to 26", () => {
    const fields = readListingFields(listingForm({ ...CONTENT, title: "", product_set: "27" }, []))
    expect(validateListingFields(fields, { withVariants: false })).toEqual({
      title: "required",
      product_set: "required",
    })
  })
})

describe("shownListing", () => {
  it("gives the form back each pack's typed values by row and how many rows there were", () => {
    const shown = shownListing(
      readListingFields(
        listingForm(CONTENT, [
          ["Hộp", "1", "2"],
          ["Túi", "3", "4"],
        ])
      )
    )
    expect(shown).toMatchObject({
      title: "Chè shan tuyết",
      variant_count: "2",
      variant_title_1: "Túi",
      variant_price_1: "3",
      variant_stock_1: "4",
    })
  })
})
