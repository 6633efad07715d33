import { describe, expect, it } from "vitest"
import { parseDisplayId, readOrderLookup } from "../order-lookup"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("parseDisplayId", () => {
  it("reads the number as written in an e-mail, with or without #", () => {
    expect(parseDisplayId("#1042")).toBe(1042)
    expect(parseDisplayId(" 1042 ")).toBe(1042)
    expect(parseDisplayId("ordgrp_1")).toBeNull()
    expect(parseDisplayId("0")).toBeNull()
  })
})

describe("readOrderLookup", () => {
  it("gives the number and phone to look up", () => {
    expect(readOrderLookup(form({ display_id: "#7", phone: " 0912345678 " }))).toEqual({
      display_id: 7,
      phone: "0912345678",
    })
  })

  it("names each missing or malformed field, keeping what was typed", () => {
    expect(readOrderLookup(form({ display_id: "abc", phone: "" }))).toEqual({
      values: { display_id: "abc", phone: "" },
      errors: { display_id: "displayId", phone: "required" },
    })
  })
})
