import { describe, expect, it } from "vitest"
import { participantProblems, type ExperienceParticipantTypeView } from "@ocop/shared"
import { canAddOne, emptyCounts, pickerDeposit, pickerProblems, pickerTotal, stepCount } from "../participant-picker"

const type = (id: string, kind: ExperienceParticipantTypeView["kind"], price: number | null, extra = {}) =>
  ({
    id,
    kind,
    name_vi: id,
    name_en: null,
    min_age: null,
    max_age: null,
    needs_adult: false,
    seats: 1,
    variant_id: `variant-${id}`,
    price,
    ...extra,
  }) as ExperienceParticipantTypeView

const adult = type("adult", "adult", 450_000)
const child = type("child", "child", 250_000, { needs_adult: true, min_age: 6, max_age: 11 })
const group = type("group", "group", 3_000_000, { seats: 10 })
const types = [adult, child]
const rules = { min_participants: 2 }

describe("stepCount and canAddOne", () => {
  it("never goes below zero", () => {
    expect(stepCount({ adult: 0 }, "adult", -1)).toEqual({ adult: 0 })
    expect(stepCount(emptyCounts(types), "child", 1)).toEqual({ adult: 0, child: 1 })
  })

  it("stops adding where the session's places run out, adults and children against one capacity", () => {
    expect(canAddOne(types, { adult: 2, child: 0 }, "child", 3)).toBe(true)
    expect(canAddOne(types, { adult: 2, child: 1 }, "adult", 3)).toBe(false)
    expect(canAddOne([adult, group], { group: 0 }, "group", 9)).toBe(false)
  })
})

describe("pickerProblems", () => {
  it("asks for someone first", () => {
    expect(pickerProblems(types, emptyCounts(types), rules, 10)).toEqual([{ key: "none" }])
  })

  it("explains that a child needs an adult and the session's minimum", () => {
    expect(pickerProblems(types, { adult: 0, child: 1 }, rules, 10)).toEqual([
      { key: "belowMinimum", min: 2 },
      { key: "needsAdult", typeId: "child" },
    ])
  })

  it("refuses more places than are left", () => {
    expect(pickerProblems(types, { adult: 2, child: 1 }, rules, 2)).toEqual([{ key: "overVacancies", left: 2 }])
  })

  it("lets a private group book below the minimum", () => {
    expect(pickerProblems([adult, group], { group: 1 }, { min_participants: 4 }, 10)).toEqual([])
  })

  it("agrees with the backend's shared rule on every small choice", () => {
    for (let adults = 0; adults <= 3; adults++) {
      for (let children = 0; children <= 3; children++) {
        const counts = { adult: adults, child: children }
        const picker = pickerProblems(types, counts, rules, 100).length === 0
        const shared = participantProblems(types, counts, rules).length === 0
        expect(picker, `${adults} adults, ${children} children`).toBe(shared)
      }
    }
  })
})

describe("pickerTotal", () => {
  it("prices participants, and a homestay's rooms per night", () => {
    expect(pickerTotal(types, { adult: 2, child: 1 }, "farm_tour", 1)).toBe(1_150_000)
    const room = type("room", "room", 600_000)
    expect(pickerTotal([room], { room: 2 }, "homestay", 3)).toBe(3_600_000)
    expect(pickerTotal([type("free", "adult", null)], { free: 1 }, "village_visit", 1)).toBeNull()
  })
})

describe("pickerDeposit", () => {
  // The demo longhouse homestay: 390.000 ₫ an adult, 190.000 ₫ a child, a night; 30 % deposit.
  const longhouse = [type("adult", "adult", 390_000), type("child", "child", 190_000)]

  it("splits the choice as the cart will: each unit's deposit rounded up to 1.000 ₫, times the nights", () => {
    expect(pickerDeposit(longhouse, { adult: 2, child: 1 }, "homestay", 1, 30)).toEqual({
      deposit: 291_000,
      due: 679_000,
    })
    expect(pickerDeposit(longhouse, { adult: 2, child: 1 }, "homestay", 2, 30)).toEqual({
      deposit: 582_000,
      due: 1_358_000,
    })
    expect(pickerDeposit([type("adult", "adult", 250_500)], { adult: 1 }, "farm_tour", 3, 30)).toEqual({
      deposit: 76_000,
      due: 174_500,
    })
  })

  it("is null without a deposit, without anyone picked, or without a price", () => {
    expect(pickerDeposit(longhouse, { adult: 2 }, "homestay", 1, null)).toBeNull()
    expect(pickerDeposit(longhouse, { adult: 0 }, "homestay", 1, 30)).toBeNull()
    expect(pickerDeposit([type("adult", "adult", null)], { adult: 1 }, "farm_tour", 1, 30)).toBeNull()
  })
})
