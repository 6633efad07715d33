import type { BookingView } from "@ocop/shared"

/** A deposit as the buyer and the host read it: paid online at checkout, and left to pay on arrival. */
export type DepositSplit = { deposit: number; due: number }

/** A booking's deposit and what is due on arrival; null for a booking paid in full online (or at the door). */
export function bookingDeposit(booking: Pick<BookingView, "deposit_total" | "due_on_arrival">): DepositSplit | null {
  return booking.due_on_arrival === null || booking.deposit_total === null
    ? null
    : { deposit: booking.deposit_total, due: booking.due_on_arrival }
}
