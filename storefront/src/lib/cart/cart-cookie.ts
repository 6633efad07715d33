import { httpOnlyCookie } from "../http-only-cookie"

// A guest's cart waits for them a month, as long as Medusa keeps an abandoned cart around.
const cartCookie = httpOnlyCookie("_ocop_cart_id", 60 * 60 * 24 * 30)

/** The id of the shopper's cart, kept across visits; undefined before their first "add to cart". */
export const readCartId = cartCookie.read
export const writeCartId = cartCookie.write
export const removeCartId = cartCookie.remove
