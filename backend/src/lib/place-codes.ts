import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PLACE_MODULE } from "../modules/place"
import { invalidFieldCode } from "./error-codes"
import PlaceModuleService from "../modules/place/service"

/**
 * An address's province and commune codes (kept in its metadata) must go together and the commune
 * must be in that province. `field` is where the codes were sent, for the message (400).
 */
export async function checkPlaceCodes(
  container: MedusaContainer,
  codes: { province_code?: string; commune_code?: string } | null | undefined,
  field: string
) {
  if (!codes?.commune_code && !codes?.province_code) return
  if (!codes.commune_code || !codes.province_code) {
    const missing = codes.commune_code ? "province_code" : "commune_code"
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: province_code and commune_code go together`,
      invalidFieldCode(missing)
    )
  }
  const places: PlaceModuleService = container.resolve(PLACE_MODULE)
  const commune = await places.retrieveCommuneByCode(codes.commune_code).catch(() => null)
  if (!commune) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}.commune_code: no commune ${codes.commune_code}`,
      invalidFieldCode("commune_code")
    )
  }
  if (commune.province_code !== codes.province_code) {
    const message = `${field}.commune_code: ${commune.name} is not in province ${codes.province_code}`
    throw new MedusaError(MedusaError.Types.INVALID_DATA, message, invalidFieldCode("commune_code"))
  }
}
