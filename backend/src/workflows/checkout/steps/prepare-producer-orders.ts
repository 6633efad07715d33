import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_BUYER_KEY, type InvoiceBuyer } from "@ocop/shared"

export type ProducerOrderInput = {
  producer_id: string
  order: Record<string, unknown>
}

export type PreparedSplit = {
  parent: {
    id: string
    cart_id: string
    customer_id: string | null
    email: string | null
    currency_code: string
    total: number
  }
  producer_orders: ProducerOrderInput[]
}

const ORDER_FIELDS = [
  "id",
  "region_id",
  "customer_id",
  "sales_channel_id",
  "email",
  "currency_code",
  "total",
  "locale",
  "metadata",
  "shipping_address.*",
  "billing_address.*",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
]
const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "phone",
  "company",
  "address_1",
  "address_2",
  "city",
  "country_code",
  "province",
  "postal_code",
  "metadata",
]

type Row = Record<string, unknown>
type OrderLine = Row & {
  id: string
  title: string
  product_id: string
  metadata?: Row | null
  tax_lines?: Row[] | null
  adjustments?: Row[] | null
}
type OrderShippingMethod = Row & { shipping_option_id: string; tax_lines?: Row[] | null; adjustments?: Row[] | null }

const pick = (source: Row | null | undefined, keys: string[]) =>
  source ? Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]])) : undefined
const taxLines = (lines: Row[] | null | undefined) =>
  (lines ?? []).map((l) => ({
    code: l.code,
    rate: l.rate,
    description: l.description,
    provider_id: l.provider_id,
    tax_rate_id: l.tax_rate_id,
  }))
const adjustments = (lines: Row[] | null | undefined) =>
  (lines ?? []).map((a) => ({
    code: a.code,
    amount: a.amount,
    description: a.description,
    promotion_id: a.promotion_id,
    provider_id: a.provider_id,
  }))

export const prepareProducerOrdersStepId = "prepare-producer-orders"

/**
 * Reads the order Medusa completed the cart into and groups its items by producer, each with the
 * shipping method of that producer's shipping profile. No writes: `createOrderGroupStep` does them.
 */
export const prepareProducerOrdersStep = createStep(
  prepareProducerOrdersStepId,
  async (
    { cart_id, order_id, invoice_buyer }: { cart_id: string; order_id: string; invoice_buyer?: InvoiceBuyer | null },
    { container }
  ): Promise<StepResponse<PreparedSplit>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order_id } })
    const items = (order.items ?? []) as OrderLine[]
    const methods = (order.shipping_methods ?? []) as OrderShippingMethod[]

    const productIds = [...new Set(items.map((i) => i.product_id as string))]
    const optionIds = [...new Set(methods.map((m) => m.shipping_option_id as string).filter(Boolean))]
    const [{ data: products }, { data: options }] = await Promise.all([
      query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productIds } }),
      query.graph({ entity: "shipping_option", fields: ["id", "shipping_profile_id"], filters: { id: optionIds } }),
    ])
    const { data: producers } = await query.graph({
      entity: "producer",
      fields: ["id", "shipping_profile.id"],
      filters: { id: [...new Set(products.flatMap((p) => (p.producer?.id ? [p.producer.id] : [])))] },
    })
    const producerOfProduct = new Map(products.map((p) => [p.id, p.producer?.id as string | undefined]))
    const producerOfProfile = new Map(producers.map((p) => [p.shipping_profile?.id, p.id as string]))
    const profileOfOption = new Map(options.map((o) => [o.id, o.shipping_profile_id as string]))

    const itemsByProducer = new Map<string, OrderLine[]>()
    for (const item of items) {
      const producerId = producerOfProduct.get(item.product_id)
      if (!producerId) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `items: "${item.title}" has no producer, so no one could fulfil it`
        )
      }
      itemsByProducer.set(producerId, [...(itemsByProducer.get(producerId) ?? []), item])
    }

    const shared = {
      region_id: order.region_id,
      customer_id: order.customer_id,
      sales_channel_id: order.sales_channel_id,
      email: order.email,
      currency_code: order.currency_code,
      locale: order.locale,
      shipping_address: pick(order.shipping_address, ADDRESS_FIELDS),
      billing_address: pick(order.billing_address, ADDRESS_FIELDS),
    }
    const producer_orders = [...itemsByProducer].map(([producer_id, producerItems]) => ({
      producer_id,
      order: {
        ...shared,
        // The buyer's delivery note travels to every producer who delivers.
        metadata: {
          parent_order_id: order.id,
          cart_id,
          note: (order.metadata as { note?: string } | null)?.note ?? null,
          // Each producer issues its own VAT e-invoice, so each order carries the buyer's data.
          ...(invoice_buyer ? { [INVOICE_BUYER_KEY]: invoice_buyer } : {}),
        },
        items: producerItems.map((item) => ({
          title: item.title,
          subtitle: item.subtitle,
          thumbnail: item.thumbnail,
          variant_id: item.variant_id,
          product_id: item.product_id,
          product_title: item.product_title,
          product_handle: item.product_handle,
          variant_title: item.variant_title,
          variant_sku: item.variant_sku,
          quantity: item.quantity,
          unit_price: item.unit_price,
          is_tax_inclusive: item.is_tax_inclusive,
          requires_shipping: item.requires_shipping,
          metadata: { ...(item.metadata ?? {}), parent_line_item_id: item.id },
          tax_lines: taxLines(item.tax_lines),
          adjustments: adjustments(item.adjustments),
        })),
        shipping_methods: methods
          .filter((m) => producerOfProfile.get(profileOfOption.get(m.shipping_option_id)) === producer_id)
          .map((m) => ({
            name: m.name,
            amount: m.amount,
            is_tax_inclusive: m.is_tax_inclusive,
            shipping_option_id: m.shipping_option_id,
            data: m.data,
            tax_lines: taxLines(m.tax_lines),
            adjustments: adjustments(m.adjustments),
          })),
      },
    }))

    return new StepResponse({
      parent: {
        id: order.id,
        cart_id,
        customer_id: order.customer_id ?? null,
        email: order.email ?? null,
        currency_code: order.currency_code,
        total: Number(order.total),
      },
      producer_orders,
    })
  }
)
