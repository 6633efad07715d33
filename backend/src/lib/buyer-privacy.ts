import { normalizePhone } from "../modules/producer/rules/phone"

/**
 * What a guest's order shows to whoever holds its id or its number and phone: enough for the
 * buyer to recognise it (`l***@example.vn`, `*******678`), nothing that tells a stranger who or
 * where the buyer is. A registered customer's orders answer only to that customer, in full.
 */

/** The buyer of an order or checkout: its customer, and whether that customer has an account. */
export type Buyer = { customer_id?: string | null; has_account?: boolean | null }

/** Whether `viewerId` (undefined for someone not signed in) may read the buyer's order at all. */
export const mayRead = (buyer: Buyer, viewerId: string | undefined) =>
  !buyer.has_account || buyer.customer_id === viewerId

export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return null
  const at = email.lastIndexOf("@")
  return at > 0 ? `${email[0]}***${email.slice(at)}` : "***"
}

export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  const digits = normalizePhone(phone)
  return "*".repeat(Math.max(0, digits.length - 3)) + digits.slice(-3)
}

/** Whether `given` is the same number as `phone`, however either is written (0… or +84…, spaces, dots). */
export function samePhone(phone: string | null | undefined, given: string): boolean {
  const national = (value: string) => normalizePhone(value).replace(/^\+84/, "0")
  return !!phone && national(phone) === national(given)
}

type Address = Record<string, unknown> & { phone?: string | null; metadata?: Record<string, unknown> | null }

// The province and commune say which producer's delivery applied; the street and the name are the buyer's.
const PLACE_FIELDS = ["id", "country_code", "province", "city"] as const

export function maskAddress(address: Address | null | undefined): Address | null {
  if (!address) return null
  const place = Object.fromEntries(
    PLACE_FIELDS.filter((field) => field in address).map((field) => [field, address[field]])
  )
  const codes = address.metadata
    ? { province_code: address.metadata.province_code, commune_code: address.metadata.commune_code }
    : address.metadata
  return {
    ...place,
    ...("phone" in address ? { phone: maskPhone(address.phone) } : {}),
    ...("metadata" in address ? { metadata: codes } : {}),
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an order of whatever fields the client asked for
export type OrderContact = Record<string, any>

/** An order (Medusa's store shape, whatever fields were asked for) with its buyer's contact masked. */
export function maskOrderContact<T extends OrderContact>(order: T): T {
  const masked: OrderContact = { ...order }
  if ("email" in masked) masked.email = maskEmail(masked.email)
  for (const key of ["shipping_address", "billing_address"]) if (key in masked) masked[key] = maskAddress(masked[key])
  if (masked.customer)
    masked.customer = {
      ...("id" in masked.customer ? { id: masked.customer.id } : {}),
      email: maskEmail(masked.customer.email),
    }
  if (Array.isArray(masked.fulfillments)) {
    masked.fulfillments = masked.fulfillments.map((f: OrderContact) =>
      "delivery_address" in f ? { ...f, delivery_address: maskAddress(f.delivery_address) } : f
    )
  }
  return masked as T
}
