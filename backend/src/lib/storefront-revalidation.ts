import { createHmac } from "node:crypto"
import { RegionWorkflowEvents } from "@medusajs/framework/utils"
import { PUBLIC_CACHE_TAGS, type PublicCacheTag } from "@ocop/shared"

export const REGION_EVENTS: string[] = [
  RegionWorkflowEvents.CREATED,
  RegionWorkflowEvents.UPDATED,
  RegionWorkflowEvents.DELETED,
]

/**
 * The tags a batch of events makes stale: a region's own, and for everything else the catalogue's
 * and the experiences' (an experience is a product: its page shows the product's photos, prices and
 * producer, and the host's goods).
 */
export function storefrontTagsOf(eventNames: Iterable<string>): PublicCacheTag[] {
  const names = [...eventNames]
  return [
    ...(names.some((name) => !REGION_EVENTS.includes(name))
      ? [PUBLIC_CACHE_TAGS.catalogue, PUBLIC_CACHE_TAGS.experiences]
      : []),
    ...(names.some((name) => REGION_EVENTS.includes(name)) ? [PUBLIC_CACHE_TAGS.regions] : []),
  ]
}

export function signatureOf(body: string, secret: string) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`
}

/**
 * Where revalidation requests go: the storefront as the backend reaches it (STOREFRONT_INTERNAL_URL,
 * else its public STOREFRONT_URL), signed with REVALIDATE_SECRET; null without a secret or a URL.
 */
export function revalidationTarget(env: Record<string, string | undefined> = process.env) {
  const secret = env.REVALIDATE_SECRET?.trim()
  const base = (env.STOREFRONT_INTERNAL_URL ?? env.STOREFRONT_URL)?.trim().replace(/\/+$/, "")
  return secret && base ? { url: `${base}/api/revalidate`, secret } : null
}
