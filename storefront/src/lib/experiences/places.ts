import type { ExperienceSummary } from "@ocop/shared"

export type DistrictExperiences = { district: string | null; experiences: ExperienceSummary[] }
export type ProvinceExperiences = { provinceCode: string | null; districts: DistrictExperiences[] }

/**
 * The landing's order: provinces by name, former districts by name within each (experiences without
 * a former district last), experiences in the order the backend listed them.
 */
export function groupByPlace(
  experiences: ExperienceSummary[],
  provinceNames: Record<string, string>,
  collator = new Intl.Collator("vi")
): ProvinceExperiences[] {
  const provinces = new Map<string, Map<string, ExperienceSummary[]>>()
  for (const experience of experiences) {
    const province = experience.province_code ?? ""
    const districts = provinces.get(province) ?? new Map<string, ExperienceSummary[]>()
    provinces.set(province, districts)
    const district = experience.former_district ?? ""
    districts.set(district, [...(districts.get(district) ?? []), experience])
  }
  const byName = (a: string, b: string) => (!a ? 1 : !b ? -1 : collator.compare(a, b))
  return [...provinces.entries()]
    .sort(([a], [b]) => byName(provinceNames[a] ?? a, provinceNames[b] ?? b))
    .map(([province, districts]) => ({
      provinceCode: province || null,
      districts: [...districts.entries()]
        .sort(([a], [b]) => byName(a, b))
        .map(([district, list]) => ({ district: district || null, experiences: list })),
    }))
}
