import { refresh } from "next/cache"

/**
 * The one call after any change in the portal: from a server action, the page shown renders again.
 * The portal reads nothing from a cache; a change to a public listing reaches the shop's pages
 * through the backend's revalidation (see lib/cache-tags.ts).
 */
export function invalidatePortal() {
  refresh()
}
