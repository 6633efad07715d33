import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { findProducerStockLocationStep } from "../steps/find-producer-stock-location"
import { validateStockCoversReservationsStep, VariantStockLevels } from "../steps/validate-stock-covers-reservations"

export type SetVariantStockInput = { producer_id: string; variant_id: string; quantity: number }

export const setVariantStockWorkflowId = "set-variant-stock"

type Item = { inventory_item_id: string; inventory?: { location_levels?: ({ location_id: string } | null)[] } | null }

/**
 * Sets how many units of a packaging the producer has at its own location (the level is made if it
 * has none yet), never fewer than its open orders have reserved there.
 */
export const setVariantStockWorkflow = createWorkflow(setVariantStockWorkflowId, (input: SetVariantStockInput) => {
  const locationId = findProducerStockLocationStep(input.producer_id)
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: [
      "id",
      "inventory_items.inventory_item_id",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: input.variant_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "variant-stock-levels" })
  validateStockCoversReservationsStep(
    transform({ input, variants, locationId }, ({ input, variants, locationId }) => ({
      variant: variants[0] as VariantStockLevels,
      location_id: locationId,
      quantity: input.quantity,
    }))
  )

  const levels = transform({ input, variants, locationId }, ({ input, variants, locationId }) => {
    const items = (variants[0].inventory_items ?? []) as Item[]
    const at = (item: Item) =>
      (item.inventory?.location_levels ?? []).some((level) => level?.location_id === locationId)
    const level = (item: Item) => ({
      inventory_item_id: item.inventory_item_id,
      location_id: locationId,
      stocked_quantity: input.quantity,
    })
    return { updates: items.filter(at).map(level), creates: items.filter((item) => !at(item)).map(level) }
  })
  when("stock-level-exists", { levels }, ({ levels }) => levels.updates.length > 0).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({
      input: transform({ levels }, ({ levels }) => ({ updates: levels.updates })),
    })
  })
  when("stock-level-missing", { levels }, ({ levels }) => levels.creates.length > 0).then(() => {
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels.creates })),
    })
  })
  return new WorkflowResponse(input.variant_id)
})
