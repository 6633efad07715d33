/**
 * Tags on every backend read, so one `revalidateTag` drops what a change made stale. Pages render
 * per request for now (`dynamic = "force-dynamic"`), so nothing is cached until a page opts in.
 */
export const TAGS = {
  products: "products",
  producers: "producers",
  places: "places",
  regions: "regions",
  carts: "carts",
  orderGroups: "order-groups",
  producerPortal: "producer-portal",
} as const
