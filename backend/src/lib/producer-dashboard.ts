import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateStatus, currentCertificate, startOfVietnamDay, type ProducerDashboard } from "@ocop/shared"
import { fulfilmentStatus } from "./producer-order-status"
import {
  awaitsTransfer,
  checkoutPayments,
  CheckoutPayment,
  isPaid,
  producerOrderStates,
  ProducerOrderState,
} from "./producer-order-view"

/** At or below this many units available, a variant is listed as running low. */
export const LOW_STOCK_AT = 5

const DAY_MS = 24 * 60 * 60 * 1000

type OrderWithPayment = { order: ProducerOrderState; payment: CheckoutPayment | undefined }

/** Money the producer has, or will have at the door: paid orders and delivered ones, not cancelled ones. */
const isSale = ({ order, payment }: OrderWithPayment) =>
  order.status !== "canceled" && (isPaid(order, payment) || fulfilmentStatus(order) === "delivered")

/**
 * Sales of the orders placed in the last `days` Vietnamese days (today included) that are paid or
 * delivered: the goods' value (`item_total`, VAT included), not the shipping fee, which pays the
 * carrier; an unpaid transfer or COD not delivered yet is not a sale yet.
 */
export function salesSince(orders: OrderWithPayment[], now: Date, days: number) {
  const from = startOfVietnamDay(now).getTime() - (days - 1) * DAY_MS
  const counted = orders.filter((o) => isSale(o) && new Date(o.order.created_at as string).getTime() >= from)
  return { total: counted.reduce((sum, o) => sum + Number(o.order.item_total ?? 0), 0), orders: counted.length }
}

const TO_FULFIL = new Set(["placed", "accepted", "packed"])

type Level = { location_id: string; stocked_quantity: unknown; reserved_quantity: unknown }
type Variant = {
  id: string
  title: string
  sku: string | null
  inventory_items?: { inventory?: { location_levels?: Level[] | null } | null }[] | null
}
type Certificate = {
  certificate_number: string
  stars: number
  decision_date: string
  expires_at: string
  revoked_at?: string | null
}
type Product = { id: string; title: string; variants?: Variant[] | null; ocop_certificates?: Certificate[] | null }

/** Variants whose stock at the producer's location, less what orders hold, is LOW_STOCK_AT or fewer. */
function lowStock(products: Product[], locationId: string | undefined) {
  return products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => {
      const levels = (variant.inventory_items ?? [])
        .flatMap((i) => i.inventory?.location_levels ?? [])
        .filter((l) => l.location_id === locationId)
      if (!levels.length) return []
      const available = Math.min(...levels.map((l) => Number(l.stocked_quantity) - Number(l.reserved_quantity)))
      return available <= LOW_STOCK_AT
        ? [
            {
              product_id: product.id,
              variant_id: variant.id,
              title: product.title,
              variant_title: variant.title,
              sku: variant.sku,
              available,
            },
          ]
        : []
    })
  )
}

/** Products whose current certificate runs out within 90 days (the shared certificate rule's "expiring"). */
function expiringCertificates(products: Product[], now: Date) {
  return products
    .flatMap((product) => {
      const certificate = currentCertificate((product.ocop_certificates ?? []).filter(Boolean))
      return certificate && certificateStatus(certificate, now) === "expiring"
        ? [
            {
              product_id: product.id,
              title: product.title,
              number: certificate.certificate_number,
              stars: certificate.stars,
              expires_at: certificate.expires_at,
            },
          ]
        : []
    })
    .sort((a, b) => new Date(a.expires_at).getTime() - new Date(b.expires_at).getTime())
}

/** The portal's dashboard (docs/producer-portal-api.md, "Dashboard"). */
export async function producerDashboard(
  container: MedusaContainer,
  producerId: string,
  now = new Date()
): Promise<ProducerDashboard<Date | string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    states,
    {
      data: [producer],
    },
  ] = await Promise.all([
    producerOrderStates(container, producerId),
    query.graph({
      entity: "producer",
      fields: ["id", "stock_location.id", "products.id"],
      filters: { id: producerId },
    }),
  ])
  const payments = await checkoutPayments(container, states)
  const orders = states.map((order) => ({ order, payment: payments.get(order.order_group?.parent_order_id ?? "") }))
  const productIds = (producer?.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : []))
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "title",
          "variants.id",
          "variants.title",
          "variants.sku",
          "variants.inventory_items.inventory.location_levels.location_id",
          "variants.inventory_items.inventory.location_levels.stocked_quantity",
          "variants.inventory_items.inventory.location_levels.reserved_quantity",
          "ocop_certificates.certificate_number",
          "ocop_certificates.stars",
          "ocop_certificates.expires_at",
          "ocop_certificates.decision_date",
          "ocop_certificates.revoked_at",
        ],
        filters: { id: productIds },
      })
    : { data: [] }
  return {
    sales: {
      today: salesSince(orders, now, 1),
      last_7_days: salesSince(orders, now, 7),
      last_30_days: salesSince(orders, now, 30),
    },
    orders_to_fulfil: states.filter((o) => TO_FULFIL.has(fulfilmentStatus(o))).length,
    // Transfers not received yet: their goods wait (packing is refused until they are paid).
    orders_awaiting_payment: orders.filter(({ order, payment }) => awaitsTransfer(order, payment)).length,
    low_stock: lowStock(products as Product[], producer?.stock_location?.id),
    expiring_certificates: expiringCertificates(products as Product[], now),
  }
}
