import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductOriginsWorkflow } from "../../../../../../workflows/ocop/workflows/set-product-origins"
import { retrieveProductOcop } from "../route"
import { AdminSetProductOriginType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProductOriginType>, res: MedusaResponse) => {
  await setProductOriginsWorkflow(req.scope).run({
    input: { origins: [{ ...req.validatedBody, product_id: req.params.id }] },
  })
  res.json({ product: await retrieveProductOcop(req, req.params.id) })
}
