import { cookies } from "next/headers"
import { storeHeaders, storefrontUrl } from "../config"

const AUTH_COOKIE = "_ocop_jwt"
// Medusa's customer tokens last a day by default; the cookie does not outlive them by much.
const MAX_AGE_SECONDS = 60 * 60 * 24

/** The signed-in customer's token, kept only in an httpOnly cookie: the browser's scripts never see it. */
export async function readAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value || undefined
}

export async function writeAuthToken(token: string) {
  ;(await cookies()).set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: storefrontUrl().protocol === "https:",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  })
}

export async function removeAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** The Authorization header for the backend when a customer is signed in; none for a guest. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await readAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/**
 * The headers of a request about the shopper's own cart or orders: a signed-in customer's cart and
 * orders answer only to its token (404 without it); a guest's to their ids alone.
 */
export async function shopperHeaders(): Promise<Record<string, string>> {
  return { ...(await storeHeaders()), ...(await authHeaders()) }
}
