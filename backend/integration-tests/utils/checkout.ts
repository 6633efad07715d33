import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Api = {
  get: (url: string, config?: object) => Promise<{ data: any }>
  post: (url: string, body: unknown, config?: object) => Promise<{ data: any }>
}
type Headers = { headers: Record<string, string> }
export type StockedVariant = {
  variant_id: string
  product_id: string
  producer_id: string
  inventory_item_id: string
  location_id: string
}

export const BUYER_ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  phone: "0912345678",
  address_1: "12 Trần Phú",
  city: "Phường Điện Biên Phủ",
  province: "Điện Biên",
  country_code: "vn",
  metadata: { province_code: "11", commune_code: "03127" },
}

/** One well-stocked variant per producer of the seeded catalogue. */
export async function stockedVariantPerProducer(container: MedusaContainer) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "id",
      "producer.id",
      "variants.id",
      "variants.inventory_items.inventory.id",
      "variants.inventory_items.inventory.location_levels.*",
    ],
    filters: { status: "published" },
  })
  const byProducer = new Map<string, StockedVariant>()
  for (const product of data as any[]) {
    const variant = product.variants[0]
    const inventory = variant?.inventory_items?.[0]?.inventory
    const level = inventory?.location_levels?.find((l: any) => l.stocked_quantity >= 20)
    if (!product.producer || !level || byProducer.has(product.producer.id)) continue
    byProducer.set(product.producer.id, {
      variant_id: variant.id,
      product_id: product.id,
      producer_id: product.producer.id,
      inventory_item_id: inventory.id,
      location_id: level.location_id,
    })
  }
  return [...byProducer.values()]
}

/**
 * A guest cart with these variants (one each), an address, each producer's standard delivery and a
 * payment session with `providerId`, as the storefront's checkout builds it, except that the lines,
 * the address and `details` (e-mail, metadata) come with the cart's creation: every cart change
 * refreshes the whole cart (~0.5 s), and the creation holds lines and places to the same checks as
 * adding them later (workflows/hooks/create-cart.ts, the cart middlewares).
 */
export async function readyCart(
  api: Api,
  headers: Headers,
  regionId: string,
  items: StockedVariant[],
  providerId: string,
  details: { email?: string; metadata?: Record<string, unknown> } = {}
) {
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: regionId,
      email: "lan@example.vn",
      items: items.map((item) => ({ variant_id: item.variant_id, quantity: 1 })),
      shipping_address: BUYER_ADDRESS,
      billing_address: BUYER_ADDRESS,
      ...details,
    },
    headers
  )
  const {
    data: { shipping_options },
  } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
  for (const item of items) {
    const option = shipping_options.find(
      (o: any) => o.data?.producer_id === item.producer_id && o.type?.code === "standard"
    )
    if (!option) throw new Error(`no standard delivery for producer ${item.producer_id}`)
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, headers)
  }
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
  const { data: session } = await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    headers
  )
  const {
    data: { cart: ready },
  } = await api.get(`/store/carts/${cart.id}?fields=total`, headers)
  return { cartId: cart.id as string, total: Number(ready.total), paymentCollection: session.payment_collection }
}
