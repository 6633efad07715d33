import { describe, expect, it } from "vitest"
import { spreadsheetText } from "../spreadsheet-text"

describe("spreadsheetText", () => {
  it.each(["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("puts a ' before %j", (value) => {
    expect(spreadsheetText(value)).toBe(`'${value}`)
  })

  it("leaves other text alone", () => {
    expect(spreadsheetText("Công ty TNHH An Phú")).toBe("Công ty TNHH An Phú")
    expect(spreadsheetText("")).toBe("")
  })
})
