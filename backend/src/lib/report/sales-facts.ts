import { currentCertificate, vietnamDate, type SalesChannel, type SalesFactKind } from "@ocop/shared"

/**
 * Sales facts from a producer order's state: one `placed` fact per line on the order's day, a
 * `cancelled` fact taking back what is left of each line on the cancellation's day, and `refunded`
 * facts spreading a refund over the lines it paid back on the refund's day. Each fact's `source_key`
 * names the change it records, so building the facts of an order again yields the same keys and
 * writing them again writes nothing.
 */

/** A line's place and product as they were at the sale (see `saleDimensions`). */
export type SaleDimensions = {
  product_group: string | null
  product_set: number | null
  stars: number | null
  province_code: string | null
  former_district: string | null
  commune_code: string | null
  legal_form: string | null
  women_led: boolean
  ethnic_minority_led: boolean
}

export type FactLine = SaleDimensions & {
  id: string
  product_id: string
  quantity: number
  // What the buyer pays for the line: after its discounts, before shipping, whole VND.
  amount: number
  booking_id: string | null
}

export type FactOrder = {
  id: string
  producer_id: string
  // Whether the buyer ordered for a verified company (wholesale prices and terms).
  wholesale: boolean
  created_at: Date
  canceled_at: Date | null
  lines: FactLine[]
}

/**
 * A refund of the checkout's payment. `booking_id` when a booking's cancellation refunded it (it
 * pays back that booking's lines), `producer_order_id` when a producer order's cancellation did (the
 * cancellation already takes the whole order back); neither when the office refunded the checkout.
 */
export type FactRefund = {
  id: string
  amount: number
  created_at: Date
  booking_id: string | null
  producer_order_id: string | null
}

export type NewSalesFact = SaleDimensions & {
  source_key: string
  kind: SalesFactKind
  day: string
  order_id: string
  line_item_id: string
  producer_id: string
  product_id: string
  channel: SalesChannel
  quantity: number
  amount: number
}

/** What our refunds carry in their metadata, so a refund can be told from the office's. */
export const SALES_REFUND_KEY = "sales_refund"
export type SalesRefundTag = { producer_order_id: string; booking_id?: string }

/** The metadata a refund of `tag`'s order (or booking) is made with. */
export const salesRefundMetadata = (tag: SalesRefundTag) => ({ [SALES_REFUND_KEY]: tag })

/** The tag a refund's metadata holds, if our workflows made it. */
export function salesRefundTag(metadata: Record<string, unknown> | null | undefined): SalesRefundTag | null {
  const tag = metadata?.[SALES_REFUND_KEY] as Partial<SalesRefundTag> | undefined
  return typeof tag?.producer_order_id === "string"
    ? { producer_order_id: tag.producer_order_id, ...(tag.booking_id ? { booking_id: String(tag.booking_id) } : {}) }
    : null
}

/** A booking's lines are tourism; a verified company's order is wholesale; the rest is online retail. */
export function salesChannel(line: { booking_id: string | null }, order: { wholesale: boolean }): SalesChannel {
  if (line.booking_id) return "tourism"
  return order.wholesale ? "wholesale" : "retail_online"
}

type CertificateRow = {
  stars: number
  product_set: number
  product_group: string
  decision_date: Date | string
  revoked_at?: Date | string | null
}
type PlaceRow = { province_code?: string | null; commune_code?: string | null; former_district?: string | null }
type ProducerRow = PlaceRow & {
  legal_form?: string | null
  women_led?: boolean | null
  ethnic_minority_led?: boolean | null
}

/**
 * The dimensions of a sale at `at`: the stars of the certificate the product was judged by then
 * (none when it was not yet certified; its set and group from its newest certificate), the product's
 * origin or else its producer's place, and the producer's legal form and leadership.
 */
export function saleDimensions(
  product: { certificates: readonly CertificateRow[] | null | undefined; origin: PlaceRow | null | undefined },
  producer: ProducerRow | null | undefined,
  at: Date
): SaleDimensions {
  const decided = (product.certificates ?? []).filter((c) => new Date(c.decision_date).getTime() <= at.getTime())
  const certificate = currentCertificate(decided)
  const kind = certificate ?? currentCertificate(product.certificates)
  const place = product.origin?.province_code ? product.origin : producer
  return {
    product_group: kind?.product_group ?? null,
    product_set: kind?.product_set ?? null,
    stars: certificate?.stars ?? null,
    province_code: place?.province_code ?? null,
    former_district: place?.former_district ?? null,
    commune_code: place?.commune_code ?? null,
    legal_form: producer?.legal_form ?? null,
    women_led: !!producer?.women_led,
    ethnic_minority_led: !!producer?.ethnic_minority_led,
  }
}

/**
 * `amount` spread over `weights` in proportion, in whole VND: each share rounded down, what the
 * rounding left over on the last line, so the shares always add up to `amount`.
 */
export function splitProportionally(amount: number, weights: number[]): number[] {
  if (!weights.length) return []
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const shares = weights.map((weight, index) =>
    index === weights.length - 1 ? 0 : total > 0 ? Math.floor((amount * weight) / total) : 0
  )
  shares[shares.length - 1] = amount - shares.reduce((sum, share) => sum + share, 0)
  return shares
}

const fact = (
  order: FactOrder,
  line: FactLine,
  change: { kind: SalesFactKind; key: string; at: Date; quantity: number; amount: number }
): NewSalesFact => {
  const { id, product_id, booking_id: _booking, quantity: _quantity, amount: _amount, ...dimensions } = line
  return {
    ...dimensions,
    source_key: change.key,
    kind: change.kind,
    day: vietnamDate(change.at),
    order_id: order.id,
    line_item_id: id,
    producer_id: order.producer_id,
    product_id,
    channel: salesChannel(line, order),
    quantity: change.quantity,
    amount: change.amount,
  }
}

/** The lines a refund pays back: a booking's own lines, or every line of orders standing when it was made. */
function refundedLines(refund: FactRefund, orders: FactOrder[]): { order: FactOrder; line: FactLine }[] {
  const standing = orders.filter((order) => !order.canceled_at || order.canceled_at > refund.created_at)
  return standing.flatMap((order) =>
    order.lines
      .filter(
        (line) => !refund.booking_id || (line.booking_id === refund.booking_id && order.id === refund.producer_order_id)
      )
      .map((line) => ({ order, line }))
  )
}

/**
 * Every fact the producer orders of one checkout and the refunds of its payment make. A refund
 * made by a producer order's cancellation makes none (the cancellation takes the order back whole);
 * a cancellation takes back what is left of each line after the refunds made before it.
 */
export function buildSalesFacts(orders: FactOrder[], refunds: FactRefund[]): NewSalesFact[] {
  const facts: NewSalesFact[] = []
  for (const order of orders) {
    for (const line of order.lines) {
      facts.push(
        fact(order, line, {
          kind: "placed",
          key: `placed:${line.id}`,
          at: order.created_at,
          quantity: line.quantity,
          amount: line.amount,
        })
      )
    }
  }
  const refundedBefore = new Map<string, { at: Date; amount: number }[]>()
  for (const refund of [...refunds].sort((a, b) => a.created_at.getTime() - b.created_at.getTime())) {
    if (refund.producer_order_id && !refund.booking_id) continue
    const lines = refundedLines(refund, orders)
    const shares = splitProportionally(
      refund.amount,
      lines.map(({ line }) => line.amount)
    )
    lines.forEach(({ order, line }, index) => {
      if (!shares[index]) return
      refundedBefore.set(line.id, [
        ...(refundedBefore.get(line.id) ?? []),
        { at: refund.created_at, amount: shares[index] },
      ])
      facts.push(
        fact(order, line, {
          kind: "refunded",
          key: `refunded:${refund.id}:${line.id}`,
          at: refund.created_at,
          quantity: 0,
          amount: -shares[index],
        })
      )
    })
  }
  for (const order of orders) {
    if (!order.canceled_at) continue
    for (const line of order.lines) {
      const refunded = (refundedBefore.get(line.id) ?? [])
        .filter((refund) => refund.at <= order.canceled_at!)
        .reduce((sum, refund) => sum + refund.amount, 0)
      facts.push(
        fact(order, line, {
          kind: "cancelled",
          key: `cancelled:${line.id}`,
          at: order.canceled_at,
          quantity: -line.quantity,
          amount: -(line.amount - refunded),
        })
      )
    }
  }
  return facts
}
