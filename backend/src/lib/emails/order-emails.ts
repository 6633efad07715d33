// What a buyer is told about a checkout, in its language (Vietnamese unless the cart said English).
export type OrderEmailKind = "placed" | "paid" | "accepted" | "packed" | "shipped" | "delivered" | "cancelled"

type OrderView = {
  id?: string
  display_id?: number | null
  total: unknown
  producer?: { name: string } | null
  items?: { title: string; quantity: unknown }[]
  tracking_numbers?: string[]
  // Set when the producer cancelled its order (the buyer is told why).
  cancel_reason?: string | null
}
export type OrderGroupView = {
  id: string
  total: unknown
  locale?: string | null
  orders: OrderView[]
  payment?: {
    provider_id: string
    bank_transfer?: {
      reference: string
      amount: number
      bank_name?: string | null
      bank_bin: string
      account_number: string
      account_name: string
      expires_at: string
    } | null
  } | null
}

const money = (amount: unknown) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(
    Number(amount)
  )

const TEXT = {
  vi: {
    placed: "Đã nhận đơn hàng",
    paid: "Đã nhận thanh toán",
    accepted: "Cơ sở đã nhận đơn",
    packed: "Đơn hàng đã đóng gói",
    shipped: "Đơn hàng đang được giao",
    delivered: "Đơn hàng đã giao",
    cancelled: "Đơn hàng đã huỷ",
    hello: "Xin chào,",
    total: "Tổng cộng",
    from: "Từ",
    cod: "Thanh toán khi nhận hàng: trả tiền cho người giao hàng của từng cơ sở.",
    transfer: "Chuyển khoản (quét mã VietQR trên trang xác nhận, hoặc nhập tay):",
    bank: "Ngân hàng",
    account: "Số tài khoản",
    holder: "Chủ tài khoản",
    amount: "Số tiền",
    content: "Nội dung chuyển khoản",
    deadline: "Hạn chuyển khoản",
    paidBody: "Chúng tôi đã nhận đủ tiền cho đơn hàng của bạn.",
    acceptedBody: "đã nhận đơn và đang chuẩn bị hàng.",
    packedBody: "đã đóng gói hàng, sắp giao cho đơn vị vận chuyển.",
    shippedBody: "đã gửi hàng.",
    tracking: "Mã vận đơn",
    deliveredBody: "đã giao hàng xong.",
    cancelledBody: "Đơn hàng đã bị huỷ; nếu bạn đã thanh toán, chúng tôi sẽ hoàn tiền.",
    orderCancelledBody: "đã huỷ đơn này; nếu bạn đã thanh toán cho đơn, chúng tôi sẽ hoàn lại số tiền đó.",
    reason: "Lý do",
    order: "Đơn",
  },
  en: {
    placed: "Order received",
    paid: "Payment received",
    accepted: "Your order was accepted",
    packed: "Your order is packed",
    shipped: "Your order is on its way",
    delivered: "Your order was delivered",
    cancelled: "Order cancelled",
    hello: "Hello,",
    total: "Total",
    from: "From",
    cod: "Cash on delivery: pay each producer's courier.",
    transfer: "Bank transfer (scan the VietQR on the confirmation page, or type the details):",
    bank: "Bank",
    account: "Account number",
    holder: "Account name",
    amount: "Amount",
    content: "Transfer content",
    deadline: "Pay by",
    paidBody: "We have received the full payment for your order.",
    acceptedBody: "has accepted your order and is preparing it.",
    packedBody: "has packed your parcel; it goes to the carrier soon.",
    shippedBody: "has shipped your parcel.",
    tracking: "Tracking number",
    deliveredBody: "has delivered your parcel.",
    cancelledBody: "Your order was cancelled; anything you paid will be refunded.",
    orderCancelledBody: "cancelled this order; anything you paid for it will be refunded.",
    reason: "Reason",
    order: "Order",
  },
}

export function languageOf(locale?: string | null): "vi" | "en" {
  return locale?.toLowerCase().startsWith("en") ? "en" : "vi"
}

/** Subject and plain text of one e-mail about a checkout; `order` is the producer order it is about, if any. */
export function orderEmail(kind: OrderEmailKind, group: OrderGroupView, order?: OrderView) {
  const lang = languageOf(group.locale)
  const t = TEXT[lang]
  const orderLine = (o: OrderView) =>
    `${t.order} #${o.display_id ?? ""} – ${t.from} ${o.producer?.name ?? ""}: ${money(o.total)}` +
    (o.items?.length ? `\n${o.items.map((i) => `  · ${i.title} × ${i.quantity}`).join("\n")}` : "")
  const lines = [t.hello, ""]
  if (kind === "placed") {
    lines.push(...group.orders.map(orderLine), "", `${t.total}: ${money(group.total)}`, "")
    const transfer = group.payment?.bank_transfer
    if (transfer) {
      lines.push(
        t.transfer,
        `${t.bank}: ${transfer.bank_name ?? transfer.bank_bin}`,
        `${t.account}: ${transfer.account_number}`,
        `${t.holder}: ${transfer.account_name}`,
        `${t.amount}: ${money(transfer.amount)}`,
        `${t.content}: ${transfer.reference}`,
        `${t.deadline}: ${new Date(transfer.expires_at).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { timeZone: "Asia/Ho_Chi_Minh" })}`
      )
    } else {
      lines.push(t.cod)
    }
  } else if (kind === "paid") {
    lines.push(t.paidBody, `${t.total}: ${money(group.total)}`)
  } else if (kind === "cancelled" && order) {
    // One producer cancelled its order; the rest of the checkout goes on.
    lines.push(`${order.producer?.name ?? ""} ${t.orderCancelledBody}`, "", orderLine(order))
    if (order.cancel_reason) lines.push("", `${t.reason}: ${order.cancel_reason}`)
  } else if (kind === "cancelled") {
    lines.push(t.cancelledBody)
  } else if (order) {
    const body = { accepted: t.acceptedBody, packed: t.packedBody, shipped: t.shippedBody, delivered: t.deliveredBody }[
      kind
    ]
    lines.push(`${order.producer?.name ?? ""} ${body}`, "", orderLine(order))
    if (kind === "shipped" && order.tracking_numbers?.length)
      lines.push("", `${t.tracking}: ${order.tracking_numbers.join(", ")}`)
  }
  const reference = group.payment?.bank_transfer?.reference
  const subject = `${t[kind]}${order ? ` – ${t.order} #${order.display_id ?? ""}` : reference ? ` – ${reference}` : ""}`
  return { subject, text: lines.join("\n") }
}
