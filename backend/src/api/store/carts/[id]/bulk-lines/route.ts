import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseBulkCsv } from "../../../../../lib/bulk-order/parse-bulk-csv"
import { addBulkLinesWorkflow } from "../../../../../workflows/bulk-order/workflows/add-bulk-lines"
import type { StoreBulkLines } from "../../../wholesale/bulk-order-validators"

/** Adds the good rows of a `sku,quantity` CSV to the cart at once and lists the refused rows with their reasons. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreBulkLines>, res: MedusaResponse) => {
  const rows = parseBulkCsv(req.validatedBody.file)
  const { result } = await addBulkLinesWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, rows },
  })
  res.json(result)
}
