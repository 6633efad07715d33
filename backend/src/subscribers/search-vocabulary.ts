import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_REFRESH_EVENT } from "../lib/events"
import { refreshSearchVocabulary } from "../lib/search-vocabulary"

type Data = { product_ids?: string[]; id?: string }

/** The suggestion's words follow the product index: the same refresh events, the same products. */
export default async function searchVocabulary({ event, container }: SubscriberArgs<Data>) {
  const ids = event.data.product_ids ?? (event.data.id ? [event.data.id] : [])
  try {
    await refreshSearchVocabulary(container, ids)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Search vocabulary refresh failed: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: [PRODUCT_SEARCH_REFRESH_EVENT, "product.deleted"],
  context: { subscriberId: "search-vocabulary" },
}
