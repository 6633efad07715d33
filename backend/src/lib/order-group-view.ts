import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const ORDER_FIELDS = [
  "id", "display_id", "status", "payment_status", "fulfillment_status", "created_at",
  "currency_code", "total", "subtotal", "item_total", "shipping_total", "tax_total",
  "items.id", "items.title", "items.subtitle", "items.thumbnail", "items.variant_id", "items.product_handle",
  "items.quantity", "items.unit_price", "items.total",
  "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id",
  "producer.id", "producer.name", "producer.handle",
]

type PaymentRow = { amount: unknown; canceled_at?: string | null; captures?: { amount: unknown }[] | null }

const capturedAmount = (payment: PaymentRow) => (payment.captures ?? []).reduce((sum, c) => sum + Number(c.amount), 0)

/** COD is captured order by order as producers deliver, so a checkout can be partly paid. */
function paymentStatus(payment: PaymentRow | undefined) {
  if (!payment) return "not_paid"
  if (payment.canceled_at) return "canceled"
  const captured = capturedAmount(payment)
  if (captured >= Number(payment.amount)) return "captured"
  return captured > 0 ? "partially_captured" : "authorized"
}

/** A checkout as the buyer sees it: the group's totals and each producer's order. */
export async function retrieveOrderGroup(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "order_group",
    fields: ["id", "cart_id", "parent_order_id", "customer_id", "email", "currency_code", "total", "created_at", ...ORDER_FIELDS.map((f) => `orders.${f}`)],
    filters: { id },
  })
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `order group: no order group with id ${id}`)
  }
  // The payment lives on the parent order: one for the whole checkout, whatever the producers.
  const { data: [parent] } = await query.graph({
    entity: "order",
    fields: ["locale", "payment_collections.payments.provider_id", "payment_collections.payments.amount", "payment_collections.payments.canceled_at",
      "payment_collections.payments.captured_at", "payment_collections.payments.data", "payment_collections.payments.captures.amount"],
    filters: { id: group.parent_order_id },
  })
  const payment = (parent?.payment_collections ?? []).flatMap((c: any) => c?.payments ?? [])[0]
  return {
    ...group,
    locale: ((parent as { locale?: string | null } | undefined)?.locale ?? null) as string | null,
    payment_status: paymentStatus(payment),
    payment: payment
      ? {
          provider_id: payment.provider_id,
          amount: payment.amount,
          captured_amount: capturedAmount(payment),
          captured_at: payment.captured_at ?? null,
          // Only a bank transfer has details the buyer needs: where to send how much, with which reference.
          bank_transfer: payment.provider_id === "pp_vietqr_vietqr" ? payment.data : null,
        }
      : null,
  }
}
