import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { PromotionEventImportView } from "@ocop/shared"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import type { PromotionEventCsvRow } from "../../../lib/report/promotion-event-csv"
import { judgePromotionEventImportStep } from "../steps/promotion-event-import-judge"
import { createPromotionEventProductsStep } from "../steps/promotion-event-products-create"

export const importPromotionEventProductsWorkflowId = "import-promotion-event-products"

/**
 * Adds the products of an organiser's participant list (rows of a CSV already read): the good rows
 * are recorded, the others answered with their row number and reason.
 */
export const importPromotionEventProductsWorkflow = createWorkflow(
  importPromotionEventProductsWorkflowId,
  (input: { event_id: string; rows: PromotionEventCsvRow[] }) => {
    useQueryGraphStep({
      entity: "promotion_event",
      fields: ["id"],
      filters: { id: input.event_id },
      options: { throwIfKeyNotFound: true },
    })
    const judged = judgePromotionEventImportStep(input)
    createPromotionEventProductsStep(transform({ judged }, ({ judged }) => judged.products))
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ judged }, ({ judged }) => ({ product_ids: judged.products.map((row) => row.product_id) })),
    })
    return new WorkflowResponse(
      transform({ judged }, ({ judged }): PromotionEventImportView => ({
        added: judged.products.length,
        refused: judged.rows.length - judged.products.length,
        rows: judged.rows,
      }))
    )
  }
)
