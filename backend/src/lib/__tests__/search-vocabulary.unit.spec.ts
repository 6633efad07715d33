import { describe, expect, it } from "vitest"
import { productWords, wordsOf } from "../search-vocabulary"

describe("the suggestion's words", () => {
  it("folds each word for comparing and keeps how it is written for reading", () => {
    expect(wordsOf("Cà phê hạt rang – Đắk Lắk, W320")).toEqual([
      { word: "ca", display: "cà" },
      { word: "phe", display: "phê" },
      { word: "hat", display: "hạt" },
      { word: "rang", display: "rang" },
      { word: "dak", display: "đắk" },
      { word: "lak", display: "lắk" },
      { word: "w320", display: "w320" },
    ])
  })

  it("splits hyphenated and apostrophed names, keeps a word once and drops single letters", () => {
    expect(wordsOf("Sô-cô-la sô-cô-la Cư M'gar").map((w) => w.word)).toEqual(["so", "co", "la", "cu", "gar"])
  })

  const row = {
    id: "prod_1",
    title: "Mật ong rừng Tuần Giáo",
    subtitle: null,
    status: "published",
    metadata: { title_en: "Tuần Giáo wild forest honey" },
    tags: [{ value: "mật ong" }],
    producer: { name: "HTX Mật ong Tuần Giáo (demo)" },
    ocop_origin: { commune_name: "Xã Quài Tở", former_district: "Huyện Tuần Giáo", province_name: "Điện Biên" },
  }

  it("takes a product's titles, producer, places and tags", () => {
    expect(productWords(row).map((w) => w.word)).toEqual([
      "mat",
      "ong",
      "rung",
      "tuan",
      "giao",
      "wild",
      "forest",
      "honey",
      "htx",
      "demo",
      "xa",
      "quai",
      "to",
      "huyen",
      "dien",
      "bien",
    ])
  })

  it("takes nothing from a product that is not published", () => {
    expect(productWords({ ...row, status: "draft" })).toEqual([])
    expect(productWords({ ...row, status: "proposed" })).toEqual([])
  })
})
