import { storeHeaders } from "../config"
import { httpOnlyCookie } from "../http-only-cookie"
import type { AuthActor } from "./emailpass-fetch"

// Medusa's tokens last a day by default; the cookie does not outlive them by much.
const TOKEN_SECONDS = 60 * 60 * 24

// One cookie each: one browser may shop and run a producer's portal at once.
const AUTH_COOKIES: Record<AuthActor, ReturnType<typeof httpOnlyCookie>> = {
  customer: httpOnlyCookie("_ocop_jwt", TOKEN_SECONDS),
  producer: httpOnlyCookie("_ocop_producer_jwt", TOKEN_SECONDS),
}

/** The signed-in customer's or producer member's token, kept only in an httpOnly cookie. */
export async function readAuthToken(actor: AuthActor): Promise<string | undefined> {
  return AUTH_COOKIES[actor].read()
}

export async function writeAuthToken(actor: AuthActor, token: string) {
  await AUTH_COOKIES[actor].write(token)
}

export async function removeAuthToken(actor: AuthActor) {
  await AUTH_COOKIES[actor].remove()
}

/** The Authorization header for the backend when a customer is signed in; none for a guest. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await readAuthToken("customer")
  return token ? { authorization: `Bearer ${token}` } : {}
}

/**
 * The headers of a request about the shopper's own cart or orders: a signed-in customer's cart and
 * orders answer only to its token (404 without it); a guest's to their ids alone.
 */
export async function shopperHeaders(): Promise<Record<string, string>> {
  return { ...(await storeHeaders()), ...(await authHeaders()) }
}
