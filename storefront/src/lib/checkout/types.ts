// A completed checkout as the backend's store API returns it (POST /store/ocop/carts/:id/complete,
// GET /store/ocop/order-groups/:id), in JSON: amounts in đồng, dates as ISO strings.
import { BANK_TRANSFER_PROVIDER_ID, CASH_ON_DELIVERY_PROVIDER_ID, TERMS_PROVIDER_ID } from "@ocop/shared"

/**
 * The payment methods this storefront offers, in the order it shows them; COD is the default. Pay
 * on terms is shown only to a verified company's staff with net terms (lib/data/checkout.ts).
 */
export const PAYMENT_PROVIDERS = [CASH_ON_DELIVERY_PROVIDER_ID, BANK_TRANSFER_PROVIDER_ID, TERMS_PROVIDER_ID] as const
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number]

export type BankTransfer = {
  reference: string
  amount: number
  bank_bin: string
  bank_name: string | null
  account_number: string
  account_name: string
  /** The EMVCo VietQR payload a banking app scans: account, exact amount and the reference. */
  qr_payload: string
  expires_at: string
}

export type ProducerOrder = {
  id: string
  display_id: number
  total: number
  shipping_total: number
  items: {
    id: string
    title: string
    quantity: number
    unit_price: number
    total: number
    thumbnail: string | null
    product_handle: string | null
    variant_id: string | null
  }[]
  shipping_methods: { name: string; amount: number; shipping_option_id: string | null }[]
  producer: { id: string; name: string; handle: string } | null
  /** How far the producer has got: placed → packed → shipped → delivered (or canceled). */
  delivery_status: "placed" | "packed" | "shipped" | "delivered" | "canceled"
  tracking_numbers: string[]
}

export type OrderGroup = {
  id: string
  cart_id: string
  /** A guest's come masked (`l***@example.vn`, `*******678`); a signed-in customer's own, in full. */
  email: string | null
  phone: string | null
  /** Bought without an account: found again by its id, or by an order number and the phone. */
  guest: boolean
  currency_code: string
  total: number
  created_at: string
  payment_status: "not_paid" | "authorized" | "partially_captured" | "captured" | "canceled"
  payment: {
    provider_id: string
    amount: number
    captured_amount: number
    bank_transfer: BankTransfer | null
  } | null
  orders: ProducerOrder[]
}
