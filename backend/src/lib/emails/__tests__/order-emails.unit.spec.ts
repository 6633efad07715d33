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
          bank_transfer: {
            reference: "OCOPABCD2345",
            amount: 1250000,
            bank_name: "Vietcombank",
            bank_bin: "970436",
            account_number: "0071000123456",
            account_name: "CHO OCOP",
            expires_at: "2026-11-26T10:00:00Z",
          },
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
  it("tells the buyer which producer accepted and packed its order", () => {
    const g = group({ locale: "en" })
    expect(orderEmail("accepted", g, g.orders[0])).toMatchObject({ subject: "Your order was accepted – Order #7" })
    expect(orderEmail("accepted", g, g.orders[0]).text).toContain("HTX Mường Ảng has accepted your order")
    const packed = orderEmail("packed", group(), group().orders[1])
    expect(packed.subject).toBe("Đơn hàng đã đóng gói – Đơn #8")
    expect(packed.text).toContain("HTX Tây Bắc đã đóng gói hàng")
  })

  it("gives the tracking number in the shipping e-mail", () => {
    const g = group()
    const { text } = orderEmail("shipped", g, { ...g.orders[0], tracking_numbers: ["GHN123456"] })
    expect(text).toContain("Mã vận đơn: GHN123456")
  })

  it("gives the producer's reason when one producer order is cancelled, and the whole-checkout text otherwise", () => {
    const g = group({ locale: "en" })
    const one = orderEmail("cancelled", g, { ...g.orders[1], cancel_reason: "Hết hàng mùa này" })
    expect(one.subject).toBe("Order cancelled – Order #8")
    expect(one.text).toContain("HTX Tây Bắc cancelled this order")
    expect(one.text).toContain("Reason: Hết hàng mùa này")
    expect(orderEmail("cancelled", g).text).toContain("Your order was cancelled; anything you paid will be refunded.")
  })
})
