import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveListingWorkflow } from "../../../../../../workflows/listing/workflows/review-listing"
import { retrieveListing } from "../../listing-response"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await approveListingWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ product: await retrieveListing(req, req.params.id) })
}
