import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { BackendError } from "../../backend-error"
import { bookingErrorState } from "../booking-errors"

const refusal = (status: number, message: string, code?: string, field?: string) =>
  new BackendError(message, "", status, code, field)

describe("bookingErrorState", () => {
  it("tells the race for the last places and a closed session apart by code", () => {
    expect(bookingErrorState(refusal(409, "session_id: full", "session_full"))).toEqual({
      status: "error",
      error: "sessionFull",
    })
    expect(bookingErrorState(refusal(400, "session_id: past its cut-off", "session_not_bookable"))).toEqual({
      status: "error",
      error: "sessionNotBookable",
    })
    expect(bookingErrorState(refusal(400, "guests: missing", "booking_guests_missing")).status).toBe("error")
  })

  it("names the field a 400 names, from `field` or the message's start", () => {
    expect(bookingErrorState(refusal(400, "participants.pt_1: needs an adult in the same booking"))).toEqual({
      status: "error",
      error: "participants",
      field: "participants.pt_1",
    })
    expect(bookingErrorState(refusal(400, "Invalid request", undefined, "nights"))).toEqual({
      status: "error",
      error: "nights",
      field: "nights",
    })
    expect(bookingErrorState(refusal(400, "guests[0].phone: a Vietnamese phone number"))).toMatchObject({
      error: "guests",
      field: "guests[0].phone",
    })
    expect(bookingErrorState(refusal(400, "session_id: required"))).toMatchObject({ error: "session" })
  })

  it("reads a 409 without a code as a full session, a 404 as gone, anything else as generic", () => {
    expect(bookingErrorState(new FetchError("Conflict", "Conflict", 409))).toMatchObject({ error: "sessionFull" })
    expect(bookingErrorState(new FetchError("Not found", "Not Found", 404))).toMatchObject({ error: "unavailable" })
    expect(bookingErrorState(new FetchError("boom", "Internal", 500))).toMatchObject({ error: "generic" })
    expect(bookingErrorState(new TypeError("fetch failed"))).toMatchObject({ error: "generic" })
    expect(bookingErrorState(refusal(400, "something else entirely"))).toMatchObject({ error: "generic" })
  })
})
