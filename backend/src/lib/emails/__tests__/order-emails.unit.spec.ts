import { describe, expect, it } from "vitest"
import { orderEmail, OrderGroupView } from "../order-emails"

const group = (over: Partial<OrderGroupView> = {}): OrderGroupView => ({
  id: "ordgrp_1",
  total: 1250000,
  orders: [
    { display_id: 7, total: 800000, producer: { name: "HTX Mường Ảng" }, items: [{ title: "Cà phê", quantity: 2 }] },
    { display_id: 8, total: 450000, producer: { name: "HTX Tây Bắc" }, items: [{ title: "Mật ong", quantity: 1 }] },
  ],
  payment: { provider_id: "pp_system_default", bank_transfer: null },
  ...over,
})

describe("orderEmail", () => {
  it("writes the placed e-mail in Vietnamese by default, each producer's order and the total in VND", () => {
    const { subject, text } = orderEmail("placed", group())
    expect(subject).toBe("Đã nhận đơn hàng")
    expect(text).toContain("Đơn #7 – Từ HTX Mường Ảng: 800.000")
    expect(text).toMatch(/Tổng cộng: 1\.250\.000\s₫/)
    expect(text).toContain("Thanh toán khi nhận hàng")
  })

  it("gives bank-transfer instructions in English for an English checkout", () => {
    const { subject, text } = orderEmail(
      "placed",
      group({
        locale: "en",
        payment: {
          provider_id: "pp_vietqr_vietqr",
          bank_transfer: { reference: "OCOPABCD2345", amount: 1250000, bank_name: "Vietcombank", bank_bin: "970436", account_number: "0071000123456", account_name: "CHO OCOP", expires_at: "2026-11-26T10:00:00Z" },
        },
      })
    )
    expect(subject).toBe("Order received – OCOPABCD2345")
    expect(text).toContain("Transfer content: OCOPABCD2345")
    expect(text).toContain("Account number: 0071000123456")
    expect(text).toMatch(/Amount: 1\.250\.000\s₫/)
  })

  it("names the producer order a shipping e-mail is about", () => {
    const g = group()
    const { subject, text } = orderEmail("shipped", g, g.orders[1])
    expect(subject).toBe("Đơn hàng đang được giao – Đơn #8")
    expect(text).toContain("HTX Tây Bắc đã gửi hàng.")
  })
})
