"use server"

import { getSdk, storeHeaders } from "../config"
import type { Place } from "../places/types"

// The largest province has fewer communes than this, the most the backend gives in one page.
const COMMUNES_PER_PROVINCE = 200

async function fetchPlaces<T>(path: string, query?: Record<string, unknown>) {
  return getSdk().client.fetch<T>(path, {
    query,
    headers: await storeHeaders(),
    // Provinces and communes change only with a new administrative map, which comes with a release
    // (and a restart, which empties the storefront's cache).
    cache: "force-cache",
  })
}

/** The communes of one province, code and name; none for a code that is not a province's. */
export async function listCommunes(provinceCode: string): Promise<Place[]> {
  if (!/^\d{2}$/.test(provinceCode)) return []
  const { communes } = await fetchPlaces<{ communes: Place[] }>(`/store/places/provinces/${provinceCode}/communes`, {
    limit: COMMUNES_PER_PROVINCE,
  })
  return communes.map(({ code, name }) => ({ code, name }))
}

/** The names of a province and of one of its communes, or null for a code the backend lacks. */
export async function retrievePlaceNames(provinceCode: string, communeCode: string) {
  const [{ provinces }, { communes }] = await Promise.all([
    fetchPlaces<{ provinces: Place[] }>("/store/places/provinces"),
    fetchPlaces<{ communes: Place[] }>(`/store/places/provinces/${encodeURIComponent(provinceCode)}/communes`, {
      limit: COMMUNES_PER_PROVINCE,
    }),
  ])
  return {
    province: provinces.find((province) => province.code === provinceCode)?.name ?? null,
    commune: communes.find((commune) => commune.code === communeCode)?.name ?? null,
  }
}

/** The 34 provinces, code and name. */
export async function listProvinces(): Promise<Place[]> {
  const { provinces } = await fetchPlaces<{ provinces: Place[] }>("/store/places/provinces")
  return provinces
}
