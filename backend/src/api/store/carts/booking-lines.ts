import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * A booking's lines leave the cart with their booking (`DELETE /store/ocop/carts/:id/bookings/:booking_id`,
 * which frees its places), never one by one through Medusa's line-item route, which has no hook to
 * refuse it: a lone deleted line would leave places held for a booking the cart no longer pays for.
 */
export async function refuseBookingLineRemoval(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "DELETE") return next()
  try {
    const [line] = await req.scope
      .resolve(Modules.CART)
      .listLineItems({ id: req.params.line_id, cart_id: req.params.id }, { select: ["id", "metadata"] })
    const bookingId = line?.metadata?.booking_id
    if (typeof bookingId === "string") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `line_id: this line belongs to booking ${bookingId}; remove the booking instead`
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}
