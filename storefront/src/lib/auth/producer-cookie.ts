import { cookies } from "next/headers"
import { storefrontUrl } from "../config"

// Apart from the customer's `_ocop_jwt`: one browser may shop and run a producer's portal at once.
const PRODUCER_COOKIE = "_ocop_producer_jwt"
// Medusa's tokens last a day by default; the cookie does not outlive them by much.
const MAX_AGE_SECONDS = 60 * 60 * 24

/** The signed-in producer member's token, kept only in an httpOnly cookie. */
export async function readProducerToken(): Promise<string | undefined> {
  return (await cookies()).get(PRODUCER_COOKIE)?.value || undefined
}

export async function writeProducerToken(token: string) {
  ;(await cookies()).set(PRODUCER_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: storefrontUrl().protocol === "https:",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  })
}

export async function removeProducerToken() {
  ;(await cookies()).delete(PRODUCER_COOKIE)
}
