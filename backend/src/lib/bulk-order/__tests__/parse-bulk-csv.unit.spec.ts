import { spreadsheetText, MAX_BULK_ROWS } from "@ocop/shared"
import { describe, expect, it } from "vitest"
import { parseBulkCsv } from "../parse-bulk-csv"

const refusal = (text: string) => {
  try {
    parseBulkCsv(text)
  } catch (error) {
    return error as { message: string; code?: string }
  }
  throw new Error("the file was accepted")
}

describe("parseBulkCsv", () => {
  it("reads comma rows numbered as a spreadsheet numbers them", () => {
    expect(parseBulkCsv("sku,quantity\nCF-250,12\n\nMAT-1, 6 \n")).toEqual([
      { row: 2, sku: "CF-250", quantity: 12 },
      { row: 4, sku: "MAT-1", quantity: 6 },
    ])
  })

  it("reads a BOM, semicolons, CRLF and a capitalised header", () => {
    expect(parseBulkCsv("\uFEFFSKU;Quantity\r\nCF-250;24\r\n")).toEqual([{ row: 2, sku: "CF-250", quantity: 24 }])
  })

  it("keeps a row whose quantity is not a positive whole number, with no quantity", () => {
    expect(parseBulkCsv("sku,quantity\nA,0\nB,1.5\nC,-3\nD,mười\nE,").map((row) => row.quantity)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })

  it("keeps a formula cell as written, for the answer to escape", () => {
    const [row] = parseBulkCsv("sku,quantity\n\"=cmd|' /C calc'!A0\",1")
    expect(row.sku).toBe("=cmd|' /C calc'!A0")
    expect(spreadsheetText(row.sku)).toBe("'=cmd|' /C calc'!A0")
  })

  it("refuses a file without the header, naming the file", () => {
    expect(refusal("\u0089PNG\r\n\u001a\n\u0000\u0000")).toMatchObject({ code: "bulk_file_invalid" })
    expect(refusal("CF-250,12\nMAT-1,6").message).toMatch(/^file: /)
    expect(refusal("sku,quantity\n").message).toMatch(/^file: has a header but no rows/)
  })

  it("refuses a file with more rows than allowed before reading them", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `SKU-${i},1`).join("\n")
    const error = refusal(`sku,quantity\n${rows}`)
    expect(error).toMatchObject({ code: "bulk_too_many_rows" })
    expect(error.message).toBe(`file: has 10000 rows; at most ${MAX_BULK_ROWS} at a time`)
  })

  it("refuses broken quoting, naming the file", () => {
    expect(refusal('sku,quantity\n"CF-250,12\nA,1').message).toMatch(/^file: cannot be read as CSV/)
  })
})
