import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const moveReservationsStepId = "move-reservations-to-producer-orders"

type Move = { from_line_item_id: string; to_line_item_id: string }

/**
 * Points each reservation at its new line item, in place: the reserved units, their location and
 * so every stock level stay as they are, so no lock is needed, no level is rewritten and nothing
 * can take the units in between. (Deleting and re-creating them, as before, rewrote each level
 * twice under the inventory locks every other checkout of the same goods waits on.)
 */
async function move(container: MedusaContainer, moves: Move[]) {
  const inventory = container.resolve(Modules.INVENTORY)
  const target = new Map(moves.map((m) => [m.from_line_item_id, m.to_line_item_id]))
  const reservations = await inventory.listReservationItems(
    { line_item_id: [...target.keys()] },
    { select: ["id", "line_item_id"] }
  )
  if (!reservations.length) return
  // `line_item_id` is a column of the reservation the module's update writes, though its input type omits it.
  await inventory.updateReservationItems(
    reservations.map((r) => ({ id: r.id, line_item_id: target.get(r.line_item_id as string)! })) as { id: string }[]
  )
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
    await move(
      container,
      moves.map((m) => ({ from_line_item_id: m.to_line_item_id, to_line_item_id: m.from_line_item_id }))
    )
  }
)
