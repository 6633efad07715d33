import { updateTag } from "next/cache"
import { TAGS } from "../cache-tags"

/** The one call after any change in the portal: from a server action, the page shown renders again. */
export function invalidatePortal() {
  updateTag(TAGS.producerPortal)
}
