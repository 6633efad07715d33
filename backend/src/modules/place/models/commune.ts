import { model } from "@medusajs/framework/utils"

/** A district abolished in 2025 as one of a commune's origins; province_name is its old province. */
export type FormerDistrictOfCommune = { name: string; province_name: string; ward_count: number }

/** A commune, ward or special zone directly under its province, keyed by its official code. */
export const Commune = model.define("commune", {
  id: model.id({ prefix: "comm" }).primaryKey(),
  code: model.text().unique(),
  name: model.text(),
  province_code: model.text().index(),
  search_name: model.text(),
  // Districts were abolished, yet origin and regions are still named by them: the districts its
  // old wards came from, as { name, province_name, ward_count }, most wards first.
  former_districts: model.json<FormerDistrictOfCommune[]>(),
  default_former_district: model.text().nullable(),
})
