import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PLACE_MODULE } from "../../../../modules/place"
import PlaceModuleService from "../../../../modules/place/service"
import { GetProvincesParamsType } from "../validators"

/** The 34 provinces, or those whose name matches `q` without diacritics. */
export const GET = async (req: MedusaRequest<unknown, GetProvincesParamsType>, res: MedusaResponse) => {
  const places = req.scope.resolve<PlaceModuleService>(PLACE_MODULE)
  const provinces = await places.searchProvinces(req.validatedQuery.q)
  res.json({ provinces })
}
