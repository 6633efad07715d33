"use server"

import { catalogueQueryString, parseCatalogueParams, type CatalogueScope } from "../catalogue/catalogue-state"
import { nameOfSlug, slugify } from "../catalogue/slugs"
import { listProvinces } from "./places"
import { listFacetValues, searchCatalogue } from "./search"

type RawParams = Record<string, string | string[] | undefined>

/**
 * What a catalogue page renders first on the server: the canonical query of its URL, that page's
 * results (null when the search failed: the page says so) and the provinces' names for the facets.
 */
export async function loadCatalogue(params: RawParams, scope: CatalogueScope = {}) {
  const initialQuery = catalogueQueryString(parseCatalogueParams(params, scope), scope)
  const [initialResult, provinces] = await Promise.all([
    searchCatalogue(initialQuery, scope).catch((error: unknown) => {
      console.error("Could not search the catalogue", error)
      return null
    }),
    listProvinces().catch((error: unknown) => {
      console.error("Could not list the provinces", error)
      return []
    }),
  ])
  const provinceNames = Object.fromEntries(provinces.map((province) => [province.code, province.name]))
  return { initialQuery, initialResult, provinceNames }
}

/** The province and former district a `/districts/<province>/<district>` URL names, or null when none has products. */
export async function resolveDistrict(provinceSlug: string, districtSlug: string) {
  const province = (await listProvinces()).find((candidate) => slugify(candidate.name) === provinceSlug)
  if (!province) return null
  const district = nameOfSlug(districtSlug, await listFacetValues("former_district", { province_code: province.code }))
  return district ? { provinceCode: province.code, provinceName: province.name, district } : null
}

/** Every former district with products, with its province, for the sitemap. */
export async function listDistrictPages() {
  const provinces = await listProvinces()
  const codes = await listFacetValues("province_code")
  const pages = await Promise.all(
    provinces
      .filter((province) => codes.includes(province.code))
      .map(async (province) =>
        (await listFacetValues("former_district", { province_code: province.code })).map((district) => ({
          province: slugify(province.name),
          district: slugify(district),
        }))
      )
  )
  return pages.flat()
}
