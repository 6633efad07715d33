export type ProductDocument = {
  id: string
  title: string
  handle: string
  title_en: string | null
  description: string | null
  producer_name: string | null
  producer_handle: string | null
  place_names: string | null
  province_code: string
  province_name: string
  former_district: string
  stars: number
  certificate_status: string
  in_stock: boolean
  wholesale: boolean
  price_min: number
  created_at: string
}

type FacetResult = { values?: { value: string; count: number }[]; ranges?: { key: string; count: number }[] }
type Api = {
  post: (url: string, body: unknown, config: unknown) => Promise<{ data: any }>
  get: (url: string, config: unknown) => Promise<{ data: any; status: number }>
}

/** A one-variant product (50.000 ₫ a box) in `status`, sold in one sales channel, made through the admin API; its id. */
export async function createBoxProduct(api: Api, admin: unknown, title: string, status: string, channelId: string) {
  const { data } = await api.post(
    "/admin/products",
    {
      title,
      status,
      sales_channels: [{ id: channelId }],
      options: [{ title: "Quy cách", values: ["1 hộp"] }],
      variants: [
        { title: "1 hộp", options: { "Quy cách": "1 hộp" }, prices: [{ currency_code: "vnd", amount: 50_000 }] },
      ],
    },
    admin
  )
  return data.product.id as string
}

/** POST /store/search for products, as the storefront calls it, with hits unwrapped to their documents. */
export function productSearchClient(api: Api, publishableKey: string) {
  const headers = { headers: { "x-publishable-api-key": publishableKey } }
  const raw = (body: Record<string, unknown>) => api.post("/store/search", body, headers)
  const products = async (filters: Record<string, unknown>, extra: Record<string, any> = {}) => {
    const { data } = await raw({
      entity: "product",
      filters,
      ...extra,
      pagination: { take: 100, ...extra.pagination },
    }).catch((e: any) => {
      throw new Error(`search answered ${e.response?.status}: ${JSON.stringify(e.response?.data)}`)
    })
    const result = data.results[0] as {
      hits: { document: ProductDocument }[]
      facets?: Record<string, FacetResult>
      metadata: { count: number | null }
    }
    return { hits: result.hits.map((hit) => hit.document), facets: result.facets, count: result.metadata.count }
  }
  /** GET /store/search/suggestion: "Có phải bạn muốn tìm …" for a query; the whole answer, errors included. */
  const suggestion = (query: string) =>
    api.get(`/store/search/suggestion?${query}`, headers).catch((e: any) => e.response as { status: number; data: any })
  return { raw, products, suggestion }
}
