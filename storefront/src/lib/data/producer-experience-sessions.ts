"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { BookingView } from "@ocop/shared"
import { errorCode } from "../backend-error"
import { checkInAnswerOf, voucherCode } from "../experience-host/check-in"
import type { CheckInState } from "../experience-host/check-in-state"
import type { HostFormState } from "../experience-host/host-form-state"
import { refusedHostForm } from "../experience-host/refused-host-form"
import { monthRange, previewRule, readRuleFields, weeklyRule } from "../experience-host/session-rule"
import type { HostExperience, HostSession, HostSessionDetail, SessionGuestList } from "../experience-host/types"
import { invalidatePortal } from "../producer-portal/invalidate-portal"
import { isStatus, producerFetch } from "../producer-portal/producer-api"

const ID = /^[a-z]+_[A-Za-z0-9]+$/
const idOf = (formData: FormData, name: string) => {
  const id = String(formData.get(name) ?? "")
  return ID.test(id) ? id : null
}

/** The experience's sessions starting in a month ("2026-12"), with places taken and left. */
export async function listHostSessions(experienceId: string, month: string): Promise<HostSession[]> {
  const { sessions } = await producerFetch<{ sessions: HostSession[] }>(
    `/producer/experiences/${experienceId}/sessions`,
    { query: monthRange(month) }
  )
  return sessions
}

/** One of the host's sessions with its experience's id, or null for one that is not its own (the backend's 404). */
export async function retrieveHostSession(sessionId: string): Promise<HostSessionDetail | null> {
  if (!ID.test(sessionId)) return null
  try {
    return await producerFetch<HostSessionDetail>(`/producer/experience-sessions/${sessionId}`)
  } catch (error) {
    if (isStatus(error, 404)) return null
    throw error
  }
}

/** A session's guest list, or null for a session that is not the host's own (the backend's 404). */
export async function retrieveSessionGuestList(sessionId: string): Promise<SessionGuestList | null> {
  if (!ID.test(sessionId)) return null
  try {
    return await producerFetch<SessionGuestList>(`/producer/experience-sessions/${sessionId}/bookings`)
  } catch (error) {
    if (isStatus(error, 404)) return null
    throw error
  }
}

/** Sessions from a weekly rule; the rule is checked with `weeklySessions` (at most 1,000) before it is sent. */
export async function generateHostSessions(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const experienceId = idOf(formData, "experience_id")
  const fields = readRuleFields(formData)
  const values = { ...fields, weekdays: fields.weekdays.join(",") }
  if (!experienceId) return { values, errors: {}, error: "generic" }
  const { errors, tooMany } = previewRule(fields, new Date())
  if (tooMany) return { values, errors: {}, error: "fixFields", refusal: "tooManySessions" }
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  let created: number
  try {
    ;({ count: created } = await producerFetch<{ count: number }>(`/producer/experiences/${experienceId}/sessions`, {
      method: "POST",
      body: { rule: weeklyRule(fields) },
    }))
  } catch (error) {
    return refusedHostForm(error, values, (field) => field.replace(/^rule\./, ""))
  }
  invalidatePortal()
  return { values, errors: {}, saved: true, created }
}

/** A session's new capacity (never below what is booked: the backend's 409), or it closes or reopens. */
export async function updateHostSession(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const sessionId = idOf(formData, "session_id")
  const intent = String(formData.get("intent") ?? "")
  const values = { capacity: String(formData.get("capacity") ?? "").trim() }
  if (!sessionId) return { values, errors: {}, error: "generic" }
  let body: { capacity: number } | { status: "open" | "closed" }
  if (intent === "open" || intent === "closed") body = { status: intent }
  else if (/^\d{1,5}$/.test(values.capacity) && Number(values.capacity) >= 1 && Number(values.capacity) <= 10_000) {
    body = { capacity: Number(values.capacity) }
  } else return { values, errors: { capacity: "capacity" }, error: "fixFields" }
  try {
    await producerFetch(`/producer/experience-sessions/${sessionId}`, { method: "POST", body })
  } catch (error) {
    return refusedHostForm(error, values)
  }
  invalidatePortal()
  return { values, errors: {}, saved: true }
}

/** The host cancels a session: everyone booked on it is refunded in full and told by e-mail. */
export async function cancelHostSession(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const sessionId = idOf(formData, "session_id")
  const values = { reason: String(formData.get("reason") ?? "").trim() }
  if (!sessionId) return { values, errors: {}, error: "generic" }
  if (!values.reason) return { values, errors: { reason: "required" }, error: "fixFields" }
  if (values.reason.length > 500) return { values, errors: { reason: "tooLong" }, error: "fixFields" }
  try {
    await producerFetch(`/producer/experience-sessions/${sessionId}/cancel`, { method: "POST", body: values })
  } catch (error) {
    return refusedHostForm(error, values)
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

/**
 * Checks a voucher in by its code (typed, or read from its QR by the camera). The answer is worded
 * from the backend's code: checked in (with the guest, the participants and the session), already
 * checked in, or a voucher this host cannot use.
 */
export async function checkInVoucher(_previous: CheckInState, formData: FormData): Promise<CheckInState> {
  const typed = String(formData.get("code") ?? "").trim()
  const code = voucherCode(typed)
  if (!code) return { typed, answer: "badCode" }
  let booking: BookingView
  try {
    ;({ booking } = await producerFetch<{ booking: BookingView }>("/producer/bookings/check-in", {
      method: "POST",
      body: { code },
    }))
  } catch (error) {
    const answer = checkInAnswerOf(errorCode(error), error instanceof FetchError ? error.status : undefined)
    if (answer === "generic") console.error("Check-in failed", error)
    return { typed, answer }
  }
  // The participants are counted by type id; their names and the session's title are the experience's.
  const experience = await producerFetch<{ experience: HostExperience }>(
    `/producer/experiences/${booking.experience_id}`
  )
    .then((answer) => answer.experience)
    .catch(() => null)
  invalidatePortal()
  return {
    typed: "",
    answer: "checkedIn",
    checkedIn: {
      guest: booking.guests[0]?.name ?? null,
      starts_at: booking.starts_at,
      title_vi: experience?.title_vi ?? null,
      title_en: experience?.title_en ?? null,
      participants: Object.entries(booking.participants)
        .filter(([, count]) => count > 0)
        .map(([typeId, count]) => {
          const type = experience?.participant_types.find((candidate) => candidate.id === typeId)
          return { name_vi: type?.name_vi ?? null, name_en: type?.name_en ?? null, count }
        }),
      due_on_arrival: booking.due_on_arrival || null,
    },
  }
}

/** The host accepts a booking of an on-request experience: it is confirmed and its voucher usable. */
export async function acceptHostBooking(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const bookingId = idOf(formData, "booking_id")
  if (!bookingId) return { values: {}, errors: {}, error: "generic" }
  try {
    await producerFetch(`/producer/bookings/${bookingId}/accept`, { method: "POST", body: {} })
  } catch (error) {
    return refusedHostForm(error, {})
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

/** The host declines a booking with a reason: the guest is refunded in full and told why. */
export async function declineHostBooking(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const bookingId = idOf(formData, "booking_id")
  const values = { reason: String(formData.get("reason") ?? "").trim() }
  if (!bookingId) return { values, errors: {}, error: "generic" }
  if (!values.reason) return { values, errors: { reason: "required" }, error: "fixFields" }
  if (values.reason.length > 500) return { values, errors: { reason: "tooLong" }, error: "fixFields" }
  try {
    await producerFetch(`/producer/bookings/${bookingId}/decline`, { method: "POST", body: values })
  } catch (error) {
    return refusedHostForm(error, values)
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}
