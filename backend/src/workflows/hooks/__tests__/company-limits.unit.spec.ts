import type { MedusaContainer } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { spentThisMonth } from "../company-limits"

type Order = { id: string; status: string; total: number; metadata?: { parent_order_id?: string } | null }

/** A container whose query answers these orders, and records the filters it was asked with. */
function containerWith(orders: Order[]) {
  const asked: unknown[] = []
  const query = {
    graph: async (request: { filters: unknown }) => {
      asked.push(request.filters)
      return { data: orders }
    },
  }
  return { container: { resolve: () => query } as unknown as MedusaContainer, asked }
}

describe("spentThisMonth", () => {
  it("counts a split checkout once: its producer orders, not its parent", async () => {
    const { container } = containerWith([
      { id: "order_parent", status: "pending", total: 300_000 },
      { id: "order_a", status: "pending", total: 100_000, metadata: { parent_order_id: "order_parent" } },
      { id: "order_b", status: "pending", total: 200_000, metadata: { parent_order_id: "order_parent" } },
    ])
    expect(await spentThisMonth(container, "cus_1")).toBe(300_000)
  })

  it("leaves out cancelled producer orders, and counts a parent whose split is not done yet", async () => {
    const { container } = containerWith([
      { id: "order_parent", status: "pending", total: 300_000 },
      { id: "order_a", status: "canceled", total: 100_000, metadata: { parent_order_id: "order_parent" } },
      { id: "order_b", status: "pending", total: 200_000, metadata: { parent_order_id: "order_parent" } },
      { id: "order_unsplit", status: "pending", total: 50_000, metadata: null },
    ])
    expect(await spentThisMonth(container, "cus_1")).toBe(250_000)
  })

  it("asks only for the customer's orders since the month began in Vietnam", async () => {
    const { container, asked } = containerWith([])
    await spentThisMonth(container, "cus_1", new Date("2026-03-31T18:00:00Z"))
    expect(asked).toEqual([{ customer_id: "cus_1", created_at: { $gte: new Date("2026-03-31T17:00:00Z") } }])
  })
})
