import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buyerOfCustomer } from "../../../lib/buyer-company"
import { ERROR_CODES } from "../../../lib/error-codes"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const validateApprovalRequestStepId = "validate-approval-request"

/**
 * A company's staff member asks approval for its own open cart, once at a time; the total is the
 * cart's as the store computes it, never the client's.
 */
export const validateApprovalRequestStep = createStep(
  validateApprovalRequestStepId,
  async (input: { cart_id: string; customer_id: string }, { container }) => {
    const {
      data: [cart],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at", "total"],
      filters: { id: input.cart_id },
    })
    if (!cart || cart.customer_id !== input.customer_id || cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart: no open cart with id ${input.cart_id}`)
    }
    const buyer = await buyerOfCustomer(container, input.customer_id)
    if (!buyer) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "customer: only a company's staff asks approval")
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const pending = await companies.listCompanyApprovals({ cart_id: cart.id, status: "pending" }, { select: ["id"] })
    if (pending.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "cart: this cart already waits for a company admin's approval",
        ERROR_CODES.approvalPending
      )
    }
    return new StepResponse({ company_id: buyer.company.id, total: Number(cart.total) })
  }
)
