import { describe, expect, it } from "vitest"
import type { ExperienceCalendarDay } from "@ocop/shared"
import { moveOptions } from "../move-options"

const session = (id: string, vacancies: number, bookable = true) => ({
  id,
  starts_at: `2027-01-0${id.slice(-1)}T01:00:00.000Z`,
  ends_at: `2027-01-0${id.slice(-1)}T04:00:00.000Z`,
  capacity: 8,
  vacancies,
  status: "open" as const,
  bookable,
})

describe("moveOptions", () => {
  it("offers the other bookable sessions with room for every place of the booking", () => {
    const calendar: ExperienceCalendarDay[] = [
      { date: "2027-01-01", status: "available", sessions: [session("s1", 8), session("s2", 2)] },
      { date: "2027-01-03", status: "closed", sessions: [session("s3", 8, false)] },
      { date: "2027-01-04", status: "few_left", sessions: [session("s4", 3)] },
    ]
    expect(moveOptions(calendar, { session_id: "s1", seats: 3 }).map((option) => option.id)).toEqual(["s4"])
    expect(moveOptions(calendar, { session_id: "s4", seats: 2 }).map((option) => option.id)).toEqual(["s1", "s2"])
    expect(moveOptions([], { session_id: "s1", seats: 1 })).toEqual([])
  })
})
