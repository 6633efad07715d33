import { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { amountDue, capturedAmount, type PaymentRow, paymentStatus } from "./order-group-view"
import { fulfilmentStatus } from "./producer-order-status"
import { type ProducerOrderState } from "./producer-order-view"

/** What the office looks a checkout up by; the route's validator reads it from the one search box. */
export type OrderGroupSearch =
  { references: string[] } | { display_id: number } | { email: string } | { order_id: string }

const GROUP_FIELDS = [
  "id",
  "parent_order_id",
  "email",
  "currency_code",
  "total",
  "created_at",
  "orders.id",
  "orders.display_id",
  "orders.status",
  "orders.total",
  "orders.metadata",
  "orders.fulfillments.id",
  "orders.fulfillments.packed_at",
  "orders.fulfillments.shipped_at",
  "orders.fulfillments.delivered_at",
  "orders.fulfillments.canceled_at",
  "orders.producer.id",
  "orders.producer.name",
]
const PARENT_FIELDS = [
  "id",
  "display_id",
  ...["provider_id", "amount", "canceled_at", "captured_at", "data", "captures.amount"].map(
    (f) => `payment_collections.payments.${f}`
  ),
]

const ids = (rows: { id: string }[]) => rows.map((row) => row.id)
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The order_group filter for a search: the parent order holds the payment, a producer order is linked. */
async function groupFilter(
  query: Omit<RemoteQueryFunction, symbol>,
  search: OrderGroupSearch
): Promise<Record<string, unknown>> {
  if ("email" in search) return { email: { $ilike: escapeLike(search.email) } }
  if ("references" in search) {
    // The reference is in the payment's data (a JSON column), as the VietQR provider stored it.
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["payment_collection.order.id"],
      // Medusa's generated filter types know no keys inside a JSON column; MikroORM queries them.
      filters: { data: { reference: search.references } as never },
    })
    return { parent_order_id: payments.flatMap((p) => p.payment_collection?.order?.id ?? []) }
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "order_group.id"],
    // The generated filter types call display_id text; the column is a number.
    filters: "order_id" in search ? { id: search.order_id } : { display_id: search.display_id as never },
  })
  const linked = orders.flatMap((o) => o.order_group?.id ?? [])
  return { $or: [{ parent_order_id: ids(orders) }, { id: linked }] }
}

/**
 * The checkouts as the programme office works with them, newest first: the parent order that
 * holds the payment (with its transfer reference) and one order per producer, each with its
 * producer, so that the three rows Medusa's order list shows for one checkout can be told apart.
 */
export async function listOfficeOrderGroups(
  container: MedusaContainer,
  { search, limit, offset }: { search?: OrderGroupSearch; limit: number; offset: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups, metadata } = await query.graph({
    entity: "order_group",
    fields: GROUP_FIELDS,
    filters: search ? await groupFilter(query, search) : {},
    pagination: { take: limit, skip: offset, order: { created_at: "DESC", id: "DESC" } },
  })
  const { data: parents } = groups.length
    ? await query.graph({
        entity: "order",
        fields: PARENT_FIELDS,
        filters: { id: groups.map((g) => g.parent_order_id) },
      })
    : { data: [] }
  const parentOf = new Map(parents.map((p) => [p.id as string, p]))

  const orderGroups = groups.map((group) => {
    const parent = parentOf.get(group.parent_order_id)
    const payment = (parent?.payment_collections ?? []).flatMap((c) => c?.payments ?? [])[0] as
      (PaymentRow & { provider_id: string; data?: { reference?: string } | null }) | undefined
    const orders = (group.orders ?? []).flatMap((order) =>
      order
        ? [order as ProducerOrderState & { display_id?: number | null; producer?: { id: string; name: string } | null }]
        : []
    )
    orders.sort((a, b) => Number(a.display_id) - Number(b.display_id))
    return {
      id: group.id,
      created_at: group.created_at,
      email: group.email,
      currency_code: group.currency_code,
      total: Number(group.total),
      parent_order: { id: group.parent_order_id, display_id: parent?.display_id ?? null },
      payment_status: paymentStatus(payment, amountDue(orders)),
      payment: payment
        ? {
            provider_id: payment.provider_id,
            amount: Number(payment.amount),
            captured_amount: capturedAmount(payment),
            reference: payment.data?.reference ?? null,
          }
        : null,
      orders: orders.map((order) => ({
        id: order.id,
        display_id: order.display_id,
        status: order.status,
        fulfilment_status: fulfilmentStatus(order),
        total: Number(order.total),
        producer: order.producer ? { id: order.producer.id, name: order.producer.name } : null,
      })),
    }
  })
  return { order_groups: orderGroups, count: metadata?.count ?? orderGroups.length, limit, offset }
}
