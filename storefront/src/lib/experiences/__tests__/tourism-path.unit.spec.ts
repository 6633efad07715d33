import { describe, expect, it } from "vitest"
import { pathInLocale, TOURISM_PATHS } from "../tourism-path"

describe("pathInLocale", () => {
  it("renames the tourism landing in the other language and keeps every other path", () => {
    expect(TOURISM_PATHS).toEqual({ vi: "/du-lich", en: "/tourism" })
    expect(pathInLocale("/du-lich", "en")).toBe("/tourism")
    expect(pathInLocale("/tourism", "vi")).toBe("/du-lich")
    expect(pathInLocale("/products/mat-ong", "en")).toBe("/products/mat-ong")
  })
})
