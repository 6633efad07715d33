import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PLACE_MODULE } from "../../../../../../modules/place"
import PlaceModuleService from "../../../../../../modules/place/service"

/** The districts abolished in 2025 whose land is in the province: how origin is still named. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const places = req.scope.resolve<PlaceModuleService>(PLACE_MODULE)
  const former_districts = await places.listFormerDistrictsOfProvince(req.params.code)
  res.json({ former_districts })
}
