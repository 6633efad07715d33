import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PLACE_MODULE } from "../../../../../../modules/place"
import PlaceModuleService from "../../../../../../modules/place/service"
import { GetCommunesParamsType } from "../../../validators"

/** A province's communes, wards and special zones, each with the former districts it came from. */
export const GET = async (req: MedusaRequest<unknown, GetCommunesParamsType>, res: MedusaResponse) => {
  const places = req.scope.resolve<PlaceModuleService>(PLACE_MODULE)
  const { q, limit, offset } = req.validatedQuery
  const [communes, count] = await places.searchCommunes({ province_code: req.params.code, q, limit, offset })
  res.json({ communes, count, limit, offset })
}
