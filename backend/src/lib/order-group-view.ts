import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID } from "@ocop/shared"
import { maskEmail, maskPhone, mayRead, samePhone } from "./buyer-privacy"
import { deliveryStatus } from "./producer-order-status"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "canceled_at",
  "fulfillments.id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "currency_code",
  "total",
  "subtotal",
  "item_total",
  "shipping_total",
  "tax_total",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.thumbnail",
  "items.variant_id",
  "items.product_handle",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.shipping_option_id",
  "producer.id",
  "producer.name",
  "producer.handle",
]

export type PaymentRow = { amount: unknown; canceled_at?: string | null; captures?: { amount: unknown }[] | null }

export const capturedAmount = (payment: PaymentRow) =>
  (payment.captures ?? []).reduce((sum, c) => sum + Number(c.amount), 0)

/**
 * COD is captured order by order as producers deliver, so a checkout can be partly paid. What is
 * due is what its live orders cost: a producer's cancelled order is not owed (the payment keeps
 * the checkout's amount).
 */
export function paymentStatus(payment: PaymentRow | undefined, due: number) {
  if (!payment) return "not_paid"
  if (payment.canceled_at) return "canceled"
  const captured = capturedAmount(payment)
  if (due <= 0 && captured <= 0) return "canceled"
  if (captured >= Math.min(Number(payment.amount), due)) return "captured"
  return captured > 0 ? "partially_captured" : "authorized"
}

export const amountDue = (orders: { status?: string; total?: unknown }[]) =>
  orders.filter((order) => order.status !== "canceled").reduce((sum, order) => sum + Number(order.total ?? 0), 0)

const GROUP_FIELDS = [
  "id",
  "cart_id",
  "parent_order_id",
  "customer_id",
  "email",
  "currency_code",
  "total",
  "created_at",
  ...ORDER_FIELDS.map((f) => `orders.${f}`),
]
const PARENT_FIELDS = [
  "id",
  "locale",
  "customer.has_account",
  "shipping_address.phone",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.data",
  "payment_collections.payments.captures.amount",
]

type FulfillmentRow = {
  packed_at?: unknown
  shipped_at?: unknown
  delivered_at?: unknown
  canceled_at?: unknown
  labels?: { tracking_number?: string | null; tracking_url?: string | null }[] | null
}

type GroupRow = {
  id: string
  parent_order_id: string
  customer_id: string | null
  email: string | null
  orders?:
    | ({ status?: string; display_id?: unknown; fulfillments?: FulfillmentRow[] | null } & Record<string, unknown>)[]
    | null
  [key: string]: unknown
}

/** The groups as the buyer sees them, with the payment read from each parent order in one query. */
async function withPayments(container: MedusaContainer, groups: GroupRow[]) {
  if (!groups.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // The payment lives on the parent order: one for the whole checkout, whatever the producers.
  const { data: parents } = await query.graph({
    entity: "order",
    fields: PARENT_FIELDS,
    filters: { id: groups.map((g) => g.parent_order_id) },
  })
  const parentOf = new Map(parents.map((p) => [p.id as string, p]))
  return groups.map((group) => {
    const parent = parentOf.get(group.parent_order_id)
    const payment = (parent?.payment_collections ?? []).flatMap((c) => c?.payments ?? [])[0] as
      (PaymentRow & Record<string, unknown>) | undefined
    return {
      ...group,
      // Producer orders by their number, so a group always lists them the same way.
      orders: [...(group.orders ?? [])]
        .sort((a, b) => Number(a.display_id) - Number(b.display_id))
        .map(({ fulfillments, ...order }) => ({
          ...order,
          delivery_status: deliveryStatus({ status: order.status, fulfillments }),
          tracking_numbers: (fulfillments ?? []).flatMap((f: FulfillmentRow) =>
            (f.labels ?? []).flatMap((l) => (l.tracking_number ? [l.tracking_number] : []))
          ),
        })),
      locale: (parent?.locale ?? null) as string | null,
      phone: (parent?.shipping_address?.phone ?? null) as string | null,
      // A guest's checkout is read by its id (or its number and phone), a registered customer's only by that customer.
      guest: !parent?.customer?.has_account,
      payment_status: paymentStatus(payment, amountDue(group.orders ?? [])),
      payment: payment
        ? {
            provider_id: payment.provider_id,
            amount: payment.amount,
            captured_amount: capturedAmount(payment),
            captured_at: payment.captured_at ?? null,
            // Only a bank transfer has details the buyer needs: where to send how much, with which reference.
            bank_transfer: payment.provider_id === BANK_TRANSFER_PROVIDER_ID ? payment.data : null,
          }
        : null,
    }
  })
}

/** A checkout as the buyer sees it: the group's totals and each producer's order. */
export async function retrieveOrderGroup(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({ entity: "order_group", fields: GROUP_FIELDS, filters: { id } })
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `order group: no order group with id ${id}`)
  }
  const [view] = await withPayments(container, [group as GroupRow])
  return view
}

type OrderGroupView = Awaited<ReturnType<typeof retrieveOrderGroup>>

/**
 * The checkout as `viewerId` (undefined for someone not signed in) may see it: a registered
 * customer's only by that customer, in full (null for anyone else); a guest's by anyone holding
 * its id, with the contact masked.
 */
export function orderGroupForViewer(group: OrderGroupView, viewerId: string | undefined): OrderGroupView | null {
  if (!mayRead({ customer_id: group.customer_id, has_account: !group.guest }, viewerId)) return null
  return group.guest ? { ...group, email: maskEmail(group.email), phone: maskPhone(group.phone) } : group
}

/**
 * A guest's checkout found by one of its producer orders' numbers and the delivery phone, masked;
 * null when either does not match or the order is a registered customer's (no hint which).
 */
export async function lookUpOrderGroup(container: MedusaContainer, displayId: number, phone: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_address.phone", "customer.has_account", "order_group.id"],
    // Medusa's generated filter types spell every order field as a string; display_id is a number column.
    filters: { display_id: displayId as never, is_draft_order: false },
  })
  const groupId = (order as { order_group?: { id: string } | null } | undefined)?.order_group?.id
  if (!order || !groupId || order.customer?.has_account || !samePhone(order.shipping_address?.phone, phone)) return null
  return orderGroupForViewer(await retrieveOrderGroup(container, groupId), undefined)
}

/** A customer's checkouts, newest first: their order history. */
export async function listCustomerOrderGroups(
  container: MedusaContainer,
  customerId: string,
  page: { limit: number; offset: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order_group",
    fields: GROUP_FIELDS,
    filters: { customer_id: customerId },
    pagination: { take: page.limit, skip: page.offset, order: { created_at: "DESC", id: "DESC" } },
  })
  return {
    order_groups: await withPayments(container, data as GroupRow[]),
    count: metadata?.count ?? data.length,
    ...page,
  }
}
