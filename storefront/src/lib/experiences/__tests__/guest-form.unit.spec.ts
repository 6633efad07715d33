import { describe, expect, it } from "vitest"
import { guestFieldErrors, guestRowCount, guestRowsFromForm, guestsOf, MAX_GUEST_ROWS } from "../guest-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("guestRowsFromForm", () => {
  it("keeps a Vietnamese guest's phone and a foreign guest's passport, each row at its place", () => {
    const rows = guestRowsFromForm(
      form({
        "guests[0].name": " Lò Thị Mai ",
        "guests[0].nationality": "VN",
        "guests[0].phone": "0912 345.678",
        "guests[0].passport_number": "ignored",
        "guests[1].nationality": "VN",
        "guests[2].name": "Anna Müller",
        "guests[2].nationality": "de",
        "guests[2].phone": "ignored",
        "guests[2].passport_number": "c01x00t47",
      }),
      3
    )
    expect(rows).toEqual([
      { name: "Lò Thị Mai", nationality: "VN", phone: "0912345678", passport_number: null },
      null,
      { name: "Anna Müller", nationality: "DE", phone: null, passport_number: "C01X00T47" },
    ])
    expect(guestsOf(rows)).toHaveLength(2)
  })

  it("always keeps the lead guest's row, even empty", () => {
    expect(guestRowsFromForm(form({}), 1)).toEqual([{ name: "", nationality: "", phone: null, passport_number: "" }])
  })
})

describe("guestFieldErrors", () => {
  it("names each problem by its input, with the row it was typed in", () => {
    const rows = guestRowsFromForm(
      form({
        "guests[0].name": "",
        "guests[0].nationality": "VN",
        "guests[0].phone": "12345",
        "guests[2].name": "John Smith",
        "guests[2].nationality": "GB",
        "guests[2].passport_number": "",
      }),
      3
    )
    expect(guestFieldErrors(rows)).toEqual({
      "guests[0].name": "name",
      "guests[0].phone": "phone",
      "guests[2].passport_number": "passport",
    })
  })

  it("finds nothing wrong with complete guests", () => {
    const rows = guestRowsFromForm(
      form({ "guests[0].name": "Mai", "guests[0].nationality": "VN", "guests[0].phone": "+84912345678" }),
      1
    )
    expect(guestFieldErrors(rows)).toEqual({})
  })
})

describe("guestRowCount", () => {
  const types = [
    { id: "a", kind: "adult" as const },
    { id: "c", kind: "child" as const },
    { id: "r", kind: "room" as const },
  ]

  it("offers a row per adult and child, at least one, never fewer than the guests given", () => {
    expect(guestRowCount(types, { a: 2, c: 1 }, 0)).toBe(3)
    expect(guestRowCount(types, { r: 2 }, 0)).toBe(1)
    expect(guestRowCount(types, { r: 2 }, 4)).toBe(4)
    expect(guestRowCount(types, { a: 500 }, 0)).toBe(MAX_GUEST_ROWS)
  })
})
