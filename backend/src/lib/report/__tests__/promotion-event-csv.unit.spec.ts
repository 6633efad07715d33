import { describe, expect, it } from "vitest"
import { PROMOTION_EVENT_IMPORT_MAX_ROWS } from "@ocop/shared"
import { parsePromotionEventCsv } from "../promotion-event-csv"

describe("parsePromotionEventCsv", () => {
  it("reads codes and producer names with their line numbers, skipping blank lines", () => {
    const rows = parsePromotionEventCsv(
      "\uFEFFproduct_code,producer_name\r\nca-phe-bot,HTX Mường Ảng\r\n\r\nDEMO-DB-2024-0001,\r\n  che-shan  \r\n"
    )
    expect(rows).toEqual([
      { row: 2, code: "ca-phe-bot", producer_name: "HTX Mường Ảng" },
      { row: 4, code: "DEMO-DB-2024-0001", producer_name: null },
      { row: 5, code: "che-shan", producer_name: null },
    ])
  })

  it("takes the Vietnamese header, a semicolon or a tab, and quoted cells", () => {
    expect(parsePromotionEventCsv('Mã sản phẩm;Chủ thể\n"a;b";"HTX ""Ang Tở"""')).toEqual([
      { row: 2, code: "a;b", producer_name: 'HTX "Ang Tở"' },
    ])
    expect(parsePromotionEventCsv("product_code\tproducer_name\nmat-ong\tHTX")).toEqual([
      { row: 2, code: "mat-ong", producer_name: "HTX" },
    ])
  })

  it("keeps a row whose code is empty, for the import to refuse with its number", () => {
    expect(parsePromotionEventCsv("product_code,producer_name\n,HTX")).toEqual([
      { row: 2, code: "", producer_name: "HTX" },
    ])
  })

  it.each([
    ["a wrong header", "sku,quantity\nabc,1", /^file: is not a CSV/],
    ["a second column that is not the producer", "product_code,quantity\nabc,1", /^file: is not a CSV/],
    ["no rows", "product_code\n\n", /^file: has a header but no rows/],
    ["an empty file", "", /^file: is not a CSV/],
    ["broken quoting", 'product_code\n"abc', /^file: cannot be read as CSV/],
    [
      "too many rows",
      `product_code\n${"abc\n".repeat(PROMOTION_EVENT_IMPORT_MAX_ROWS + 1)}`,
      new RegExp(`^file: has ${PROMOTION_EVENT_IMPORT_MAX_ROWS + 1} rows`),
    ],
  ])("refuses %s, naming file", (_, text, message) => {
    expect(() => parsePromotionEventCsv(text)).toThrow(message)
  })

  it("takes exactly the most rows allowed", () => {
    const text = `product_code\n${"abc\n".repeat(PROMOTION_EVENT_IMPORT_MAX_ROWS)}`
    expect(parsePromotionEventCsv(text)).toHaveLength(PROMOTION_EVENT_IMPORT_MAX_ROWS)
  })
})
