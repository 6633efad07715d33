import { describe, expect, it } from "vitest"
import { NewProducerOrder, producerOrderPlacedEmail } from "../producer-order-email"

const order = (over: Partial<NewProducerOrder> = {}): NewProducerOrder => ({
  id: "order_1",
  display_id: 42,
  items: [{ title: "Cà phê bột", variant_title: "250 g", quantity: 2, total: 190000 }],
  subtotal: 190000,
  shipping_total: 30000,
  total: 220000,
  payment_method: "cod",
  payment_status: "authorized",
  shipping_address: {
    first_name: "Lan",
    last_name: "Nguyễn",
    phone: "0912345678",
    address_1: "12 Trần Phú",
    city: "Phường Điện Biên Phủ",
    province: "Điện Biên",
  },
  note: null,
  ...over,
})

const context = { producer_name: "HTX Mường Ảng", storefront_url: "https://cho-ocop.vn" }

describe("producerOrderPlacedEmail", () => {
  it("tells the producer in Vietnamese what to send where, how it is paid, and links the order in the portal", () => {
    const { subject, text, url } = producerOrderPlacedEmail(order(), context)
    expect(subject).toBe("Đơn hàng mới #42")
    expect(text).toContain("HTX Mường Ảng có đơn hàng mới #42:")
    expect(text).toMatch(/· Cà phê bột – 250 g × 2: 190\.000\s₫/)
    expect(text).toContain("Thanh toán khi nhận hàng")
    expect(text).toContain("Giao đến: Lan Nguyễn, 0912345678, 12 Trần Phú, Phường Điện Biên Phủ, Điện Biên")
    expect(text).not.toContain("Ghi chú")
    expect(url).toBe("https://cho-ocop.vn/vi/producer/orders/order_1")
  })

  it("warns that an unpaid transfer must not be packed yet, and gives the buyer's note", () => {
    const { text } = producerOrderPlacedEmail(
      order({ payment_method: "bank_transfer", payment_status: "awaiting_payment", note: "Gọi trước khi giao" }),
      context
    )
    expect(text).toContain("Chuyển khoản VietQR: CHƯA thanh toán")
    expect(text).toContain("Ghi chú của người mua: Gọi trước khi giao")
  })
})
