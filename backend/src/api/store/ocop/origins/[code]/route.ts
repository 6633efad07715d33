import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"

const PRODUCER_FIELDS = [
  "id",
  "name",
  "handle",
  "legal_form",
  "women_led",
  "ethnic_minority_led",
  "ethnic_group",
  "former_district",
  "logo_url",
]

type OriginProduct = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  status: string
  sales_channels?: { id: string }[]
  ocop_certificates?: Record<string, unknown>[]
  producer?: Record<string, unknown> | null
}

/** The public origin page behind a product's QR code: the place, the product, its producer and certificates. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_origin",
    fields: [
      "traceability_code",
      "growing_area_code",
      "province_code",
      "province_name",
      "commune_code",
      "commune_name",
      "former_district",
      "product.id",
      "product.title",
      "product.handle",
      "product.subtitle",
      "product.thumbnail",
      "product.metadata",
      "product.status",
      "product.sales_channels.id",
      "product.ocop_certificates.*",
      ...PRODUCER_FIELDS.map((field) => `product.producer.${field}`),
    ],
    filters: { traceability_code: req.params.code },
  })
  const { product, ...origin } = (data[0] ?? {}) as { product?: OriginProduct | null } & Record<string, unknown>
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const visible =
    product?.status === ProductStatus.PUBLISHED &&
    product.sales_channels?.some((channel) => salesChannelIds.includes(channel.id))
  if (!product || !visible) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No product on sale has the traceability code ${req.params.code}`
    )
  }
  const { ocop_certificates, producer, status: _status, sales_channels: _channels, ...productFields } = product
  res.json({
    origin: { ...origin, product: productFields, producer: producer ?? null, certificates: ocop_certificates ?? [] },
  })
}
