import { describe, expect, it } from "vitest"
import { localizedDescription, localizedTitle, pickLocalized } from "../localized"

const product = {
  title: "Cà phê bột rang mộc Mường Ảng",
  description: "Cà phê hái chín trên đồi Mường Ảng.",
  metadata: {
    title_en: "Mường Ảng natural-roast ground coffee",
    description_en: "Ripe-picked coffee from the hills of Mường Ảng.",
  },
}

describe("localizedTitle", () => {
  it("is the Vietnamese title in Vietnamese", () => {
    expect(localizedTitle(product, "vi")).toBe("Cà phê bột rang mộc Mường Ảng")
  })

  it("is metadata.title_en in English", () => {
    expect(localizedTitle(product, "en")).toBe("Mường Ảng natural-roast ground coffee")
  })

  it("falls back to the Vietnamese title when the English one is missing or blank", () => {
    expect(localizedTitle({ title: "Mật ong bạc hà", metadata: null }, "en")).toBe("Mật ong bạc hà")
    expect(localizedTitle({ title: "Mật ong bạc hà", metadata: { title_en: " " } }, "en")).toBe("Mật ong bạc hà")
  })
})

describe("localizedDescription", () => {
  it("is metadata.description_en in English and the Vietnamese text otherwise", () => {
    expect(localizedDescription(product, "en")).toBe("Ripe-picked coffee from the hills of Mường Ảng.")
    expect(localizedDescription(product, "vi")).toBe("Cà phê hái chín trên đồi Mường Ảng.")
  })

  it("is null when there is no description in either language", () => {
    expect(localizedDescription({ description: null, metadata: {} }, "en")).toBeNull()
  })
})

describe("pickLocalized", () => {
  it("picks the English text on /en and the Vietnamese one on /vi", () => {
    expect(pickLocalized("Câu chuyện", "Story", "en")).toBe("Story")
    expect(pickLocalized("Câu chuyện", "Story", "vi")).toBe("Câu chuyện")
  })

  it("falls back to Vietnamese when no English text was written", () => {
    expect(pickLocalized("Câu chuyện", null, "en")).toBe("Câu chuyện")
  })
})
