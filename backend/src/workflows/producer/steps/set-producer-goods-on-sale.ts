import { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetProducerGoodsOnSaleInput = { producer_id: string; on_sale: boolean }

type Channelled = { id: string; sales_channels?: ({ id: string } | null)[] | null } | null
type Moved = { links: LinkDefinition[]; on_sale: boolean }

export const setProducerGoodsOnSaleStepId = "set-producer-goods-on-sale"

/**
 * Takes a producer's goods out of the store's sales channel, or puts them back, with Medusa's own
 * links: its products (the store product routes and the search index show a product only in the
 * key's channel) and its stock location (Medusa reserves stock for a cart only at a location of the
 * cart's channel, so adding the goods to a cart and completing a cart that holds them both fail).
 * Returns the products it moved; the compensation moves them back.
 */
export const setProducerGoodsOnSaleStep = createStep(
  setProducerGoodsOnSaleStepId,
  async (input: SetProducerGoodsOnSaleInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [
      {
        data: [store],
      },
      {
        data: [producer],
      },
    ] = await Promise.all([
      query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
      query.graph({
        entity: "producer",
        fields: ["products.id", "products.sales_channels.id", "stock_location.id", "stock_location.sales_channels.id"],
        filters: { id: input.producer_id },
      }),
    ])
    const channelId = store?.default_sales_channel_id as string | undefined
    if (!channelId || !producer)
      return new StepResponse({ product_ids: [] as string[] }, { links: [], on_sale: input.on_sale } as Moved)
    const toMove = (rows: Channelled[]) =>
      rows.flatMap((row) =>
        row && (row.sales_channels ?? []).some((c) => c?.id === channelId) !== input.on_sale ? [row.id] : []
      )
    const productIds = toMove((producer.products ?? []) as Channelled[])
    const locationIds = toMove([producer.stock_location ?? null])
    const links: LinkDefinition[] = [
      ...productIds.map((product_id) => ({
        [Modules.PRODUCT]: { product_id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
      })),
      ...locationIds.map((stock_location_id) => ({
        [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
        [Modules.STOCK_LOCATION]: { stock_location_id },
      })),
    ]
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (links.length && input.on_sale) await link.create(links)
    else if (links.length) await link.dismiss(links)
    return new StepResponse({ product_ids: productIds }, { links, on_sale: input.on_sale } as Moved)
  },
  async (moved, { container }) => {
    if (!moved?.links.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (moved.on_sale) await link.dismiss(moved.links)
    else await link.create(moved.links)
  }
)
