import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buyerOfCustomer, buysWholesale } from "../../../lib/buyer-company"
import { type BulkRow, checkBulkRows } from "../../../lib/bulk-order/check-bulk-rows"

export const checkBulkLinesStepId = "check-bulk-lines"

export type CheckBulkLinesInput = { cart_id: string; customer_id: string; rows: BulkRow[] }

/** Judges every row at once; a verified company's staff are also held to the wholesale minimums and case packs. Reads only. */
export const checkBulkLinesStep = createStep(
  checkBulkLinesStepId,
  async (input: CheckBulkLinesInput, { container }) => {
    const wholesale = buysWholesale(await buyerOfCustomer(container, input.customer_id))
    return new StepResponse(await checkBulkRows(container, { cart_id: input.cart_id, rows: input.rows, wholesale }))
  }
)
