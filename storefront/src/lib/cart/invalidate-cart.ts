import { updateTag } from "next/cache"
import { TAGS } from "../cache-tags"

/**
 * The one call after any change to the cart: it expires what was read under the cart's tag and,
 * from a server action, makes the page the shopper is on (and its header count) render again.
 */
export function invalidateCart() {
  updateTag(TAGS.carts)
}
