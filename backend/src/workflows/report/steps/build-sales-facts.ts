import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buysWholesale, type Buyer } from "../../../lib/buyer-company"
import {
  buildSalesFacts,
  saleDimensions,
  salesRefundTag,
  type FactOrder,
  type FactRefund,
  type NewSalesFact,
} from "../../../lib/report/sales-facts"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

// The lines' totals are computed from their prices, adjustments and tax lines, so those are read too.
const ORDER_FIELDS = [
  "id",
  "created_at",
  "canceled_at",
  "status",
  "total",
  "producer.id",
  "items.*",
  "items.adjustments.*",
  "items.tax_lines.*",
  "items.total",
]
const PRODUCT_FIELDS = [
  "id",
  "ocop_certificates.stars",
  "ocop_certificates.product_set",
  "ocop_certificates.product_group",
  "ocop_certificates.decision_date",
  "ocop_certificates.revoked_at",
  "ocop_origin.province_code",
  "ocop_origin.commune_code",
  "ocop_origin.former_district",
  "producer.legal_form",
  "producer.women_led",
  "producer.ethnic_minority_led",
  "producer.province_code",
  "producer.commune_code",
  "producer.former_district",
]
const REFUND_FIELDS = [
  "id",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
  "payment_collections.payments.refunds.metadata",
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- query.graph rows of the fields above, across links
type Row = Record<string, any>

export const buildSalesFactsStepId = "build-sales-facts"

/**
 * The facts of these checkouts as they stand: their producer orders' lines with each product's
 * certificate, origin and producer, whether the buyer is a verified company, and the refunds of the
 * checkout's payment. Facts already written come out with the same keys. No writes.
 */
export const buildSalesFactsStep = createStep(
  buildSalesFactsStepId,
  async ({ order_group_ids }: { order_group_ids: string[] }, { container }) => {
    if (!order_group_ids.length) return new StepResponse([] as NewSalesFact[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: groups } = await query.graph({
      entity: "order_group",
      fields: ["id", "parent_order_id", "customer_id", "orders.id"],
      filters: { id: order_group_ids },
    })
    const orderIds = (groups as Row[]).flatMap((g) => (g.orders ?? []).flatMap((o: Row | null) => (o ? [o.id] : [])))
    const parentIds = groups.map((g) => g.parent_order_id)
    const [{ data: orders }, { data: parents }] = await Promise.all([
      query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } }),
      query.graph({ entity: "order", fields: REFUND_FIELDS, filters: { id: parentIds } }),
    ])
    const productIds = [...new Set((orders as Row[]).flatMap((o) => (o.items ?? []).map((i: Row) => i.product_id)))]
    const { data: products } = await query.graph({
      entity: "product",
      fields: PRODUCT_FIELDS,
      filters: { id: productIds.filter(Boolean) },
    })
    const productOf = new Map((products as Row[]).map((p) => [p.id as string, p]))

    const customerIds = [...new Set(groups.flatMap((g) => (g.customer_id ? [g.customer_id] : [])))]
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const staff = customerIds.length
      ? await companies.listCompanyStaffs({ customer_id: customerIds }, { relations: ["company"], take: null })
      : []
    const wholesaleCustomers = new Set(
      staff.filter((s) => buysWholesale({ staff: s, company: s.company } as unknown as Buyer)).map((s) => s.customer_id)
    )
    const orderById = new Map((orders as Row[]).map((o) => [o.id as string, o]))
    const parentById = new Map((parents as Row[]).map((p) => [p.id as string, p]))

    const facts = groups.flatMap((group) => {
      const factOrders: FactOrder[] = ((group as Row).orders ?? []).flatMap((ref: Row | null) => {
        const order = ref && orderById.get(ref.id)
        if (!order?.producer?.id) return []
        const createdAt = new Date(order.created_at)
        const canceledAt = order.canceled_at
          ? new Date(order.canceled_at)
          : order.status === "canceled"
            ? createdAt
            : null
        return [
          {
            id: order.id,
            producer_id: order.producer.id,
            wholesale: !!group.customer_id && wholesaleCustomers.has(group.customer_id),
            created_at: createdAt,
            canceled_at: canceledAt,
            lines: (order.items ?? []).map((item: Row) => {
              const product = productOf.get(item.product_id) ?? {}
              return {
                ...saleDimensions(
                  { certificates: product.ocop_certificates, origin: product.ocop_origin },
                  product.producer,
                  createdAt
                ),
                id: item.id,
                product_id: item.product_id,
                quantity: Number(item.quantity),
                amount: Math.round(Number(item.total ?? 0)),
                booking_id: (item.metadata?.booking_id as string | undefined) ?? null,
              }
            }),
          },
        ]
      })
      const payments = (parentById.get(group.parent_order_id)?.payment_collections ?? []).flatMap(
        (c: Row | null) => c?.payments ?? []
      )
      const refunds: FactRefund[] = payments.flatMap((payment: Row | null) =>
        (payment?.refunds ?? []).map((refund: Row) => {
          const tag = salesRefundTag(refund.metadata)
          return {
            id: refund.id,
            amount: Math.round(Number(refund.amount)),
            created_at: new Date(refund.created_at),
            booking_id: tag?.booking_id ?? null,
            producer_order_id: tag?.producer_order_id ?? null,
          }
        })
      )
      return buildSalesFacts(factOrders, refunds)
    })
    return new StepResponse(facts)
  }
)
