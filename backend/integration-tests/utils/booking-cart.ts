import { BUYER_ADDRESS } from "./checkout"

type Api = {
  post: (url: string, body?: unknown, config?: object) => Promise<{ data: any; status: number }>
  get: (url: string, config?: object) => Promise<{ data: any; status: number }>
}
type Headers = { headers: Record<string, string> }

export const COD = "pp_system_default"
export const VIETQR = "pp_vietqr_vietqr"
export const BOOKING_GUESTS = [
  { name: "Nguyễn Thị Lan", nationality: "VN", phone: "0912345678" },
  { name: "John Smith", nationality: "GB", passport_number: "C1234567" },
]

/**
 * A cart holding one booking of `participants` for `session_id` (guests named, unless `guests` is
 * empty), with the buyer's address, the host's `goods` when given (with that producer's standard
 * delivery) and a payment session of `provider`: ready to complete, as the storefront makes it.
 */
export async function bookingCart(
  api: Api,
  headers: Headers,
  options: {
    region_id: string
    session_id: string
    participants: Record<string, number>
    nights?: number
    provider?: string
    locale?: string
    guests?: object[]
    goods?: { variant_id: string; producer_id: string }
  }
) {
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: options.region_id,
      // A signed-in buyer's cart takes the account's e-mail.
      ...(headers.headers.authorization ? {} : { email: "lan@example.vn" }),
      ...(options.locale ? { locale: options.locale } : {}),
    },
    headers
  )
  const held = await api.post(
    `/store/ocop/carts/${cart.id}/bookings`,
    { session_id: options.session_id, participants: options.participants, nights: options.nights ?? 1 },
    headers
  )
  const bookingId = held.data.booking.id as string
  const guests = options.guests ?? BOOKING_GUESTS
  if (guests.length) await api.post(`/store/ocop/carts/${cart.id}/bookings/${bookingId}`, { guests }, headers)
  await api.post(
    `/store/carts/${cart.id}`,
    { shipping_address: BUYER_ADDRESS, billing_address: BUYER_ADDRESS },
    headers
  )
  if (options.goods) {
    const { variant_id, producer_id } = options.goods
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, headers)
    const {
      data: { shipping_options },
    } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
    const option = shipping_options.find((o: any) => o.data?.producer_id === producer_id && o.type?.code === "standard")
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, headers)
  }
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: options.provider ?? COD },
    headers
  )
  return { cartId: cart.id as string, bookingId, collectionId: payment_collection.id as string }
}
