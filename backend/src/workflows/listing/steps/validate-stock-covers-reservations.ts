import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

type Level = { location_id: string; reserved_quantity?: unknown } | null
export type VariantStockLevels = {
  inventory_items?: ({ inventory?: { location_levels?: Level[] | null } | null } | null)[] | null
}

export const validateStockCoversReservationsStepId = "validate-stock-covers-reservations"

/**
 * Refuses (400 naming `quantity`) a stock below what open orders have reserved at the producer's
 * location: those units are sold, and packing them would take the stock below zero.
 */
export const validateStockCoversReservationsStep = createStep(
  validateStockCoversReservationsStepId,
  async ({
    variant,
    location_id,
    quantity,
  }: {
    variant: VariantStockLevels
    location_id: string
    quantity: number
  }) => {
    const reserved = Math.max(
      0,
      ...(variant.inventory_items ?? []).flatMap((item) =>
        (item?.inventory?.location_levels ?? [])
          .filter((level) => level?.location_id === location_id)
          .map((level) => Number(level!.reserved_quantity ?? 0))
      )
    )
    if (quantity < reserved) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `quantity: ${reserved} units are reserved by open orders; the stock cannot be set below ${reserved} until they are packed or cancelled`
      )
    }
  }
)
