import { cookies } from "next/headers"
import { storefrontUrl } from "../config"

const CART_COOKIE = "_ocop_cart_id"
// A guest's cart waits for them a month, as long as Medusa keeps an abandoned cart around.
const MAX_AGE_SECONDS = 60 * 60 * 24 * 30

/** The id of the shopper's cart, kept across visits; undefined before their first "add to cart". */
export async function readCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

export async function writeCartId(cartId: string) {
  ;(await cookies()).set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    // Only where the storefront is served over HTTPS: a Secure cookie is dropped on plain HTTP.
    secure: storefrontUrl().protocol === "https:",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  })
}

export async function removeCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}
