import { describe, expect, it } from "vitest"
import { foldVietnamese, normalizeTonePlacement } from "../vietnamese-text"

describe("foldVietnamese", () => {
  it("drops diacritics and lower-cases", () => {
    expect(foldVietnamese("Đắk Lắk")).toBe("dak lak")
    expect(foldVietnamese("Điện Biên")).toBe("dien bien")
    expect(foldVietnamese("Cà phê Buôn Ma Thuột")).toBe("ca phe buon ma thuot")
  })

  it("turns đ and Đ into d", () => {
    expect(foldVietnamese("đ")).toBe("d")
    expect(foldVietnamese("ĐỒNG NAI")).toBe("dong nai")
  })

  it("collapses and trims whitespace", () => {
    expect(foldVietnamese("  Xã \t Mường   Ảng ")).toBe("xa muong ang")
  })

  it("folds decomposed input like composed input", () => {
    expect(foldVietnamese("Mường Ảng".normalize("NFD"))).toBe("muong ang")
  })
})

describe("normalizeTonePlacement", () => {
  it("moves the tone of a final oa, oe or uy onto the first vowel", () => {
    expect(normalizeTonePlacement("Thành phố Tuy Hoà")).toBe("Thành phố Tuy Hòa")
    expect(normalizeTonePlacement("Huyện Kiến Thuỵ")).toBe("Huyện Kiến Thụy")
    expect(normalizeTonePlacement("Thành phố Thuỷ Nguyên")).toBe("Thành phố Thủy Nguyên")
    expect(normalizeTonePlacement("khoẻ hoạ hoá")).toBe("khỏe họa hóa")
    expect(normalizeTonePlacement("HOÀ")).toBe("HÒA")
  })

  it("leaves the tone where it belongs when a consonant follows or after qu", () => {
    expect(normalizeTonePlacement("Hoàng Sa")).toBe("Hoàng Sa")
    expect(normalizeTonePlacement("Quý Hợp")).toBe("Quý Hợp")
    expect(normalizeTonePlacement("Huyền")).toBe("Huyền")
  })

  it("makes the two spellings of one district equal, in NFC", () => {
    const older = normalizeTonePlacement("Thành phố Tuy Hoà".normalize("NFD"))
    expect(older).toBe(normalizeTonePlacement("Thành phố Tuy Hòa"))
    expect(older).toBe(older.normalize("NFC"))
  })
})
