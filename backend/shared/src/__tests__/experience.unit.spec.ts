import { describe, expect, it } from "vitest"
import {
  bookingMoney,
  cancellationPolicyProblems,
  dayStatus,
  DEFAULT_CANCELLATION_POLICY,
  depositOf,
  depositProblems,
  dueOnArrival,
  guestProblems,
  MAX_GENERATED_SESSIONS,
  participantProblems,
  refundAmount,
  refundPercent,
  seatsOf,
  sessionBookable,
  weeklySessions,
} from "../experience"

const DAY = 24 * 60 * 60 * 1000
const startsAt = new Date("2027-01-20T01:00:00Z")

describe("depositOf and dueOnArrival", () => {
  it("takes the whole price online without a deposit", () => {
    expect(depositOf(450_000, null)).toBe(450_000)
    expect(depositOf(450_000, undefined)).toBe(450_000)
    expect(dueOnArrival(450_000, null)).toBe(0)
  })

  it("rounds the deposit up to whole thousands of đồng", () => {
    expect(depositOf(450_000, 30)).toBe(135_000)
    expect(depositOf(350_500, 30)).toBe(106_000) // 105 150 → 106 000
    expect(depositOf(333_333, 10)).toBe(34_000) // 33 333,3 → 34 000
    expect(dueOnArrival(350_500, 30)).toBe(244_500)
  })

  it("keeps an exact thousand as it is", () => {
    expect(depositOf(1_000_000, 25)).toBe(250_000)
    expect(depositOf(100_000, 1)).toBe(1_000)
  })

  it("takes at least a thousand at 1 % and never the whole price at 99 % of a large one", () => {
    expect(depositOf(50_000, 1)).toBe(1_000)
    expect(depositOf(1_250_000, 99)).toBe(1_238_000) // 1 237 500 → 1 238 000
    expect(dueOnArrival(1_250_000, 99)).toBe(12_000)
  })

  it("never asks more than the price itself for a small price", () => {
    expect(depositOf(500, 30)).toBe(500) // 150 → 1 000, above the price
    expect(depositOf(1_500, 90)).toBe(1_500) // 1 350 → 2 000, above the price
    expect(dueOnArrival(1_500, 90)).toBe(0)
    expect(depositOf(99_500, 99)).toBe(99_000) // 98 505 → 99 000, still below the price
  })

  it("is 0 of a free participant type", () => {
    expect(depositOf(0, 30)).toBe(0)
    expect(dueOnArrival(0, 30)).toBe(0)
  })
})

describe("bookingMoney", () => {
  it("adds each line's deposit and remainder, per unit, times its quantity", () => {
    const lines = [
      { unit_price: 450_000, quantity: 2 },
      { unit_price: 250_500, quantity: 1 },
    ]
    expect(bookingMoney(lines, 30)).toEqual({ total: 1_150_500, deposit_total: 346_000, due_on_arrival: 804_500 })
    expect(bookingMoney(lines, null)).toEqual({ total: 1_150_500, deposit_total: 1_150_500, due_on_arrival: 0 })
  })
})

describe("depositProblems", () => {
  it("takes none, or a whole percentage from 1 to 99", () => {
    expect(depositProblems({ deposit_percent: null })).toEqual([])
    expect(depositProblems({ deposit_percent: 1 })).toEqual([])
    expect(depositProblems({ deposit_percent: 99 })).toEqual([])
    for (const percent of [0, 100, 150, -5, 30.5]) {
      expect(depositProblems({ deposit_percent: percent })).toEqual([
        "deposit_percent: a whole percentage from 1 to 99, or none",
      ])
    }
  })

  it("refuses a deposit on an experience paid on arrival", () => {
    expect(depositProblems({ deposit_percent: 30, pay_on_arrival: true })[0]).toMatch(/^deposit_percent: /)
    expect(depositProblems({ deposit_percent: null, pay_on_arrival: true })).toEqual([])
  })
})

describe("refundPercent", () => {
  it("gives each tier up to and including its deadline, and nothing after the last", () => {
    const at = (ms: number) => new Date(startsAt.getTime() - ms)
    expect(refundPercent(DEFAULT_CANCELLATION_POLICY, startsAt, at(7 * DAY))).toBe(100)
    expect(refundPercent(DEFAULT_CANCELLATION_POLICY, startsAt, at(7 * DAY - 1))).toBe(50)
    expect(refundPercent(DEFAULT_CANCELLATION_POLICY, startsAt, at(2 * DAY))).toBe(50)
    expect(refundPercent(DEFAULT_CANCELLATION_POLICY, startsAt, at(2 * DAY - 1))).toBe(0)
    expect(refundPercent([], startsAt, at(30 * DAY))).toBe(0)
  })

  it("rounds a refund down to the đồng", () => {
    expect(refundAmount(333_333, DEFAULT_CANCELLATION_POLICY, startsAt, new Date(startsAt.getTime() - 3 * DAY))).toBe(
      166_666
    )
  })
})

describe("cancellationPolicyProblems", () => {
  it("accepts the default and refuses tiers out of order or out of range", () => {
    expect(cancellationPolicyProblems(DEFAULT_CANCELLATION_POLICY)).toEqual([])
    expect(
      cancellationPolicyProblems([
        { days_before: 2, refund_percent: 50 },
        { days_before: 7, refund_percent: 100 },
      ])
    ).toEqual([
      "cancellation_policy[1].days_before: tiers go from the most days before the start to the fewest",
      "cancellation_policy[1].refund_percent: a later cancellation cannot get more back",
    ])
    expect(cancellationPolicyProblems([{ days_before: -1, refund_percent: 120 }])).toHaveLength(2)
  })
})

describe("participantProblems", () => {
  const types = [
    { id: "adult", kind: "adult" as const, needs_adult: false, seats: 1 },
    { id: "child", kind: "child" as const, needs_adult: true, seats: 1 },
    { id: "group", kind: "group" as const, needs_adult: false, seats: 10 },
  ]

  it("counts adults and children against one capacity", () => {
    expect(participantProblems(types, { adult: 2, child: 1 }, { min_participants: 1 })).toEqual([])
    expect(seatsOf(types, { adult: 2, child: 1 })).toBe(3)
    expect(seatsOf(types, { group: 1 })).toBe(10)
  })

  it("refuses a child without an adult, too few participants, unknown types and bad counts", () => {
    expect(participantProblems(types, { child: 2 }, { min_participants: 1 })).toEqual([
      "participants.child: needs an adult in the same booking",
    ])
    expect(participantProblems(types, { adult: 1 }, { min_participants: 2 })).toEqual([
      "participants: at least 2 participants",
    ])
    expect(participantProblems(types, { senior: 1 }, { min_participants: 1 })).toEqual([
      "participants.senior: not a participant type of this experience",
    ])
    expect(participantProblems(types, { adult: 1.5 }, { min_participants: 1 })).toEqual([
      "participants.adult: a whole number from 0",
    ])
    expect(participantProblems(types, {}, { min_participants: 1 })).toEqual([
      "participants: choose at least one participant",
    ])
  })
})

describe("guestProblems", () => {
  it("asks Vietnamese guests for a phone and foreign guests for a passport", () => {
    expect(
      guestProblems([
        { name: "Nguyễn Văn A", nationality: "VN", phone: "0912 345 678" },
        { name: "Anna Schmidt", nationality: "DE", passport_number: "C01X00T47" },
      ])
    ).toEqual([])
    expect(
      guestProblems([
        { name: "Nguyễn Văn A", nationality: "VN" },
        { name: "Anna Schmidt", nationality: "DE" },
      ])
    ).toEqual([
      "guests[0].phone: a Vietnamese phone number",
      "guests[1].passport_number: required for a foreign guest (6–12 letters and digits)",
    ])
  })
})

describe("dayStatus", () => {
  it("says few left under 20 % of the places, sold out at none, closed without a bookable session", () => {
    expect(dayStatus([{ capacity: 10, vacancies: 2, bookable: true }])).toBe("available")
    expect(dayStatus([{ capacity: 10, vacancies: 1, bookable: true }])).toBe("few_left")
    expect(dayStatus([{ capacity: 10, vacancies: 0, bookable: true }])).toBe("sold_out")
    expect(dayStatus([{ capacity: 10, vacancies: 10, bookable: false }])).toBe("closed")
    expect(dayStatus([])).toBe("closed")
  })

  it("lets a session be booked until its cut-off only while open", () => {
    const now = new Date(startsAt.getTime() - 24 * 60 * 60 * 1000)
    expect(sessionBookable({ starts_at: startsAt, status: "open" }, 24, now)).toBe(true)
    expect(sessionBookable({ starts_at: startsAt, status: "open" }, 25, now)).toBe(false)
    expect(sessionBookable({ starts_at: startsAt, status: "closed" }, 0, now)).toBe(false)
  })
})

describe("weeklySessions", () => {
  const now = new Date("2027-01-01T00:00:00Z")
  const rule = {
    from: "2027-01-04",
    to: "2027-01-17",
    weekdays: [1, 3],
    times: ["08:00"],
    duration_minutes: 180,
    capacity: 12,
  }

  it("makes a session on each chosen weekday at the Vietnam time given", () => {
    const { sessions, problems } = weeklySessions(rule, now)
    expect(problems).toEqual([])
    expect(sessions.map((session) => session.starts_at.toISOString())).toEqual([
      "2027-01-04T01:00:00.000Z",
      "2027-01-06T01:00:00.000Z",
      "2027-01-11T01:00:00.000Z",
      "2027-01-13T01:00:00.000Z",
    ])
    expect(sessions[0].ends_at.toISOString()).toBe("2027-01-04T04:00:00.000Z")
  })

  it("refuses a rule of more than the maximum sessions, a past start and bad fields", () => {
    const daily = { ...rule, to: "2030-12-31", weekdays: [0, 1, 2, 3, 4, 5, 6] }
    expect(weeklySessions(daily, now).problems).toEqual([
      `rule: makes more than ${MAX_GENERATED_SESSIONS} sessions; shorten the range`,
    ])
    expect(weeklySessions(rule, new Date("2027-02-01T00:00:00Z")).problems).toEqual([
      "rule.from: sessions must start in the future",
    ])
    expect(weeklySessions({ ...rule, from: "2027-02-30", times: ["25:00"] }, now).problems).toEqual([
      "rule.from: a day as YYYY-MM-DD",
      "rule.times: times as HH:MM",
    ])
  })
})
