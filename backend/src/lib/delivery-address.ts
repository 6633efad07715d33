import { isValidVietnamesePhone } from "../modules/producer/rules/phone"

export type CartAddress =
  | {
      first_name?: string | null
      last_name?: string | null
      phone?: string | null
      address_1?: string | null
      metadata?: Record<string, unknown> | null
    }
  | null
  | undefined

const blank = (value: unknown) => typeof value !== "string" || !value.trim()

/**
 * What a cart's shipping address lacks for the way its goods leave the producers, as messages
 * naming the field (empty when nothing). A courier needs a name, a street, the province and commune
 * and a phone to call; a buyer who collects at the producer's premises needs only a phone. `field` is
 * where the address was sent ("" for an address on its own, as in the customer's address book).
 */
export function shippingAddressProblems(
  address: CartAddress,
  { delivered, field = "shipping_address" }: { delivered: boolean; field?: string }
): string[] {
  const at = (name: string) => (field ? `${field}.${name}` : name)
  const problems: string[] = []
  if (blank(address?.phone)) problems.push(`${at("phone")}: a phone is needed so the producer can reach the buyer`)
  else if (!isValidVietnamesePhone(address!.phone!))
    problems.push(`${at("phone")}: must be a Vietnamese number (0912345678 or +84912345678)`)
  if (!delivered) return problems
  if (blank(address?.first_name) && blank(address?.last_name))
    problems.push(`${at("first_name")}: a delivery needs the buyer's name`)
  if (blank(address?.address_1)) problems.push(`${at("address_1")}: a delivery needs the street and house number`)
  if (blank(address?.metadata?.province_code))
    problems.push(`${at("metadata.province_code")}: a delivery needs the province`)
  if (blank(address?.metadata?.commune_code))
    problems.push(`${at("metadata.commune_code")}: a delivery needs the commune`)
  return problems
}
