import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"

/** A producer's public page: its details and its published products. Pending or suspended producers are not shown. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [
      "id",
      "name",
      "handle",
      "legal_form",
      "representative",
      "women_led",
      "ethnic_minority_led",
      "ethnic_group",
      "in_value_chain",
      "province_code",
      "commune_code",
      "former_district",
      "story_vi",
      "story_en",
      "logo_url",
      "products.id",
      "products.title",
      "products.handle",
      "products.thumbnail",
      "products.status",
      "products.sales_channels.id",
    ],
    filters: { handle: req.params.handle, status: "active" },
  })
  const producer = data[0]
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${req.params.handle} was not found`)
  }
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  type LinkedProduct = {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    status: string
    sales_channels?: { id: string }[]
  }
  const products = ((producer as { products?: LinkedProduct[] }).products ?? [])
    .filter((product) => product.status === ProductStatus.PUBLISHED)
    .filter((product) => product.sales_channels?.some((channel) => salesChannelIds.includes(channel.id)))
    .map(({ id, title, handle, thumbnail }) => ({ id, title, handle, thumbnail }))
  res.json({ producer: { ...producer, products } })
}
