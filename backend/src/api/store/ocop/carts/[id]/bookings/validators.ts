import { z } from "@medusajs/framework/zod"

const MAX_NIGHTS = 30
const MAX_GUESTS = 100

export const StoreBookingGuest = z
  .object({
    name: z.string({ error: "name must be the guest's full name" }).trim().min(1, "name is required").max(200),
    nationality: z.string({ error: "nationality must be a two-letter country code" }).trim().toUpperCase(),
    phone: z.string().trim().max(20).nullish(),
    passport_number: z.string().trim().toUpperCase().max(20).nullish(),
  })
  .strict()

const guests = z.array(StoreBookingGuest, { error: "guests must be a list of guests" }).max(MAX_GUESTS)

export const StoreHoldBooking = z
  .object({
    session_id: z.string({ error: "session_id must be a session id" }).trim().min(1, "session_id must be a session id"),
    // participant type id → how many; the experience's rules are checked against its types.
    participants: z.record(
      z.string(),
      z.number({ error: "must be a whole number" }).int("must be a whole number").min(0).max(1000),
      { error: "participants must map participant type ids to counts" }
    ),
    nights: z.number({ error: "nights must be a whole number" }).int().min(1).max(MAX_NIGHTS).optional(),
    guests: guests.optional(),
  })
  .strict()
export type StoreHoldBooking = z.infer<typeof StoreHoldBooking>

export const StoreSetBookingGuests = z
  .object({ guests: guests.min(1, "guests must name at least the lead guest") })
  .strict()
export type StoreSetBookingGuests = z.infer<typeof StoreSetBookingGuests>
