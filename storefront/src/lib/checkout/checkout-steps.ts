import type { HttpTypes } from "@medusajs/types"
import type { ProducerGroup } from "../cart/producer-groups"
import type { AddressFields } from "./address-fields"

/** Address and contact, then a delivery per producer, then payment with the review and "place order". */
export const CHECKOUT_STEPS = ["address", "delivery", "payment"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

type CheckoutCart = Pick<HttpTypes.StoreCart, "email" | "shipping_address" | "metadata">
type CheckoutCustomer = Pick<HttpTypes.StoreCustomer, "email" | "phone" | "addresses">

const metadataText = (metadata: Record<string, unknown> | null | undefined, key: string) => {
  const value = metadata?.[key]
  return typeof value === "string" ? value : ""
}

/** What the cart already holds of the first step, to fill its form again. */
export function addressFieldsOf(cart: CheckoutCart): AddressFields {
  const address = cart.shipping_address
  return {
    email: cart.email ?? "",
    phone: address?.phone ?? "",
    name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
    province_code: metadataText(address?.metadata, "province_code"),
    commune_code: metadataText(address?.metadata, "commune_code"),
    street: address?.address_1 ?? "",
    note: metadataText(cart.metadata, "note"),
  }
}

/**
 * What the first step's form starts from: the cart's own answers; for a signed-in customer whose
 * cart has no address yet, her first saved address; and her e-mail and phone where none is given.
 */
export function startingAddressFields(cart: CheckoutCart, customer: CheckoutCustomer | null): AddressFields {
  const saved = customer?.addresses?.[0]
  // Medusa gives a new cart an address holding only the region's country.
  const fields = addressFieldsOf(
    !cart.shipping_address?.address_1 && saved
      ? { ...cart, shipping_address: saved as CheckoutCart["shipping_address"] }
      : cart
  )
  return { ...fields, email: fields.email || customer?.email || "", phone: fields.phone || customer?.phone || "" }
}

/** The first step the buyer has not done yet: a later one cannot be shown before it. */
export function firstOpenStep(cart: CheckoutCart, groups: ProducerGroup[]): CheckoutStep {
  const address = addressFieldsOf(cart)
  if (!address.email || !address.phone || !address.street || !address.commune_code) return "address"
  if (groups.some((group) => group.needsDelivery && !group.shipping)) return "delivery"
  return "payment"
}

/** The step the URL asks for when the buyer may go there (back to a done step), else the first open one. */
export function resolveStep(requested: string | undefined, open: CheckoutStep): CheckoutStep {
  const index = CHECKOUT_STEPS.indexOf(requested as CheckoutStep)
  return index >= 0 && index <= CHECKOUT_STEPS.indexOf(open) ? CHECKOUT_STEPS[index] : open
}
