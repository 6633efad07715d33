import { describe, expect, it } from "vitest"
import { excerpt } from "../excerpt"

describe("excerpt", () => {
  it("keeps a short text whole", () => {
    expect(excerpt("Hợp tác xã trồng cà phê.", 160)).toBe("Hợp tác xã trồng cà phê.")
  })

  it("cuts a long text at a word boundary and ends it with …", () => {
    const text = "HTX Cà phê Mường Ảng là hợp tác xã ở xã Mường Ảng, tỉnh Điện Biên"
    const result = excerpt(text, 30)
    expect(result).toBe("HTX Cà phê Mường Ảng là hợp…")
    expect(result.length).toBeLessThanOrEqual(30)
  })

  it("drops punctuation left before the …", () => {
    expect(excerpt("Mường Ảng, Điện Biên, Việt Nam", 13)).toBe("Mường Ảng…")
  })
})
