import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingMoney, depositOf } from "@ocop/shared"
import { variantPrices } from "../../../lib/experience-view"
import type { ValidBooking } from "./validate-booking-request"

/**
 * A booking's cart lines at the store's prices. With a deposit, a line's `unit_price` is the deposit
 * of the participant's price (a custom price: Medusa keeps it when it refreshes the cart) and its
 * metadata keeps the full price; without one, Medusa prices the line itself.
 */
export type PricedBooking = {
  lines: { variant_id: string; quantity: number; unit_price?: number; full_unit_price: number }[]
  total: number
  /** Null without a deposit: the checkout charges the whole total. */
  deposit_total: number | null
  due_on_arrival: number | null
}

export const priceBookingLinesStepId = "price-booking-lines"

/** Prices a booking's lines from the variants (never the client's prices) and splits its deposit. No writes. */
export const priceBookingLinesStep = createStep(
  priceBookingLinesStepId,
  async (booking: ValidBooking, { container }) => {
    const prices = await variantPrices(
      container,
      booking.lines.map((line) => line.variant_id)
    )
    const percent = booking.deposit_percent
    const lines = booking.lines.map((line) => {
      const price = prices.get(line.variant_id)
      if (price === null || price === undefined) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `participants: ${line.variant_id} has no price in VND`)
      }
      return {
        ...line,
        full_unit_price: price,
        ...(percent === null ? {} : { unit_price: depositOf(price, percent) }),
      }
    })
    const money = bookingMoney(
      lines.map((line) => ({ unit_price: line.full_unit_price, quantity: line.quantity })),
      percent
    )
    return new StepResponse<PricedBooking>({
      lines,
      total: money.total,
      deposit_total: percent === null ? null : money.deposit_total,
      due_on_arrival: percent === null ? null : money.due_on_arrival,
    })
  }
)
