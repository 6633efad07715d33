import { describe, expect, it } from "vitest"
import { PendingWrites } from "../pending-writes"

describe("PendingWrites", () => {
  it("keeps only the latest write of each document", () => {
    const pending = new PendingWrites()
    pending.keepUpserts("product", "id", [
      { id: "a", price: 1 },
      { id: "b", price: 1 },
    ])
    pending.keepUpserts("product", "id", [{ id: "a", price: 2 }])
    pending.keepDeletes("product", "id", ["b"])
    expect(pending.size).toBe(2)
    expect(pending.drain()).toEqual([
      { index: "product", primaryKey: "id", upserts: [{ id: "a", price: 2 }], deletes: ["b"] },
    ])
    expect(pending.size).toBe(0)
  })

  it("forgets what a later successful write replaced", () => {
    const pending = new PendingWrites()
    pending.keepUpserts("product", "id", [{ id: "a" }, { id: "b" }])
    pending.forget("product", ["a"])
    expect(pending.drain()).toEqual([{ index: "product", primaryKey: "id", upserts: [{ id: "b" }], deletes: [] }])
  })
})
