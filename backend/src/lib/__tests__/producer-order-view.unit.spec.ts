import { describe, expect, it } from "vitest"
import {
  BANK_TRANSFER_PROVIDER_ID,
  CARD_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
  TERMS_PROVIDER_ID,
} from "@ocop/shared"
import { paidForOrder, paymentMethod, producerOrderView, type CheckoutPayment } from "../producer-order-view"

const payment = (provider_id: string, overrides: Partial<CheckoutPayment> = {}): CheckoutPayment => ({
  id: "pay_1",
  provider_id,
  amount: 300000,
  captures: [],
  refunds: [],
  ...overrides,
})

const order = { id: "order_1", status: "pending", total: 300000, item_total: 270000, shipping_total: 30000, items: [] }

describe("paymentMethod", () => {
  it("names each of the checkout's payment providers as the portal shows it", () => {
    expect(paymentMethod(payment(CASH_ON_DELIVERY_PROVIDER_ID))).toBe("cod")
    expect(paymentMethod(payment(BANK_TRANSFER_PROVIDER_ID))).toBe("bank_transfer")
    expect(paymentMethod(payment(CARD_PROVIDER_ID))).toBe("card")
    expect(paymentMethod(payment(TERMS_PROVIDER_ID))).toBe("terms")
    expect(paymentMethod(undefined)).toBeNull()
  })
})

describe("producerOrderView", () => {
  it("shows an order on terms unpaid until its own invoice is paid, whatever other invoices of the checkout were", () => {
    // Another producer's invoice of the same checkout was paid: its amount is captured on the checkout's payment.
    const otherPaid = payment(TERMS_PROVIDER_ID, { captures: [{ amount: 500000 }], settled_order_ids: ["order_2"] })
    expect(producerOrderView(order, otherPaid)).toMatchObject({ payment_method: "terms", payment_status: "authorized" })
    const ownPaid = payment(TERMS_PROVIDER_ID, {
      captures: [{ amount: 500000 }, { amount: 300000 }],
      settled_order_ids: ["order_2", "order_1"],
    })
    expect(producerOrderView(order, ownPaid)).toMatchObject({ payment_method: "terms", payment_status: "captured" })
    expect(paidForOrder(order, ownPaid)).toBe(300000)
  })

  it("shows a transfer paid for every order of the checkout once it is captured", () => {
    const captured = payment(BANK_TRANSFER_PROVIDER_ID, { captures: [{ amount: 800000 }] })
    expect(producerOrderView(order, captured)).toMatchObject({
      payment_method: "bank_transfer",
      payment_status: "captured",
    })
  })
})
