import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type CartLines = {
  sales_channel_id?: string | null
  items?: ({ title?: string | null; product_id?: string | null } | null)[] | null
}

/**
 * The titles of a cart's lines whose product is no longer in the cart's sales channel (its producer
 * was suspended since they were added). Medusa's store product routes hide such products, but its
 * cart completion does not check the product's channel.
 */
export async function linesOffSale(container: MedusaContainer, cart: CartLines): Promise<string[]> {
  const lines = (cart.items ?? []).flatMap((item) =>
    item?.product_id ? [{ title: item.title ?? "", product_id: item.product_id }] : []
  )
  if (!lines.length || !cart.sales_channel_id) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "sales_channels.id"],
    filters: { id: [...new Set(lines.map((line) => line.product_id))] },
  })
  const onSale = new Set(
    (products as { id: string; sales_channels?: ({ id: string } | null)[] | null }[])
      .filter((product) => (product.sales_channels ?? []).some((channel) => channel?.id === cart.sales_channel_id))
      .map((product) => product.id)
  )
  return lines.filter((line) => !onSale.has(line.product_id)).map((line) => line.title)
}
