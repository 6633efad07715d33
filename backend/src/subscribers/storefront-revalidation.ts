import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { createEventBatcher } from "../lib/product-search-batcher"
import { PRODUCT_SEARCH_SOURCE_EVENTS } from "../lib/product-search-events"
import { REGION_EVENTS, storefrontTagsOf } from "../lib/storefront-revalidation"
import { PRODUCT_SEARCH_REFRESH_EVENT } from "../lib/events"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/workflows/revalidate-storefront"

type Container = SubscriberArgs<unknown>["container"]

// One batcher per process, flushing with the container of the latest event.
let container: Container
let batch: ReturnType<typeof createEventBatcher> | undefined

const revalidate = async (events: Map<string, unknown>) => {
  await revalidateStorefrontWorkflow(container).run({ input: { tags: storefrontTagsOf(events.keys()) } })
}

/**
 * Whatever a public page shows (a product's prices, stock, producer, OCOP records; a region) changed:
 * the storefront is told once per short batch, so a catalogue import does not send thousands of calls.
 */
export default async function storefrontRevalidation({ event, container: eventContainer }: SubscriberArgs<unknown>) {
  container = eventContainer
  batch ??= createEventBatcher(revalidate, (error) =>
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Storefront revalidation failed: ${error.message}`)
  )
  batch(event)
}

export const config: SubscriberConfig = {
  // The catalogue's search results change only once the index has taken a refresh in, which comes
  // after the change itself: the storefront is told of both.
  event: [
    ...PRODUCT_SEARCH_SOURCE_EVENTS,
    PRODUCT_SEARCH_REFRESH_EVENT,
    ProductWorkflowEvents.DELETED,
    ...REGION_EVENTS,
  ],
  context: { subscriberId: "storefront-revalidation" },
}
