import { languageOf } from "./order-emails"

/** What the producer's new-order e-mail needs of its order (the portal's view, lib/producer-order-view.ts). */
export type NewProducerOrder = {
  id: string
  display_id?: number | null
  items: { title: string; variant_title: string | null; quantity: number; total: number }[]
  subtotal: number
  shipping_total: number
  total: number
  payment_method: string | null
  payment_status: string
  shipping_address: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    city: string | null
    province: string | null
  }
  note: string | null
}

const money = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount)

const TEXT = {
  vi: {
    subject: (n: string) => `Đơn hàng mới #${n}`,
    intro: (producer: string, n: string) => `${producer} có đơn hàng mới #${n}:`,
    goods: "Tiền hàng",
    shipping: "Phí giao hàng",
    total: "Tổng cộng",
    payment: {
      cod: "Thanh toán khi nhận hàng: người giao hàng thu tiền.",
      bank_transfer: "Chuyển khoản VietQR: CHƯA thanh toán. Chỉ đóng gói khi đơn trên cổng hiện đã thanh toán.",
      bank_transfer_paid: "Chuyển khoản VietQR: đã thanh toán.",
      card: "Thẻ: tiền đã được giữ.",
    },
    deliverTo: "Giao đến",
    note: "Ghi chú của người mua",
    open: "Xem và xử lý đơn:",
  },
  en: {
    subject: (n: string) => `New order #${n}`,
    intro: (producer: string, n: string) => `${producer} has a new order #${n}:`,
    goods: "Goods",
    shipping: "Shipping",
    total: "Total",
    payment: {
      cod: "Cash on delivery: the courier collects the money.",
      bank_transfer: "VietQR bank transfer: NOT paid yet. Pack it only once the portal shows the order paid.",
      bank_transfer_paid: "VietQR bank transfer: paid.",
      card: "Card: the money is held.",
    },
    deliverTo: "Deliver to",
    note: "Buyer's note",
    open: "See and fulfil the order:",
  },
}

/** The e-mail telling a producer what was ordered from it, how it is paid, where it goes and what the buyer asked. */
export function producerOrderPlacedEmail(
  order: NewProducerOrder,
  context: { producer_name: string; storefront_url: string; locale?: string | null }
) {
  const lang = languageOf(context.locale)
  const t = TEXT[lang]
  const number = String(order.display_id ?? "")
  const address = order.shipping_address
  const payment =
    order.payment_method === "bank_transfer"
      ? order.payment_status === "captured"
        ? t.payment.bank_transfer_paid
        : t.payment.bank_transfer
      : (t.payment[order.payment_method as "cod" | "card"] ?? "")
  const url = new URL(`/${lang}/producer/orders/${order.id}`, context.storefront_url).toString()
  const lines = [
    t.intro(context.producer_name, number),
    ...order.items.map(
      (i) => `  · ${i.title}${i.variant_title ? ` – ${i.variant_title}` : ""} × ${i.quantity}: ${money(i.total)}`
    ),
    "",
    `${t.goods}: ${money(order.subtotal)} · ${t.shipping}: ${money(order.shipping_total)} · ${t.total}: ${money(order.total)}`,
    payment,
    "",
    `${t.deliverTo}: ${[[address.first_name, address.last_name].filter(Boolean).join(" "), address.phone, address.address_1, address.city, address.province].filter(Boolean).join(", ")}`,
    ...(order.note ? [`${t.note}: ${order.note}`] : []),
    "",
    t.open,
    url,
  ]
  return { subject: t.subject(number), text: lines.join("\n"), url }
}
