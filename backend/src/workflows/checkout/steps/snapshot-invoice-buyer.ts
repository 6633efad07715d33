import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoiceBuyer } from "@ocop/shared"
import { invoiceBuyerOfCart } from "../../../lib/invoice-buyer"

export const snapshotInvoiceBuyerStepId = "snapshot-invoice-buyer"

/**
 * Reads whom the checkout is invoiced to (the verified company, or the consumer's company invoice
 * request), as it is now: the split copies it onto each producer order, so a later change to the
 * company does not change the invoice of an order already placed. No writes.
 */
export const snapshotInvoiceBuyerStep = createStep(
  snapshotInvoiceBuyerStepId,
  async ({ cart_id }: { cart_id: string }, { container }): Promise<StepResponse<InvoiceBuyer | null>> =>
    new StepResponse(await invoiceBuyerOfCart(container, cart_id))
)
