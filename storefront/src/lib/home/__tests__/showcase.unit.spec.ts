import { describe, expect, it } from "vitest"
import type { ProductDocument } from "../../catalogue/search-types"
import { groupTiles, producerHandlesOf, provinceTiles } from "../showcase"

describe("groupTiles", () => {
  it("lists the six groups in the programme's order with their counts, 0 for a group without products", () => {
    const tiles = groupTiles([
      { value: "II", count: 40 },
      { value: "I", count: 120 },
    ])
    expect(tiles.map((tile) => tile.group)).toEqual(["I", "II", "III", "IV", "V", "VI"])
    expect(tiles[0]).toEqual({ group: "I", slug: "thuc-pham", count: 120 })
    expect(tiles[1]).toEqual({ group: "II", slug: "do-uong", count: 40 })
    expect(tiles[5]).toEqual({ group: "VI", slug: "du-lich-cong-dong", count: 0 })
  })
})

describe("provinceTiles", () => {
  const provinces = [
    { code: "11", name: "Điện Biên" },
    { code: "66", name: "Đắk Lắk" },
    { code: "75", name: "Đồng Nai" },
  ]

  it("links each former district to its catalogue page, most products first, provinces likewise", () => {
    const tiles = provinceTiles(
      provinces,
      [
        { value: "11", count: 30 },
        { value: "66", count: 90 },
      ],
      {
        "66": [
          { value: "Huyện Krông Pắc", count: 10 },
          { value: "Huyện Cư M'gar", count: 25 },
          { value: "Huyện Ea Kar", count: 10 },
        ],
        "11": [{ value: "Thành phố Điện Biên Phủ", count: 30 }],
      }
    )
    expect(tiles.map((tile) => [tile.name, tile.count, tile.href])).toEqual([
      ["Đắk Lắk", 90, "/products?province=66"],
      ["Điện Biên", 30, "/products?province=11"],
    ])
    expect(tiles[0].districts).toEqual([
      { name: "Huyện Cư M'gar", href: "/districts/dak-lak/huyen-cu-m-gar", count: 25 },
      { name: "Huyện Ea Kar", href: "/districts/dak-lak/huyen-ea-kar", count: 10 },
      { name: "Huyện Krông Pắc", href: "/districts/dak-lak/huyen-krong-pac", count: 10 },
    ])
    expect(tiles[1].districts[0].href).toBe("/districts/dien-bien/thanh-pho-dien-bien-phu")
  })

  it("leaves out a province the backend has no name for, and empty counts", () => {
    const tiles = provinceTiles(
      provinces,
      [
        { value: "99", count: 5 },
        { value: "75", count: 0 },
      ],
      {}
    )
    expect(tiles).toEqual([])
  })
})

describe("producerHandlesOf", () => {
  const product = (producer_handle: string | null) => ({ producer_handle }) as ProductDocument

  it("keeps the first distinct producers, in the order of their products", () => {
    const products = [product("a"), product("b"), product("a"), product(null), product("c"), product("d")]
    expect(producerHandlesOf(products, 3)).toEqual(["a", "b", "c"])
    expect(producerHandlesOf(products, 10)).toEqual(["a", "b", "c", "d"])
  })
})
