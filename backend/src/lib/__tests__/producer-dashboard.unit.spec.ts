import { describe, expect, it } from "vitest"
import { startOfVietnamDay } from "@ocop/shared"
import { salesSince } from "../producer-dashboard"

const SHIPPING = 30_000
// A paid bank transfer unless told otherwise: goods worth `goods`, plus the shipping fee.
const order = (created_at: string, goods: number, status = "pending") => ({
  order: { id: created_at, status, item_total: goods, total: goods + SHIPPING, created_at },
  payment: { id: "pay", provider_id: "pp_vietqr_vietqr", amount: 10_000_000, captures: [{ amount: 10_000_000 }] },
})

describe("startOfVietnamDay", () => {
  it("starts the Vietnamese day at 17:00 UTC the day before", () => {
    expect(startOfVietnamDay(new Date("2026-12-03T16:59:00Z")).toISOString()).toBe("2026-12-02T17:00:00.000Z")
    expect(startOfVietnamDay(new Date("2026-12-03T17:00:00Z")).toISOString()).toBe("2026-12-03T17:00:00.000Z")
  })
})

describe("salesSince", () => {
  const now = new Date("2026-12-03T18:00:00Z") // 01:00 on 4 December in Hà Nội
  const orders = [
    order("2026-12-03T17:30:00Z", 100_000), // today in Vietnam, yesterday in UTC
    order("2026-12-03T16:30:00Z", 200_000), // yesterday in Vietnam
    order("2026-11-27T17:00:00Z", 300_000), // the first instant of the 7-day window
    order("2026-11-27T16:59:59Z", 400_000), // just before it
    order("2026-12-03T17:45:00Z", 999_000, "canceled"),
  ]

  it("counts today's orders by the Vietnamese calendar, cancelled ones left out", () => {
    expect(salesSince(orders, now, 1)).toEqual({ total: 100_000, orders: 1 })
  })

  it("counts the last 7 days from the start of the sixth day before today", () => {
    expect(salesSince(orders, now, 7)).toEqual({ total: 600_000, orders: 3 })
    expect(salesSince(orders, now, 30)).toEqual({ total: 1_000_000, orders: 4 })
  })

  it("counts the goods of paid or delivered orders only: not an unpaid transfer, nor COD still to collect", () => {
    const today = "2026-12-03T17:30:00Z"
    const unpaid = {
      ...order(today, 500_000),
      payment: { id: "pay", provider_id: "pp_vietqr_vietqr", amount: 530_000, captures: [] },
    }
    const cod = (fulfillments: object[]) => ({
      order: { ...order(today, 70_000).order, fulfillments },
      payment: { id: "pay", provider_id: "pp_system_default", amount: 100_000 },
    })
    const delivered = cod([{ id: "ful", delivered_at: today, shipped_at: today }])
    const shipped = cod([{ id: "ful", shipped_at: today }])
    expect(salesSince([unpaid, delivered, shipped], now, 1)).toEqual({ total: 70_000, orders: 1 })
  })
})
