import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectListingWorkflow } from "../../../../../../workflows/listing/workflows/review-listing"
import { retrieveListing } from "../../listing-response"
import { AdminRejectListingType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectListingType>, res: MedusaResponse) => {
  await rejectListingWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ product: await retrieveListing(req, req.params.id) })
}
