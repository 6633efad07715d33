"use server"

import { FetchError } from "@medusajs/js-sdk"
import { keptUnder, TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"
import type { Producer } from "../ocop/types"

/** The active producer with this handle and its published products, or null when there is none. */
export async function retrieveProducer(handle: string): Promise<Producer | null> {
  try {
    const { producer } = await getSdk().client.fetch<{ producer: Producer }>(
      `/store/ocop/producers/${encodeURIComponent(handle)}`,
      { headers: await storeHeaders(), ...keptUnder(TAGS.catalogue) }
    )
    return producer
  } catch (error) {
    // The backend answers 404 both for an unknown handle and for a producer that is not active.
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
