import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { REPORT_MODULE } from "../../../modules/report"
import ReportModuleService from "../../../modules/report/service"
import type { NewPromotionEventProduct } from "./promotion-event-products-create"

/** The products already on an event's list. */
export async function productIdsOnEvent(container: MedusaContainer, eventId: string) {
  const reports: ReportModuleService = container.resolve(REPORT_MODULE)
  const shown = await reports.listPromotionEventProducts({ event_id: eventId }, { select: ["product_id"], take: null })
  return new Set(shown.map((product) => product.product_id))
}

/** Products by id with their producer (from the product's producer link). */
export async function productsWithProducer(container: MedusaContainer, filters: { id?: string[]; handle?: string[] }) {
  // An empty list would filter nothing: it asks for no product.
  if (!Object.values(filters).some((values) => values?.length)) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "handle", "producer.id"], filters })
  return data as { id: string; title: string; handle: string; producer?: { id: string } | null }[]
}

export const validatePromotionEventProductsStepId = "validate-promotion-event-products"

/**
 * The rows to record for products named by id: every id must be an existing product (a community-tourism
 * experience's product too); the producer is the product's own. Products already on the list are skipped.
 */
export const validatePromotionEventProductsStep = createStep(
  validatePromotionEventProductsStepId,
  async (input: { event_id: string; product_ids: string[] }, { container }) => {
    const ids = [...new Set(input.product_ids)]
    const products = await productsWithProducer(container, { id: ids })
    const found = new Set(products.map((product) => product.id))
    const unknown = ids.filter((id) => !found.has(id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids: no product ${unknown.join(", ")}`)
    }
    const already = await productIdsOnEvent(container, input.event_id)
    const rows = products
      .filter((product) => !already.has(product.id))
      .map((product): NewPromotionEventProduct => ({
        event_id: input.event_id,
        product_id: product.id,
        producer_id: product.producer?.id ?? null,
      }))
    return new StepResponse(rows)
  }
)
