import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"

export type NewPromotionEventProduct = { event_id: string; product_id: string; producer_id: string | null }

export const createPromotionEventProductsStepId = "create-promotion-event-products"

/** Records products as shown at an event, each with the producer that showed it. */
export const createPromotionEventProductsStep = createStep(
  createPromotionEventProductsStepId,
  async (products: NewPromotionEventProduct[], { container }) => {
    if (!products.length) return new StepResponse([], [])
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    const created = await reports.createPromotionEventProducts(products)
    return new StepResponse(
      created,
      created.map((product) => product.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    await reports.deletePromotionEventProducts(ids)
  }
)
