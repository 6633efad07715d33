"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { OcopStatisticsView } from "@ocop/shared"
import { keptUnder, TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"

/**
 * A province's published OCOP figures (or, without one, those of the province with the most certified
 * products); null for a province the backend does not know. Kept under the catalogue's tag: a
 * certificate, origin or producer change expires it with the pages it shows on.
 */
export async function retrieveOcopStatistics(provinceCode?: string): Promise<OcopStatisticsView | null> {
  try {
    const { statistics } = await getSdk().client.fetch<{ statistics: OcopStatisticsView }>("/store/ocop/statistics", {
      query: provinceCode ? { province_code: provinceCode } : undefined,
      headers: await storeHeaders(),
      ...keptUnder(TAGS.catalogue),
    })
    return statistics
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
