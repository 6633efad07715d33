import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  BANK_TRANSFER_PROVIDER_ID,
  CARD_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
  INVOICE_BUYER_KEY,
  TERMS_PROVIDER_ID,
  type InvoiceBuyer,
  type ProducerPaymentMethod,
  type ProducerPaymentStatus,
} from "@ocop/shared"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { fulfilmentStatus, FulfilmentStatus, liveFulfillments } from "./producer-order-status"

const PAYMENT_METHODS: Record<string, ProducerPaymentMethod> = {
  [CASH_ON_DELIVERY_PROVIDER_ID]: "cod",
  [BANK_TRANSFER_PROVIDER_ID]: "bank_transfer",
  [CARD_PROVIDER_ID]: "card",
  [TERMS_PROVIDER_ID]: "terms",
}

/** How a producer order's buyer pays: cash on delivery, a VietQR bank transfer, a card, or on terms. */
export const paymentMethod = (payment: CheckoutPayment | undefined) =>
  payment ? (PAYMENT_METHODS[payment.provider_id] ?? payment.provider_id) : null

/** What every fulfilment step needs to know about a producer order. */
export const PRODUCER_ORDER_STATE_FIELDS = [
  "id",
  "status",
  "created_at",
  "total",
  "item_total",
  "metadata",
  "fulfillments.id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "order_group.parent_order_id",
]

const ORDER_FIELDS = [
  ...PRODUCER_ORDER_STATE_FIELDS,
  "display_id",
  "email",
  "shipping_total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
]

const PAYMENT_FIELDS = [
  "id",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
]

type Fulfillment = {
  id: string
  packed_at?: unknown
  shipped_at?: unknown
  delivered_at?: unknown
  canceled_at?: unknown
  labels?: { tracking_number?: string | null }[] | null
}
export type ProducerOrderState = {
  id: string
  status: string
  total: unknown
  item_total?: unknown
  metadata?: Record<string, unknown> | null
  fulfillments?: Fulfillment[] | null
  order_group?: { parent_order_id: string } | null
  created_at?: unknown
}
/** What the portal's view reads of an order (ORDER_FIELDS). */
type ProducerOrderRow = ProducerOrderState & {
  display_id?: number | null
  email?: string | null
  metadata?: { note?: string; carrier?: string; cancel_reason?: string } | null
  shipping_total?: unknown
  shipping_address?: Partial<
    Record<"first_name" | "last_name" | "phone" | "address_1" | "city" | "province", string | null>
  > | null
  items?:
    | {
        id: string
        title: string
        variant_title?: string | null
        quantity: unknown
        unit_price: unknown
        total: unknown
      }[]
    | null
}
export type CheckoutPayment = {
  id: string
  provider_id: string
  amount: unknown
  canceled_at?: unknown
  captures?: { amount: unknown }[] | null
  refunds?: { amount: unknown }[] | null
  /** On terms: the producer orders whose own invoice is paid (its amount captured then, invoice by invoice). */
  settled_order_ids?: string[]
}

const sum = (rows: { amount: unknown }[] | null | undefined) =>
  (rows ?? []).reduce((total, row) => total + Number(row.amount), 0)

/** Captured and not refunded yet, across the whole checkout. */
export const paidAmount = (payment: CheckoutPayment) => sum(payment.captures) - sum(payment.refunds)

/**
 * What the buyer paid for this producer order, so far: COD is collected order by order when the
 * courier delivers, an order on terms when its invoice is paid; a transfer or card pays the whole
 * checkout at once.
 */
export function paidForOrder(order: ProducerOrderState, payment: CheckoutPayment | undefined) {
  if (!payment || payment.canceled_at) return 0
  if (payment.provider_id === CASH_ON_DELIVERY_PROVIDER_ID)
    return fulfilmentStatus(order) === "delivered" ? Number(order.total) : 0
  if (payment.provider_id === TERMS_PROVIDER_ID)
    return payment.settled_order_ids?.includes(order.id) ? Number(order.total) : 0
  return Math.max(0, Math.min(Number(order.total), paidAmount(payment)))
}

/** Whether the buyer has paid this order in full: a transfer or card captured, or COD collected on delivery. */
export const isPaid = (order: ProducerOrderState, payment: CheckoutPayment | undefined) =>
  paidForOrder(order, payment) >= Number(order.total)

/** A bank transfer not received yet: the goods must wait (packing is refused until it is). */
export const awaitsTransfer = (order: ProducerOrderState, payment: CheckoutPayment | undefined) =>
  payment?.provider_id === BANK_TRANSFER_PROVIDER_ID &&
  !payment.canceled_at &&
  order.status !== "canceled" &&
  !isPaid(order, payment)

/**
 * Whether the producer may count on the money: `awaiting_payment` is a transfer not received yet,
 * `authorized` is COD still to collect at the door or a card held, `captured` is paid.
 */
function paymentStatus(order: ProducerOrderState, payment: CheckoutPayment | undefined): ProducerPaymentStatus {
  if (Number(order.metadata?.refunded_amount ?? 0) > 0) return "refunded"
  if (!payment) return "not_paid"
  if (payment.canceled_at || order.status === "canceled") return "canceled"
  if (isPaid(order, payment)) return "captured"
  return awaitsTransfer(order, payment) ? "awaiting_payment" : "authorized"
}

/**
 * The checkout's payment of each producer order, read from the parent orders in one query; when
 * some are paid on terms, one more query reads which of these orders' invoices are paid.
 */
export async function checkoutPayments(container: MedusaContainer, orders: ProducerOrderState[]) {
  const parentIds = [...new Set(orders.map((o) => o.order_group?.parent_order_id).filter(Boolean))] as string[]
  if (!parentIds.length) return new Map<string, CheckoutPayment>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parents } = await query.graph({ entity: "order", fields: PAYMENT_FIELDS, filters: { id: parentIds } })
  const payments = new Map(
    parents.map((p) => [
      p.id as string,
      (p.payment_collections ?? []).flatMap((c) => c?.payments ?? [])[0] as CheckoutPayment | undefined,
    ])
  )
  const onTerms = orders.filter(
    (o) => payments.get(o.order_group?.parent_order_id ?? "")?.provider_id === TERMS_PROVIDER_ID
  )
  if (!onTerms.length) return payments
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const settled = await ledger.listInvoices(
    { order_id: onTerms.map((o) => o.id), status: "paid" },
    { select: ["order_id"] }
  )
  const settledOrderIds = settled.map((invoice) => invoice.order_id)
  for (const [parentId, payment] of payments) {
    if (payment?.provider_id === TERMS_PROVIDER_ID)
      payments.set(parentId, { ...payment, settled_order_ids: settledOrderIds })
  }
  return payments
}

/** The order as the portal shows it (docs/producer-portal-api.md, "Orders"). */
export function producerOrderView(order: ProducerOrderRow, payment: CheckoutPayment | undefined) {
  const address = order.shipping_address ?? {}
  const live = liveFulfillments(order)
  return {
    id: order.id,
    display_id: order.display_id,
    created_at: order.created_at,
    status: order.status,
    fulfilment_status: fulfilmentStatus(order),
    email: order.email ?? null,
    shipping_address: {
      first_name: address.first_name ?? null,
      last_name: address.last_name ?? null,
      phone: address.phone ?? null,
      address_1: address.address_1 ?? null,
      city: address.city ?? null,
      province: address.province ?? null,
    },
    items: (order.items ?? []).map((i) => ({
      id: i.id,
      title: i.title,
      variant_title: i.variant_title ?? null,
      quantity: Number(i.quantity),
      unit_price: Number(i.unit_price),
      total: Number(i.total),
    })),
    // The goods as the buyer pays them (VAT included, as the prices are); total = subtotal + shipping_total.
    subtotal: Number(order.item_total),
    shipping_total: Number(order.shipping_total),
    total: Number(order.total),
    payment_method: paymentMethod(payment),
    payment_status: paymentStatus(order, payment),
    // The buyer's delivery note ("Gọi trước khi giao"), copied from the cart by the checkout split.
    note: order.metadata?.note || null,
    carrier: order.metadata?.carrier ?? null,
    tracking_number: live.flatMap((f) => (f.labels ?? []).map((l) => l.tracking_number).filter(Boolean))[0] ?? null,
    cancel_reason: order.metadata?.cancel_reason ?? null,
    // Whom the producer's VAT e-invoice for this order names, as it was at ordering; null: no invoice asked.
    invoice_buyer: ((order.metadata as Record<string, unknown> | null)?.[INVOICE_BUYER_KEY] as InvoiceBuyer) ?? null,
  }
}

/** The ids of a producer's orders (the producer_order link). */
export async function producerOrderIds(container: MedusaContainer, producerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({ entity: "producer", fields: ["orders.id"], filters: { id: producerId } })
  return (producer?.orders ?? []).flatMap((o: { id: string } | null) => (o ? [o.id] : []))
}

/** The producer's orders with what the list and the dashboard need, newest first. */
export async function producerOrderStates(
  container: MedusaContainer,
  producerId: string
): Promise<ProducerOrderState[]> {
  const ids = await producerOrderIds(container, producerId)
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: PRODUCER_ORDER_STATE_FIELDS,
    filters: { id: ids },
    pagination: { order: { created_at: "DESC", id: "DESC" } },
  })
  return data as ProducerOrderState[]
}

/** Orders in the portal's shape, in the order of `ids`. */
export async function producerOrderViews(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } })
  const payments = await checkoutPayments(container, data as ProducerOrderState[])
  const byId = new Map((data as ProducerOrderRow[]).map((o) => [o.id, o]))
  return ids.flatMap((id) => {
    const order = byId.get(id)
    return order ? [producerOrderView(order, payments.get(order.order_group?.parent_order_id ?? ""))] : []
  })
}

/** One of the producer's orders, after a route has checked it is the producer's. */
export async function retrieveProducerOrder(container: MedusaContainer, id: string) {
  const [order] = await producerOrderViews(container, [id])
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order: no order with id ${id}`)
  return order
}

/** The producer's orders, newest first, optionally at one fulfilment status. */
export async function listProducerOrders(
  container: MedusaContainer,
  producerId: string,
  page: { fulfilment_status?: FulfilmentStatus; limit: number; offset: number }
) {
  const states = await producerOrderStates(container, producerId)
  // The status is derived from fulfilments and metadata, so the filter runs here, not in SQL.
  const matching = page.fulfilment_status
    ? states.filter((o) => fulfilmentStatus(o) === page.fulfilment_status)
    : states
  const ids = matching.slice(page.offset, page.offset + page.limit).map((o) => o.id)
  return {
    orders: await producerOrderViews(container, ids),
    count: matching.length,
    limit: page.limit,
    offset: page.offset,
  }
}
