import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const moveReservationsStepId = "move-reservations-to-producer-orders"

type Move = { from_line_item_id: string; to_line_item_id: string }
type Reservation = { line_item_id: string; inventory_item_id: string; location_id: string; quantity: unknown; allow_backorder?: boolean }

async function move(container: any, moves: Move[]) {
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const target = new Map(moves.map((m) => [m.from_line_item_id, m.to_line_item_id]))
  const reservations = (await inventory.listReservationItems({ line_item_id: [...target.keys()] })) as (Reservation & { id: string })[]
  if (!reservations.length) return
  // The same lock keys as Medusa's reservation step: no buyer can take the units between delete and create.
  const keys = [...new Set(reservations.map((r) => r.inventory_item_id))]
  await locking.execute(keys, async () => {
    await inventory.deleteReservationItems(reservations.map((r) => r.id))
    await inventory.createReservationItems(
      reservations.map((r) => ({
        line_item_id: target.get(r.line_item_id)!,
        inventory_item_id: r.inventory_item_id,
        location_id: r.location_id,
        quantity: r.quantity,
        allow_backorder: r.allow_backorder,
      }))
    )
  }, { timeout: 30 })
}

/**
 * Medusa reserved the stock for the parent order's line items; each producer fulfils its own order,
 * and fulfilment consumes the reservations of that order's items, so they move there.
 */
export const moveReservationsStep = createStep(
  moveReservationsStepId,
  async (moves: Move[], { container }) => {
    await move(container, moves)
    return new StepResponse(undefined, moves)
  },
  async (moves, { container }) => {
    if (!moves?.length) return
    await move(container, moves.map((m) => ({ from_line_item_id: m.to_line_item_id, to_line_item_id: m.from_line_item_id })))
  }
)
