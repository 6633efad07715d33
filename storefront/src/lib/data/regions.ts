"use server"

import type { HttpTypes } from "@medusajs/types"
import { keptUnder, TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"

/** The region that sells to `countryCode` (ISO 3166-1 alpha-2); the store sells in Việt Nam. */
export async function retrieveRegion(countryCode: string = "vn"): Promise<HttpTypes.StoreRegion> {
  const { regions } = await getSdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries" },
    headers: await storeHeaders(),
    ...keptUnder(TAGS.regions),
  })
  const region = regions.find((candidate) => candidate.countries?.some((country) => country.iso_2 === countryCode))
  if (!region) throw new Error(`No region sells to country "${countryCode}"`)
  return region
}
