import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createEventBatcher } from "../lib/product-search-batcher"
import { PRODUCT_SEARCH_SOURCE_EVENTS, productIdsOfEvents } from "../lib/product-search-events"
import { refreshProductSearchWorkflow } from "../workflows/search/workflows/refresh-product-search"

type Container = SubscriberArgs<unknown>["container"]

// One batcher per process, flushing with the container of the latest event.
let container: Container
let batch: ReturnType<typeof createEventBatcher> | undefined

const refresh = async (events: Parameters<typeof productIdsOfEvents>[1]) => {
  const productIds = await productIdsOfEvents(container.resolve(ContainerRegistrationKeys.QUERY), events)
  if (productIds.length) await refreshProductSearchWorkflow(container).run({ input: { product_ids: productIds } })
}

/** Product, price, stock, variant and OCOP changes reach the product index as one refresh per short batch. */
export default async function productSearchSources({ event, container: eventContainer }: SubscriberArgs<unknown>) {
  container = eventContainer
  batch ??= createEventBatcher(refresh, (error) =>
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Product search refresh failed: ${error.message}`)
  )
  batch(event)
}

export const config: SubscriberConfig = {
  event: PRODUCT_SEARCH_SOURCE_EVENTS,
  context: { subscriberId: "product-search-sources" },
}
