import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductsProducerWorkflow } from "../../../../../../workflows/producer/workflows/set-products-producer"
import { retrieveProductOcop } from "../route"
import { AdminSetProductProducerType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProductProducerType>, res: MedusaResponse) => {
  await setProductsProducerWorkflow(req.scope).run({
    input: { producer_id: req.validatedBody.producer_id, product_ids: [req.params.id] },
  })
  res.json({ product: await retrieveProductOcop(req, req.params.id) })
}
