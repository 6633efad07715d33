import { MeilisearchSearchProvider } from "../../../src/modules/search-meilisearch/service"
import { SEARCH_UNAVAILABLE } from "../../../src/modules/search-meilisearch/errors"
import { MeilisearchServer, startMeilisearch } from "../../utils/meilisearch-server"

const definition: any = {
  name: "ocop_product",
  entity: "product",
  primary_key: "id",
  provider: "search-meilisearch",
  definition_hash: "h",
  physical_name: "ocop_product_v1",
  settings: {},
  seed: async function* () {},
  fields: {
    title: { type: "text", searchable: { weight: 3 } },
    title_en: { type: "text", searchable: { weight: 2 } },
    producer: { type: "object", fields: { name: { type: "text", searchable: true } } },
    stars: { type: "integer", filterable: true, sortable: true, facetable: { types: ["value"] } },
    province: { type: "keyword", filterable: true, facetable: true, searchable: true },
    former_district: { type: "keyword", filterable: true },
    group: { type: "keyword", filterable: true, facetable: true },
    price: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
    in_stock: { type: "boolean", filterable: true },
    created_at: { type: "date", filterable: true, sortable: true },
  },
}

const named: [string, string, string, string, number][] = [
  ["Cà phê Robusta Buôn Ma Thuột", "Robusta coffee", "Đắk Lắk", "food", 120],
  ["Gạo nếp cái hoa vàng Điện Biên", "Sticky rice", "Điện Biên", "food", 45],
  ["Mật ong rừng U Minh", "Wild honey", "Cà Mau", "food", 250],
  ["Chè Shan Tuyết Hà Giang", "Shan Tuyet tea", "Hà Giang", "drink", 300],
  ["Cà phê", "Coffee", "Lâm Đồng", "drink", 90],
]
const provinces = ["Hà Nội", "Lào Cai", "Sơn La", "An Giang", "Bến Tre"]
const docs = Array.from({ length: 30 }, (_, i) => {
  const n = named[i]
  return {
    id: `prod_${String(i).padStart(2, "0")}`,
    title: n ? n[0] : `Sản phẩm thủ công số ${i}`,
    title_en: n ? n[1] : `Handicraft ${i}`,
    producer: { name: i % 2 ? "HTX Nông nghiệp Xanh" : "Công ty Sao Việt" },
    stars: 3 + (i % 3),
    province: n ? n[2] : provinces[i % 5],
    former_district: i % 4 === 0 ? "Krông Pắc" : "Khác",
    group: n ? n[3] : "craft",
    price: n ? n[4] : 10 * i,
    in_stock: i % 2 === 0,
    created_at: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
  }
})

describe("MeilisearchSearchProvider against a real Meilisearch", () => {
  let server: MeilisearchServer
  let provider: MeilisearchSearchProvider
  const all = ["id", "title", "province", "price", "stars", "created_at", "producer.name"]
  const search = (extra: any = {}) =>
    provider.search({ index: definition, attributes_to_retrieve: all, pagination: { take: 50 }, ...extra })
  const ids = async (extra: any = {}) => (await search(extra)).hits.map((h) => h.id)

  beforeAll(async () => {
    server = await startMeilisearch()
    provider = new MeilisearchSearchProvider({}, { host: server.host, api_key: server.apiKey, index_prefix: "t_" })
    const created = await provider.upsertIndex({ index: definition })
    expect(created.status).toBe("succeeded")
    const task = await provider.upsertDocuments({ index: "ocop_product_v1", definition, documents: docs })
    expect(task.id).toBeDefined()
    expect((await provider.waitForTask!(task)).status).toBe("succeeded")
  })

  afterAll(async () => {
    await server?.stop()
  })

  it("finds Vietnamese text with and without diacritics, including đ", async () => {
    expect(await ids({ q: "ca phe buon ma thuot" })).toEqual(["prod_00"])
    expect(await ids({ q: "Cà phê Buôn Ma Thuột" })).toEqual(["prod_00"])
    expect(await ids({ q: "dien bien" })).toEqual(["prod_01"])
    expect(await ids({ q: "mat ong" })).toEqual(["prod_02"])
  })

  it("ranks the exact phrase first", async () => {
    const hits = await ids({ q: "cà phê" })
    expect(hits[0]).toBe("prod_04")
    expect(hits).toContain("prod_00")
  })

  it("returns projected documents and highlights", async () => {
    const res = await provider.search({
      index: definition,
      q: "mat ong",
      attributes_to_retrieve: ["title", "producer.name"],
      search_options: { highlight: { fields: ["title"] }, include_score: true },
    })
    expect(res.hits[0].document).toEqual({ title: "Mật ong rừng U Minh", producer: { name: "Công ty Sao Việt" } })
    expect(res.hits[0].highlights?.title?.[0]).toBe("<mark>Mật ong</mark> rừng U Minh")
    expect(res.hits[0].score).toBeGreaterThan(0)
  })

  it("applies each filter kind", async () => {
    expect(await ids({ filters: { province: "Điện Biên" } })).toEqual(["prod_01"])
    expect((await ids({ filters: { group: { $in: ["drink", "food"] } } })).sort()).toEqual([
      "prod_00",
      "prod_01",
      "prod_02",
      "prod_03",
      "prod_04",
    ])
    expect(await ids({ filters: { group: { $ne: "craft" }, price: { $gte: 200 } } })).toEqual(["prod_02", "prod_03"])
    expect(await ids({ filters: { price: { $gt: 250, $lte: 300 } } })).toEqual([
      "prod_03",
      "prod_26",
      "prod_27",
      "prod_28",
      "prod_29",
    ])
    expect((await ids({ filters: { in_stock: false, stars: 5 } })).length).toBe(
      docs.filter((d) => !d.in_stock && d.stars === 5).length
    )
    expect(
      await ids({
        filters: { $or: [{ province: "Cà Mau" }, { former_district: { $eq: "Krông Pắc" }, group: "food" }] },
      })
    ).toEqual(["prod_00", "prod_02"])
    expect(await ids({ filters: { $not: { group: { $nin: ["drink"] } } } })).toEqual(["prod_03", "prod_04"])
    expect(await ids({ filters: { created_at: { $lt: new Date(Date.UTC(2025, 0, 3)) } } })).toEqual([
      "prod_00",
      "prod_01",
    ])
    expect(await ids({ filters: { group: { $in: [] } } })).toEqual([])
    await expect(search({ filters: { province: { $prefix: "Cà" } } })).rejects.toThrow(/does not support operator/)
  })

  it("returns value facets with counts, price ranges and stats", async () => {
    const res = await search({
      filters: { group: { $in: ["food", "drink"] } },
      search_options: {
        facets: [
          "group",
          { field: "price", type: "range", ranges: [{ key: "cheap", to: 100 }, { from: 100, to: 260 }, { from: 260 }] },
        ],
      },
    })
    expect(res.facets!.group).toEqual({
      type: "value",
      values: [
        { value: "food", count: 3 },
        { value: "drink", count: 2 },
      ],
    })
    expect(res.facets!.price).toEqual({
      type: "range",
      ranges: [
        { key: "cheap", from: undefined, to: 100, count: 2 },
        { key: "100-260", from: 100, to: 260, count: 2 },
        { key: "260-*", from: 260, to: undefined, count: 1 },
      ],
    })
    const stats = await search({
      filters: { group: "food" },
      search_options: { facets: [{ field: "price", type: "stats" }] },
    })
    expect(stats.facets!.price).toEqual({ type: "stats", min: 45, max: 250, count: 3 })
  })

  it("sorts ascending and descending and paginates", async () => {
    const asc = [...docs].sort((a, b) => a.price - b.price || a.id.localeCompare(b.id))
    const res = await search({ pagination: { take: 5, skip: 0, order: { price: "ASC" } } })
    expect(res.hits.map((h) => h.document.price)).toEqual(asc.slice(0, 5).map((d) => d.price))
    expect(res.metadata).toMatchObject({ skip: 0, take: 5, count: 30 })
    const desc = await search({ pagination: { take: 3, order: { created_at: "DESC" } } })
    expect(desc.hits.map((h) => h.id)).toEqual(["prod_29", "prod_28", "prod_27"])
    const page2 = await search({ pagination: { take: 10, skip: 10 } })
    expect(page2.hits.map((h) => h.id)).toEqual(docs.slice(10, 20).map((d) => d.id))
    const exact = await search({ pagination: { take: 1 }, search_options: { count: "exact" } })
    expect(exact.metadata.count).toBe(30)
  })

  it("deletes by filter and by id, and lists document counts", async () => {
    expect(await provider.listIndexes()).toEqual([
      expect.objectContaining({ name: "ocop_product_v1", provider: "search-meilisearch", document_count: 30 }),
    ])
    const byFilter = await provider.deleteDocuments({
      index: "ocop_product_v1",
      filters: { group: "craft", price: { $gte: 200 } },
    })
    expect((await provider.waitForTask!(byFilter)).status).toBe("succeeded")
    const byId = await provider.deleteDocuments({ index: "ocop_product_v1", filters: { id: ["prod_00"] } })
    await provider.waitForTask!(byId)
    const expected = 30 - docs.filter((d) => d.group === "craft" && d.price >= 200).length - 1
    expect((await provider.listIndexes())[0].document_count).toBe(expected)
    expect((await search()).metadata.count).toBe(expected)
  })

  it("reports an unreachable Meilisearch as search_unavailable", async () => {
    await server.stop()
    const error = await search({ q: "ca phe" }).catch((e) => e)
    expect(error.type).toBe("unexpected_state")
    expect(error.code).toBe(SEARCH_UNAVAILABLE)
    expect(error.message).toBe(`Search is unavailable: Meilisearch at ${server.host} did not answer`)
  })
})
