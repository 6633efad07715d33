import type { BookingView, BuyerBookingView, ExperienceKind, ExperienceView } from "@ocop/shared"

// What the store API adds to the shared shapes (see GET /store/experiences/:handle and the bookings lists).

/** An experience's page: the experience with its host and its first photo. */
export type ExperienceDetail = ExperienceView & {
  producer: { id: string; handle: string; name: string }
  thumbnail: string | null
}

/** A booking as the cart and the account list it, with enough of its experience to name it. */
export type ListedBooking = BookingView & {
  experience: { handle: string; title_vi: string; title_en: string | null; kind: ExperienceKind }
}

/** A booking in the signed-in customer's own list: also what was paid for it. */
export type MyBooking = ListedBooking & Pick<BuyerBookingView, "paid">
