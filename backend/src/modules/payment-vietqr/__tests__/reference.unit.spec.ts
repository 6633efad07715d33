import { describe, expect, it } from "vitest"
import { extractReferences, makeReference, REFERENCE_ALPHABET } from "../reference"

describe("makeReference", () => {
  it("is the prefix and 8 symbols of the alphabet, unique over 10,000 draws", () => {
    const references = Array.from({ length: 10_000 }, () => makeReference("OCOP"))
    expect(new Set(references).size).toBe(references.length)
    for (const reference of references) {
      expect(reference).toMatch(/^OCOP[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/)
    }
  })

  it("leaves out the look-alikes 0, O, 1 and I and uses every other symbol", () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[0O1I]/)
    const used = new Set(Array.from({ length: 2_000 }, () => makeReference("X").slice(1)).join(""))
    expect([...used].sort().join("")).toBe([...REFERENCE_ALPHABET].sort().join(""))
  })

  it("upper-cases the prefix", () => {
    expect(makeReference("ocop")).toMatch(/^OCOP/)
  })
})

describe("extractReferences", () => {
  const cases: [string, string, string[]][] = [
    ["the purpose as the QR sets it", "OCOP7KQ2M9XA", ["OCOP7KQ2M9XA"]],
    ["inside a bank's description", "MBVCB.3278.OCOP7KQ2M9XA.CT tu 0123 NGUYEN VAN A", ["OCOP7KQ2M9XA"]],
    ["typed in lower case", "chuyen tien ocop7kq2m9xa cam on", ["OCOP7KQ2M9XA"]],
    ["two different ones, in order", "OCOPBBBBBBBB va OCOPAAAAAAAA", ["OCOPBBBBBBBB", "OCOPAAAAAAAA"]],
    ["the same one twice, once", "OCOP7KQ2M9XA OCOP7KQ2M9XA", ["OCOP7KQ2M9XA"]],
    ["none", "Chuyen tien mua hang", []],
    ["split by a space the bank inserted", "OCOP7KQ2 M9XA", []],
    ["split by a dash", "OCOP-7KQ2M9XA", []],
    ["one symbol short", "OCOP7KQ2M9X", []],
    ["one symbol too many", "OCOP7KQ2M9XAB", []],
    ["glued to a word before it", "XOCOP7KQ2M9XA", []],
    ["with a symbol outside the alphabet (O)", "OCOP7KQ2M9XO", []],
    ["with another prefix", "SHOP7KQ2M9XA", []],
  ]
  it.each(cases)("%s", (_, text, references) => {
    expect(extractReferences(text, "OCOP")).toEqual(references)
  })
})
