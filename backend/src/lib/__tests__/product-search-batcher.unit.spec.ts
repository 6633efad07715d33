import { describe, expect, it, vi } from "vitest"
import { createEventBatcher } from "../product-search-batcher"
import { PartEventIds } from "../product-search-events"

const asObject = (events: PartEventIds) => Object.fromEntries([...events].map(([name, ids]) => [name, [...ids].sort()]))

describe("createEventBatcher", () => {
  it("hands the events of one window over as one batch, ids merged per event name", async () => {
    const batches: Record<string, string[]>[] = []
    const add = createEventBatcher(
      async (events) => void batches.push(asObject(events)),
      () => {},
      20
    )
    add({ name: "price.updated", data: { id: "price_1" } })
    add({ name: "price.updated", data: { id: ["price_2", "price_1"] } })
    add({ name: "inventory-level.updated", data: { id: "ilev_1" } })
    expect(batches).toEqual([])
    await vi.waitFor(() =>
      expect(batches).toEqual([{ "price.updated": ["price_1", "price_2"], "inventory-level.updated": ["ilev_1"] }])
    )
  })

  it("opens a new batch for events after the window closed", async () => {
    const batches: Record<string, string[]>[] = []
    const add = createEventBatcher(
      async (events) => void batches.push(asObject(events)),
      () => {},
      10
    )
    add({ name: "price.created", data: { id: "price_1" } })
    await vi.waitFor(() => expect(batches).toHaveLength(1))
    add({ name: "price.created", data: { id: "price_2" } })
    await vi.waitFor(() =>
      expect(batches).toEqual([{ "price.created": ["price_1"] }, { "price.created": ["price_2"] }])
    )
  })

  it("hands over one batch at a time: events that arrive while a refresh runs wait for it and go out together", async () => {
    const batches: Record<string, string[]>[] = []
    let finishFirst!: () => void
    let running = 0
    let mostAtOnce = 0
    const add = createEventBatcher(
      async (events) => {
        running++
        mostAtOnce = Math.max(mostAtOnce, running)
        batches.push(asObject(events))
        if (batches.length === 1) await new Promise<void>((resolve) => (finishFirst = resolve))
        running--
      },
      () => {},
      5
    )
    add({ name: "reservation-item.created", data: { id: "res_1" } })
    await vi.waitFor(() => expect(batches).toHaveLength(1))
    add({ name: "reservation-item.created", data: { id: "res_2" } })
    await new Promise((r) => setTimeout(r, 20))
    add({ name: "reservation-item.updated", data: { id: "res_3" } })
    await new Promise((r) => setTimeout(r, 20))
    expect(batches).toHaveLength(1)
    finishFirst()
    await vi.waitFor(() =>
      expect(batches).toEqual([
        { "reservation-item.created": ["res_1"] },
        { "reservation-item.created": ["res_2"], "reservation-item.updated": ["res_3"] },
      ])
    )
    expect(mostAtOnce).toBe(1)
  })

  it("reports a failed flush instead of throwing it at nobody", async () => {
    const errors: string[] = []
    const add = createEventBatcher(
      async () => {
        throw new Error("database gone")
      },
      (error) => errors.push(error.message),
      10
    )
    add({ name: "price.updated", data: { id: "a" } })
    await vi.waitFor(() => expect(errors).toEqual(["database gone"]))
  })
})
