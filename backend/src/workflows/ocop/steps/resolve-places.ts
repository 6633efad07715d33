import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeTonePlacement } from "@ocop/shared"

export type PlaceInput = { province_code: string; commune_code: string; former_district?: string | null }
export type ResolvedPlace = PlaceInput & { province_name: string; commune_name: string; former_district: string | null }

export type Commune = {
  code: string
  name: string
  province_code: string
  former_districts: { name: string }[]
  default_former_district: string | null
}

export const resolvePlacesStepId = "resolve-places"

/**
 * The resolution itself, pure: checks each commune against its province and picks its former district
 * from `communes` and `provinces` already read (the search benchmark's bulk loader reads them once).
 */
export function resolvePlaces(
  places: PlaceInput[],
  communes: Commune[],
  provinces: { code: string; name: string }[],
  prefix = ""
): ResolvedPlace[] {
  const communeByCode = new Map(communes.map((c) => [c.code, c]))
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]))

  return places.map((place) => {
    const province = provinceByCode.get(place.province_code)
    if (!province) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${prefix}province_code: unknown province ${place.province_code}`
      )
    }
    const commune = communeByCode.get(place.commune_code)
    if (!commune || commune.province_code !== place.province_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${prefix}commune_code: ${place.commune_code} is not a commune of province ${place.province_code}`
      )
    }
    const formerDistricts = commune.former_districts.map((d) => d.name)
    // "Tuy Hoà" and "Tuy Hòa" are one district: compare with the tone marks placed one way.
    const chosen = place.former_district
      ? formerDistricts.find((name) => normalizeTonePlacement(name) === normalizeTonePlacement(place.former_district!))
      : undefined
    if (place.former_district && !chosen) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${prefix}former_district: ${place.former_district} is not a former district of commune ${commune.name} (${formerDistricts.join(", ")})`
      )
    }
    return {
      ...place,
      province_name: province.name,
      commune_name: commune.name,
      // A few special zones have no former district in the data: then there is none to record.
      former_district: chosen ?? commune.default_former_district ?? formerDistricts[0] ?? null,
    }
  })
}

/**
 * Checks that each commune belongs to its province and picks its former district: the one given
 * when it is one of the commune's, else the commune's majority former district. One query for all.
 */
export const resolvePlacesStep = createStep(
  resolvePlacesStepId,
  async (input: { places: PlaceInput[]; field_prefix?: string }, { container }) => {
    const placeModule = container.resolve("place") as {
      listCommunes: (filters: object, config?: object) => Promise<Commune[]>
      listProvinces: (filters: object, config?: object) => Promise<{ code: string; name: string }[]>
    }
    const prefix = input.field_prefix ?? ""
    const codes = [...new Set(input.places.map((p) => p.commune_code))]
    const provinceCodes = [...new Set(input.places.map((p) => p.province_code))]
    const [communes, provinces] = await Promise.all([
      placeModule.listCommunes({ code: codes }, { take: codes.length }),
      placeModule.listProvinces({ code: provinceCodes }, { take: provinceCodes.length }),
    ])
    return new StepResponse(resolvePlaces(input.places, communes, provinces, prefix))
  }
)
