import { describe, expect, it, vi } from "vitest"
import { createEventBatcher } from "../product-search-batcher"
import { PartEventIds } from "../product-search-events"

const asObject = (events: PartEventIds) => Object.fromEntries([...events].map(([name, ids]) => [name, [...ids].sort()]))

describe("createEventBatcher", () => {
  it("hands the events of one window over as one batch, ids merged per event name", async () => {
    const batches: Record<string, string[]>[] = []
    const add = createEventBatcher(async (events) => void batches.push(asObject(events)), () => {}, 20)
    add({ name: "price.updated", data: { id: "price_1" } })
    add({ name: "price.updated", data: { id: ["price_2", "price_1"] } })
    add({ name: "inventory-level.updated", data: { id: "ilev_1" } })
    expect(batches).toEqual([])
    await vi.waitFor(() => expect(batches).toEqual([{ "price.updated": ["price_1", "price_2"], "inventory-level.updated": ["ilev_1"] }]))
  })

  it("opens a new batch for events after the window closed", async () => {
    const batches: Record<string, string[]>[] = []
    const add = createEventBatcher(async (events) => void batches.push(asObject(events)), () => {}, 10)
    add({ name: "price.created", data: { id: "price_1" } })
    await vi.waitFor(() => expect(batches).toHaveLength(1))
    add({ name: "price.created", data: { id: "price_2" } })
    await vi.waitFor(() => expect(batches).toEqual([{ "price.created": ["price_1"] }, { "price.created": ["price_2"] }]))
  })

  it("reports a failed flush instead of throwing it at nobody", async () => {
    const errors: string[] = []
    const add = createEventBatcher(async () => {
      throw new Error("database gone")
    }, (error) => errors.push(error.message), 10)
    add({ name: "price.updated", data: { id: "a" } })
    await vi.waitFor(() => expect(errors).toEqual(["database gone"]))
  })
})
