import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceBuyerOfCart } from "../../../../../lib/invoice-buyer"
import { setCartInvoiceRequestWorkflow } from "../../../../../workflows/invoice/workflows/set-cart-invoice-request"
import { StoreInvoiceRequestType } from "./validators"

/** Whom the cart's orders will be invoiced to: the verified company, the consumer's request, or nobody (null). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ invoice_buyer: await invoiceBuyerOfCart(req.scope, req.params.id) })
}

/** A consumer asks for a company invoice for this cart's orders. */
export const POST = async (req: MedusaRequest<StoreInvoiceRequestType>, res: MedusaResponse) => {
  await setCartInvoiceRequestWorkflow(req.scope).run({ input: { cart_id: req.params.id, request: req.validatedBody } })
  res.json({ invoice_buyer: await invoiceBuyerOfCart(req.scope, req.params.id) })
}

/** The consumer no longer wants a company invoice. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await setCartInvoiceRequestWorkflow(req.scope).run({ input: { cart_id: req.params.id, request: null } })
  res.json({ invoice_buyer: await invoiceBuyerOfCart(req.scope, req.params.id) })
}
