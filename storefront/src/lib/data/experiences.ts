"use server"

import { refresh } from "next/cache"
import { FetchError } from "@medusajs/js-sdk"
import {
  CALENDAR_MAX_DAYS,
  vietnamDate,
  type ExperienceCalendarDay,
  type ExperienceKind,
  type ExperienceSummary,
} from "@ocop/shared"
import { shopperHeaders } from "../auth/auth-cookie"
import { keptUnder, TAGS } from "../cache-tags"
import { readCartId } from "../cart/cart-cookie"
import { invalidateCart } from "../cart/invalidate-cart"
import { getSdk, storeHeaders } from "../config"
import { bookingErrorState, type BookingActionState } from "../experiences/booking-errors"
import {
  guestFieldErrors,
  guestRowsFromForm,
  guestsOf,
  MAX_GUEST_ROWS,
  type GuestFormState,
} from "../experiences/guest-form"
import { MAX_NIGHTS } from "../experiences/participant-picker"
import type { ExperienceDetail, ListedBooking, MyBooking } from "../experiences/types"
import { storeFetch } from "../store-fetch"
import { openCartId } from "./cart"

export type ExperienceFilter = {
  province_code?: string
  commune_code?: string
  producer_id?: string
  /** Experiences of this product's producer or of its former district. */
  near_product?: string
  kind?: ExperienceKind
  limit?: number
  offset?: number
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 24 * 60 * 60 * 1000
const EMPTY_GUEST = { name: "", nationality: "VN" }
const cartPath = (cartId: string) => `/store/ocop/carts/${encodeURIComponent(cartId)}/bookings`

/** Published experiences matching the filter, and how many there are in all. */
export async function listExperiences(filter: ExperienceFilter = {}) {
  const query = Object.fromEntries(
    Object.entries(filter)
      .filter(([, value]) => value !== undefined && value !== "")
      .map(([name, value]) => [name, String(value)])
  )
  return getSdk().client.fetch<{ experiences: ExperienceSummary[]; count: number }>("/store/experiences", {
    query,
    headers: await storeHeaders(),
    ...keptUnder(TAGS.experiences),
  })
}

// The most experiences GET /store/experiences gives in one answer (a larger limit is refused with 400).
const EXPERIENCES_PAGE = 100

/**
 * Every published experience matching the filter, read in pages of the store route's maximum:
 * the tourism landing and the sitemap list them all.
 */
export async function listAllExperiences(filter: Omit<ExperienceFilter, "limit" | "offset"> = {}) {
  const experiences: ExperienceSummary[] = []
  for (;;) {
    const page = await listExperiences({ ...filter, limit: EXPERIENCES_PAGE, offset: experiences.length })
    experiences.push(...page.experiences)
    if (page.experiences.length < EXPERIENCES_PAGE || experiences.length >= page.count) {
      return { experiences, count: page.count }
    }
  }
}

/** The published experience with this handle, with its host, or null when there is none. */
export async function retrieveExperience(handle: string): Promise<ExperienceDetail | null> {
  try {
    const { experience } = await getSdk().client.fetch<{ experience: ExperienceDetail }>(
      `/store/experiences/${encodeURIComponent(handle)}`,
      { headers: await storeHeaders(), ...keptUnder(TAGS.experiences) }
    )
    return experience
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/**
 * The experience's days from `from` to `to` (Vietnam days, both included) with their sessions and
 * vacancies; null when the range is not one the backend answers or the read failed. Read afresh each
 * time: vacancies change with every hold. Also the calendar's server action for another month.
 */
export async function retrieveExperienceCalendar(
  handle: string,
  from: string,
  to: string
): Promise<ExperienceCalendarDay[] | null> {
  // Days already past in Vietnam have nothing to book: the calendar shows them closed without asking.
  const today = vietnamDate(new Date())
  const start = from < today ? today : from
  const days = (Date.parse(to) - Date.parse(start)) / DAY_MS + 1
  if (!DAY.test(from) || !DAY.test(to)) return null
  if (days < 1) return []
  if (!(days <= CALENDAR_MAX_DAYS)) return null
  try {
    const { days: calendar } = await getSdk().client.fetch<{ days: ExperienceCalendarDay[] }>(
      `/store/experiences/${encodeURIComponent(handle)}/calendar`,
      { query: { from: start, to }, headers: await storeHeaders(), cache: "no-store" }
    )
    return calendar
  } catch (error) {
    console.error(`Could not read the calendar of experience "${handle}" from ${from} to ${to}`, error)
    return null
  }
}

/** The participants the picker's form holds: `participants.<type id>` fields with a count above 0. */
function participantsOf(formData: FormData): Record<string, number> {
  const participants: Record<string, number> = {}
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("participants.")) continue
    const count = Number(value)
    if (Number.isInteger(count) && count > 0) participants[name.slice("participants.".length)] = count
  }
  return participants
}

/**
 * "Add to cart" for a session: holds its places for the participants chosen and puts the booking's
 * lines in the shopper's cart, making the cart on the first add. The backend checks every rule.
 */
export async function holdBooking(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  const sessionId = String(formData.get("session_id") ?? "")
  if (!sessionId) return { status: "error", error: "session", field: "session_id" }
  const nights = formData.has("nights") ? Number(formData.get("nights")) : undefined
  if (nights !== undefined && !(Number.isInteger(nights) && nights >= 1 && nights <= MAX_NIGHTS)) {
    return { status: "error", error: "nights", field: "nights" }
  }
  try {
    const cartId = await openCartId()
    await storeFetch(cartPath(cartId), {
      method: "POST",
      body: { session_id: sessionId, participants: participantsOf(formData), ...(nights ? { nights } : {}) },
      headers: await shopperHeaders(),
    })
  } catch (error) {
    console.error(`Could not hold places of session ${sessionId}`, error)
    return bookingErrorState(error)
  } finally {
    invalidateCart()
  }
  return { status: "done" }
}

/** Saves a booking's guest list, checked first with the rule the backend applies. */
export async function updateBookingGuests(_previous: GuestFormState, formData: FormData): Promise<GuestFormState> {
  const bookingId = String(formData.get("booking_id") ?? "")
  const rows = guestRowsFromForm(formData, Math.min(MAX_GUEST_ROWS, Number(formData.get("guest_count")) || 1))
  // The form shows its rows again as they were typed, each at its place.
  const typed = rows.map((row) => row ?? EMPTY_GUEST)
  const errors = guestFieldErrors(rows)
  if (Object.keys(errors).length) return { status: "invalid", guests: typed, errors }
  const cartId = await readCartId()
  if (!cartId || !bookingId) return { status: "error", guests: typed }
  try {
    await storeFetch(`${cartPath(cartId)}/${encodeURIComponent(bookingId)}`, {
      method: "POST",
      body: { guests: guestsOf(rows) },
      headers: await shopperHeaders(),
    })
  } catch (error) {
    console.error(`Could not save the guests of booking ${bookingId}`, error)
    return { status: "error", guests: typed }
  } finally {
    invalidateCart()
  }
  return { status: "saved", guests: typed }
}

/** Takes a booking out of the cart: its lines go and its places are freed. */
export async function removeBooking(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  const bookingId = String(formData.get("booking_id") ?? "")
  const cartId = await readCartId()
  if (!cartId || !bookingId) return { status: "error", error: "unavailable" }
  try {
    await storeFetch(`${cartPath(cartId)}/${encodeURIComponent(bookingId)}`, {
      method: "DELETE",
      headers: await shopperHeaders(),
    })
  } catch (error) {
    console.error(`Could not remove booking ${bookingId}`, error)
    return bookingErrorState(error)
  } finally {
    invalidateCart()
  }
  return { status: "done" }
}

/** The bookings in the shopper's open cart; none without a cart. */
export async function listCartBookings(): Promise<ListedBooking[]> {
  const cartId = await readCartId()
  if (!cartId) return []
  try {
    const { bookings } = await getSdk().client.fetch<{ bookings: ListedBooking[] }>(cartPath(cartId), {
      headers: await shopperHeaders(),
      cache: "no-store",
    })
    return bookings
  } catch (error) {
    // A cart that became an order, or a backend without bookings yet, has none to show.
    if (error instanceof FetchError && error.status === 404) return []
    throw error
  }
}

/** The signed-in customer's own bookings, newest first as the backend lists them. */
export async function listMyBookings(): Promise<MyBooking[]> {
  const { bookings } = await getSdk().client.fetch<{ bookings: MyBooking[] }>("/store/customers/me/bookings", {
    headers: await shopperHeaders(),
    cache: "no-store",
  })
  return bookings
}

/**
 * The signed-in customer cancels one of their bookings; the backend refunds what the booking's
 * policy gives now. The bookings page renders again with the booking cancelled and its refund.
 */
export async function cancelMyBooking(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  const bookingId = String(formData.get("booking_id") ?? "")
  if (!bookingId) return { status: "error", error: "unavailable" }
  try {
    await storeFetch(`/store/customers/me/bookings/${encodeURIComponent(bookingId)}/cancel`, {
      method: "POST",
      headers: await shopperHeaders(),
      body: {},
    })
  } catch (error) {
    console.error(`Could not cancel booking ${bookingId}`, error)
    return bookingErrorState(error)
  }
  refresh()
  return { status: "done" }
}

/** The signed-in customer moves a booking to another session of its experience while it has room. */
export async function moveMyBooking(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  const bookingId = String(formData.get("booking_id") ?? "")
  const sessionId = String(formData.get("session_id") ?? "")
  if (!bookingId || !sessionId) return { status: "error", error: "session" }
  try {
    await storeFetch(`/store/customers/me/bookings/${encodeURIComponent(bookingId)}/move`, {
      method: "POST",
      headers: await shopperHeaders(),
      body: { session_id: sessionId },
    })
  } catch (error) {
    console.error(`Could not move booking ${bookingId}`, error)
    return bookingErrorState(error)
  }
  refresh()
  return { status: "done" }
}
