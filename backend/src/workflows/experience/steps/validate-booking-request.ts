import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  guestProblems,
  participantProblems,
  seatsOf,
  sessionBookable,
  type BookingGuest,
  type CancellationTier,
  type ParticipantCounts,
  type ParticipantRule,
} from "@ocop/shared"
import { ERROR_CODES } from "../../../lib/error-codes"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export type BookingRequest = {
  cart_id: string
  session_id: string
  participants: ParticipantCounts
  nights?: number
  guests?: BookingGuest[]
  now?: Date | string
}

/** What the hold takes and what goes in the cart, all read from the database (never the client's prices). */
export type ValidBooking = {
  cart_id: string
  customer_id: string | null
  experience_id: string
  // In the order of the nights; the first is the booking's session.
  session_ids: string[]
  starts_at: Date
  ends_at: Date
  nights: number
  participants: ParticipantCounts
  seats: number
  guests: BookingGuest[] | null
  cancellation_policy: CancellationTier[]
  /** The experience's deposit (1–99 % of each price online), null when the whole price is paid online. */
  deposit_percent: number | null
  locale: string
  lines: { variant_id: string; quantity: number }[]
}

type SessionRow = { id: string; starts_at: Date; ends_at: Date; status: "open" | "closed" | "cancelled" }
type TypeRow = ParticipantRule & { variant_id: string }

const DAY_MS = 24 * 60 * 60 * 1000
const invalid = (message: string, code?: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message, code)

/** A homestay's stay: the chosen night and the nights that follow it day after day. */
function consecutiveNights(sessions: SessionRow[], first: SessionRow, nights: number) {
  const stay = [first]
  for (let night = 1; night < nights; night++) {
    const next = sessions.find(
      (s) => new Date(s.starts_at).getTime() === new Date(first.starts_at).getTime() + night * DAY_MS
    )
    if (!next) throw invalid(`nights: no session for night ${night + 1} of the stay`, ERROR_CODES.sessionNotBookable)
    stay.push(next)
  }
  return stay
}

export const validateBookingRequestStepId = "validate-booking-request"

/**
 * Checks a booking before any place is held: the cart is open, the experience published, every
 * night bookable (open, before its cut-off), the participants and any guests valid.
 */
export const validateBookingRequestStep = createStep(
  validateBookingRequestStepId,
  async (input: BookingRequest, { container }): Promise<StepResponse<ValidBooking>> => {
    const now = input.now ? new Date(input.now) : new Date()
    const {
      data: [cart],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "completed_at", "customer_id", "locale"],
      filters: { id: input.cart_id },
    })
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart: no cart with id ${input.cart_id}`)
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart: already checked out")

    const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const [session] = await experiences.listExperienceSessions(
      { id: input.session_id },
      { relations: ["experience", "experience.participant_types"] }
    )
    const experience = session?.experience
    if (!session || experience?.status !== "published") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `session_id: no bookable session ${input.session_id}`)
    }
    const nights = input.nights ?? 1
    if (experience.kind !== "homestay" && nights !== 1) throw invalid("nights: only a homestay is booked by the night")
    const sessions =
      nights > 1
        ? ((await experiences.listExperienceSessions(
            {
              experience_id: experience.id,
              starts_at: { $gt: session.starts_at, $lte: new Date(session.starts_at.getTime() + nights * DAY_MS) },
            },
            { order: { starts_at: "ASC" } }
          )) as SessionRow[])
        : []
    const stay = consecutiveNights(sessions, session as SessionRow, nights)
    const closed = stay.find((night) => !sessionBookable(night, experience.cutoff_hours, now))
    if (closed) {
      throw invalid(
        `session_id: session ${closed.id} is ${closed.status === "open" ? "past its booking cut-off" : closed.status}`,
        ERROR_CODES.sessionNotBookable
      )
    }

    const types = experience.participant_types as unknown as TypeRow[]
    const problems = participantProblems(types, input.participants, { min_participants: experience.min_participants })
    const badGuests = input.guests?.length ? guestProblems(input.guests) : []
    if (problems.length || badGuests.length) throw invalid([...problems, ...badGuests].join("; "))

    const counted = types.filter((type) => (input.participants[type.id] ?? 0) > 0)
    return new StepResponse({
      cart_id: cart.id,
      customer_id: cart.customer_id ?? null,
      experience_id: experience.id,
      session_ids: stay.map((night) => night.id),
      starts_at: stay[0].starts_at,
      ends_at: stay.at(-1)!.ends_at,
      nights,
      participants: Object.fromEntries(counted.map((type) => [type.id, input.participants[type.id]])),
      seats: seatsOf(types, input.participants),
      guests: input.guests?.length ? input.guests : null,
      cancellation_policy: experience.cancellation_policy as unknown as CancellationTier[],
      deposit_percent: experience.deposit_percent ?? null,
      locale: (cart as { locale?: string | null }).locale?.startsWith("en") ? "en" : "vi",
      lines: counted.map((type) => ({ variant_id: type.variant_id, quantity: input.participants[type.id] * nights })),
    })
  }
)
