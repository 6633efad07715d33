"use server"

import type { ProductWholesale, WholesaleSettings } from "@ocop/shared"
import type { PortalFormState } from "../producer-portal/form-state"
import { invalidatePortal } from "../producer-portal/invalidate-portal"
import { isStatus, producerFetch, refusedForm } from "../producer-portal/producer-api"
import { parseVnd } from "../producer-portal/product-fields"
import { readVariantWholesale, wholesaleFieldOf } from "../producer-portal/wholesale-fields"

const ID = /^[a-z]+_[A-Za-z0-9]+$/

/** The signed-in producer's minimum wholesale order value. */
export async function retrieveWholesaleSettings(): Promise<WholesaleSettings> {
  return (await producerFetch<{ settings: WholesaleSettings }>("/producer/wholesale-settings")).settings
}

/** Sets the minimum wholesale order value; an empty field clears it. */
export async function saveWholesaleSettings(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const values = { wholesale_min_order_value: String(formData.get("wholesale_min_order_value") ?? "").trim() }
  const minimum = values.wholesale_min_order_value ? parseVnd(values.wholesale_min_order_value) : null
  if (values.wholesale_min_order_value && !minimum) {
    return { values, errors: { wholesale_min_order_value: "price" }, error: "fixFields" }
  }
  try {
    await producerFetch("/producer/wholesale-settings", {
      method: "POST",
      body: { wholesale_min_order_value: minimum },
    })
  } catch (error) {
    return refusedForm(error, values)
  }
  invalidatePortal()
  return { values, errors: {}, saved: true }
}

/** One of the producer's products' wholesale terms per variant, or null for one that is not its own. */
export async function retrieveProductWholesale(productId: string): Promise<ProductWholesale | null> {
  if (!ID.test(productId)) return null
  try {
    return (await producerFetch<{ wholesale: ProductWholesale }>(`/producer/products/${productId}/wholesale`)).wholesale
  } catch (error) {
    if (isStatus(error, 404)) return null
    throw error
  }
}

/** Replaces one variant's tiers, minimum and case pack. */
export async function saveVariantWholesale(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const productId = String(formData.get("product_id") ?? "")
  const variantId = String(formData.get("variant_id") ?? "")
  const { values, errors, body } = readVariantWholesale(formData)
  if (!ID.test(productId) || !ID.test(variantId)) return { values, errors: {}, error: "generic" }
  if (!body) return { values, errors, error: "fixFields" }
  try {
    await producerFetch(`/producer/products/${productId}/wholesale`, {
      method: "POST",
      body: { variants: [{ variant_id: variantId, ...body }] },
    })
  } catch (error) {
    const refused = refusedForm(error, values)
    const field = refused.detail ? wholesaleFieldOf(refused.detail) : undefined
    return field ? { ...refused, errors: { [field]: "rejected" } } : refused
  }
  invalidatePortal()
  return { values, errors: {}, saved: true }
}
