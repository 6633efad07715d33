import type { APIRequestContext } from "@playwright/test"
import { backendUrl, publishableKey } from "../fixtures"

type StoreProduct = {
  title: string
  producer: { id: string; name: string } | null
  variants: { id: string; inventory_quantity: number | null }[]
}
export type PlacedCheckout = {
  id: string
  total: number
  parent_order_id: string
  payment: { bank_transfer: { reference: string } }
  orders: { id: string; display_id: number; producer: { name: string } }[]
}

/**
 * A buyer's bank-transfer checkout of one unit from each of two producers, placed through the
 * store API as the storefront's checkout does (the storefront's own journey is checkout.spec.ts).
 */
export async function placeBankTransferCheckout(
  request: APIRequestContext,
  email: string,
  // These products (by handle, one unit each), else one unit from each of two producers with stock.
  handles?: string[]
): Promise<PlacedCheckout> {
  const headers = { "x-publishable-api-key": publishableKey() }
  const call = async <T>(method: "get" | "post", path: string, data?: unknown): Promise<T> => {
    const response = await request[method](`${backendUrl}${path}`, { headers, data })
    if (!response.ok())
      throw new Error(`${method.toUpperCase()} ${path} answered ${response.status()}: ${await response.text()}`)
    return response.json() as Promise<T>
  }
  const { regions } = await call<{ regions: { id: string; name: string }[] }>("get", "/store/regions")
  const region = regions.find((r) => r.name === "Việt Nam")!
  const fields = "fields=title,producer.id,producer.name,variants.id,%2Bvariants.inventory_quantity"
  const { products } = await call<{ products: StoreProduct[] }>(
    "get",
    handles
      ? `/store/products?${handles.map((handle) => `handle[]=${encodeURIComponent(handle)}`).join("&")}&${fields}`
      : `/store/products?limit=100&offset=40&${fields}`
  )
  const byProducer = new Map<string, StoreProduct>()
  for (const product of products) {
    if (product.producer && (product.variants[0]?.inventory_quantity ?? 0) >= 5)
      byProducer.set(product.producer.id, product)
  }
  const chosen = handles ? products : [...byProducer.values()].slice(0, 2)
  const { communes } = await call<{ communes: { code: string; name: string }[] }>(
    "get",
    "/store/places/provinces/11/communes?limit=1"
  )
  const address = {
    first_name: "Hoa",
    last_name: "Trần",
    phone: "0987654321",
    address_1: "3 Võ Nguyên Giáp",
    city: communes[0].name,
    province: "Điện Biên",
    country_code: "vn",
    metadata: { province_code: "11", commune_code: communes[0].code },
  }

  const { cart } = await call<{ cart: { id: string } }>("post", "/store/carts", { region_id: region.id, email })
  for (const product of chosen) {
    await call("post", `/store/carts/${cart.id}/line-items`, { variant_id: product.variants[0].id, quantity: 1 })
  }
  await call("post", `/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
  const { shipping_options } = await call<{
    shipping_options: { id: string; data: { producer_id?: string } | null; type: { code: string } | null }[]
  }>("get", `/store/shipping-options?cart_id=${cart.id}`)
  for (const product of chosen) {
    const option = shipping_options.find(
      (o) => o.data?.producer_id === product.producer!.id && o.type?.code === "standard"
    )!
    await call("post", `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
  }
  const { payment_collection } = await call<{ payment_collection: { id: string } }>(
    "post",
    "/store/payment-collections",
    { cart_id: cart.id }
  )
  await call("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_vietqr_vietqr",
  })
  const { order_group } = await call<{ order_group: PlacedCheckout }>(
    "post",
    `/store/ocop/carts/${cart.id}/complete`,
    {}
  )
  return order_group
}
