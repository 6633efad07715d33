"use server"

import { FetchError } from "@medusajs/js-sdk"
import { keptUnder, TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"
import type { OriginRecord } from "../ocop/types"

const TRACEABILITY_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/

/** The origin behind a traceability code, or null when no product on sale carries it. */
export async function retrieveOrigin(code: string): Promise<OriginRecord | null> {
  // A code that cannot exist is not worth a request (the backend would answer 400).
  if (!TRACEABILITY_CODE.test(code)) return null
  try {
    const { origin } = await getSdk().client.fetch<{ origin: OriginRecord }>(
      `/store/ocop/origins/${encodeURIComponent(code)}`,
      { headers: await storeHeaders(), ...keptUnder(TAGS.catalogue) }
    )
    return origin
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
