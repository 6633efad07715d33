import { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { normalizeTonePlacement } from "@ocop/shared"
import { Commune, FormerDistrictOfCommune } from "./models/commune"
import { FormerDistrict } from "./models/former-district"
import { Province } from "./models/province"
import { searchNameFilter } from "./search"

export type ProvinceRecord = InferTypeOf<typeof Province>
export type CommuneRecord = InferTypeOf<typeof Commune>

export const MAX_COMMUNES_PER_PAGE = 200

// What callers see; search_name is only for matching.
const PROVINCE_FIELDS = ["id", "code", "name", "place_type"]
const COMMUNE_FIELDS = ["id", "code", "name", "province_code", "former_districts", "default_former_district"]
const FORMER_DISTRICT_FIELDS = ["id", "province_code", "name", "former_province_name"]

// A name typed or stored elsewhere may place its tones the older way ("Tuy Hoà").
const sameDistrictName = (stored: string, given: string) =>
  stored.toLowerCase() === normalizeTonePlacement(given).toLowerCase()

/** Provinces, communes and former districts of Vietnam since 1 Jul 2025, looked up by code or name. */
class PlaceModuleService extends MedusaService({ Province, Commune, FormerDistrict }) {
  async searchProvinces(q?: string): Promise<ProvinceRecord[]> {
    return this.listProvinces(searchNameFilter(q), { select: PROVINCE_FIELDS, order: { code: "ASC" }, take: null })
  }

  async retrieveProvinceByCode(code: string): Promise<ProvinceRecord> {
    const [province] = await this.listProvinces({ code }, { select: PROVINCE_FIELDS, take: 1 })
    if (!province) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Province with province_code ${code} was not found`)
    }
    return province
  }

  /** A province's communes in official order, one page at a time; NOT_FOUND for an unknown province. */
  async searchCommunes({
    province_code,
    q,
    limit = 50,
    offset = 0,
  }: {
    province_code: string
    q?: string
    limit?: number
    offset?: number
  }): Promise<[CommuneRecord[], number]> {
    await this.retrieveProvinceByCode(province_code)
    return this.listAndCountCommunes(
      { province_code, ...searchNameFilter(q) },
      { select: COMMUNE_FIELDS, order: { code: "ASC" }, take: Math.min(limit, MAX_COMMUNES_PER_PAGE), skip: offset }
    )
  }

  async retrieveCommuneByCode(code: string): Promise<CommuneRecord> {
    const [commune] = await this.listCommunes({ code }, { select: COMMUNE_FIELDS, take: 1 })
    if (!commune) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commune with commune_code ${code} was not found`)
    }
    return commune
  }

  /** The districts abolished in 2025 whose land is now in the province, by name. */
  async listFormerDistrictsOfProvince(province_code: string) {
    await this.retrieveProvinceByCode(province_code)
    return this.listFormerDistricts(
      { province_code },
      { select: FORMER_DISTRICT_FIELDS, order: { name: "ASC" }, take: null }
    )
  }

  /**
   * The former district an origin in this commune is named by: the one chosen if the commune's
   * old wards came from it, else the one most of them came from (null for a commune the data
   * gives none, such as the island special zones).
   */
  async resolveFormerDistrict(commune_code: string, chosen?: string | null): Promise<FormerDistrictOfCommune | null> {
    const commune = await this.retrieveCommuneByCode(commune_code)
    if (!chosen) {
      return commune.former_districts.find((district) => district.name === commune.default_former_district) ?? null
    }
    const match = commune.former_districts.find((district) => sameDistrictName(district.name, chosen))
    if (!match) {
      const known = commune.former_districts.map((district) => district.name).join(", ") || "none"
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `former_district "${chosen}" is not a former district of commune_code ${commune_code} (${commune.name}); it may be one of: ${known}`
      )
    }
    return match
  }

  async assertCommuneInProvince(province_code: string, commune_code: string): Promise<void> {
    await this.retrieveProvinceByCode(province_code)
    const commune = await this.retrieveCommuneByCode(commune_code)
    if (commune.province_code !== province_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `commune_code ${commune_code} (${commune.name}) does not belong to province_code ${province_code}`
      )
    }
  }
}

export default PlaceModuleService
