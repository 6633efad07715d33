import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_REQUEST_KEY, type InvoiceRequest } from "@ocop/shared"
import { buyerOfCustomer, buysWholesale } from "../../../lib/buyer-company"
import { checkPlaceCodes } from "../../../lib/place-codes"

export const validateCartInvoiceRequestStepId = "validate-cart-invoice-request"

/**
 * A company invoice request is the consumer's, on a cart not yet ordered, with a commune in its
 * province. A verified company's staff are always invoiced to their company, so they cannot ask
 * for another name on the invoice.
 */
export const validateCartInvoiceRequestStep = createStep(
  validateCartInvoiceRequestStepId,
  async ({ cart_id, request }: { cart_id: string; request: InvoiceRequest | null }, { container }) => {
    const {
      data: [cart],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at"],
      filters: { id: cart_id },
    })
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart: no cart with id ${cart_id}`)
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `cart: ${cart_id} is already ordered; its invoice is set`)
    }
    if (buysWholesale(await buyerOfCustomer(container, cart.customer_id))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "invoice_request: a verified company's orders are invoiced to the company's own invoice data"
      )
    }
    if (request) {
      await checkPlaceCodes(
        container,
        { province_code: request.invoice_province_code, commune_code: request.invoice_commune_code },
        INVOICE_REQUEST_KEY
      )
    }
    return new StepResponse(undefined)
  }
)
