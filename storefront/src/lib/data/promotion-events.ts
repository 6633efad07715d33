"use server"

import type { ProductShowingView } from "@ocop/shared"
import { keptUnder, TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"

/**
 * The promotion events a product was shown at, newest first, as many as its page names. Kept with
 * the catalogue: the backend expires it when an event or its list of products changes.
 */
export async function listProductShowings(productId: string) {
  const { events } = await getSdk().client.fetch<{ events: ProductShowingView[] }>(
    `/store/ocop/products/${encodeURIComponent(productId)}/promotion-events`,
    { headers: await storeHeaders(), ...keptUnder(TAGS.catalogue) }
  )
  return events
}
