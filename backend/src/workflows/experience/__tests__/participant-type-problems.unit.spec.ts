import { describe, expect, it } from "vitest"
import { participantTypeProblems } from "../steps/validate-experience"

const adult = { kind: "adult" as const, name_vi: "Người lớn", price: 250000 }
const room = { kind: "room" as const, name_vi: "Phòng đôi", price: 450000 }

describe("participantTypeProblems", () => {
  it("accepts adults and children for a tour, rooms and a whole-house group or guests for a homestay", () => {
    const child = { kind: "child" as const, name_vi: "Trẻ em", min_age: 6, max_age: 11, needs_adult: true, price: 1 }
    expect(participantTypeProblems("farm_tour", [adult, child])).toEqual([])
    expect(participantTypeProblems("homestay", [adult, child])).toEqual([])
    expect(
      participantTypeProblems("homestay", [room, { kind: "group", name_vi: "Cả nhà", seats: 6, price: 1 }])
    ).toEqual([])
  })

  it("names the type that does not fit the kind", () => {
    expect(participantTypeProblems("homestay", [room, adult])).toEqual([
      "participant_types[1].kind: a homestay is priced by the room or by the guest, not both",
    ])
    expect(participantTypeProblems("cooking_class", [adult, room])[0]).toMatch(/^participant_types\[1\]\.kind: /)
  })

  it("refuses a group of one, an age range upside down, a repeated name and children alone", () => {
    expect(participantTypeProblems("village_visit", [{ kind: "group", name_vi: "Nhóm", seats: 1, price: 1 }])).toEqual([
      "participant_types[0].seats: a private group takes 2 places or more",
    ])
    expect(
      participantTypeProblems("farm_tour", [
        adult,
        { kind: "child", name_vi: "Trẻ", min_age: 12, max_age: 6, price: 1 },
      ])
    ).toEqual(["participant_types[1].max_age: at least min_age"])
    expect(participantTypeProblems("farm_tour", [adult, { ...adult }])).toEqual([
      "participant_types[1].name_vi: two participant types have this name",
    ])
    expect(participantTypeProblems("farm_tour", [{ kind: "child", name_vi: "Trẻ", price: 1 }])).toEqual([
      "participant_types: needs an adult, a room or a private group type",
    ])
  })
})
