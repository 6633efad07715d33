import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"

export const deletePromotionEventProductStepId = "delete-promotion-event-product"

/** Takes a product off an event's list (soft delete, restored by the compensation); 404 when it is not on it. */
export const deletePromotionEventProductStep = createStep(
  deletePromotionEventProductStepId,
  async (input: { event_id: string; product_id: string }, { container }) => {
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    const [shown] = await reports.listPromotionEventProducts(
      { event_id: input.event_id, product_id: input.product_id },
      { select: ["id"], take: 1 }
    )
    if (!shown) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_id: product ${input.product_id} is not on the list of promotion event ${input.event_id}`
      )
    }
    await reports.softDeletePromotionEventProducts(shown.id)
    return new StepResponse(undefined, shown.id)
  },
  async (id, { container }) => {
    if (!id) return
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    await reports.restorePromotionEventProducts(id)
  }
)
