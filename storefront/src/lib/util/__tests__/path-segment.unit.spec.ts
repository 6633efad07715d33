import { describe, expect, it } from "vitest"
import { decodeSegment } from "../path-segment"

describe("decodeSegment", () => {
  it("decodes a percent-encoded Vietnamese handle", () => {
    expect(decodeSegment("ch%C3%A8-shan-tuy%E1%BA%BFt")).toBe("chè-shan-tuyết")
  })

  it("leaves an ASCII handle and a malformed escape as they are", () => {
    expect(decodeSegment("ca-phe-muong-ang")).toBe("ca-phe-muong-ang")
    expect(decodeSegment("100%-arabica")).toBe("100%-arabica")
  })
})
