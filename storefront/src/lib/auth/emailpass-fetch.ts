import { FetchError } from "@medusajs/js-sdk"
import { headers } from "next/headers"
import { backendUrl } from "../config"

/** Who signs in: a customer, or a producer's member (Medusa's auth actor types, `/auth/{actor}/…`). */
export type AuthActor = "customer" | "producer"

/** The backend refused for too many attempts (429); `minutes` until it lets the next one through. */
export class TooManyAttemptsError extends Error {
  constructor(readonly minutes: number) {
    super(`Too many attempts: try again in ${minutes} minute(s)`)
  }
}

/** Whole minutes (at least one) in a Retry-After header given in seconds, as the backend sends it. */
export function minutesToWait(retryAfter: string | null): number {
  const seconds = Number(retryAfter)
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1
}

/**
 * The shopper's address as this server received it (Next sets it when no proxy did). The backend
 * counts sign-in attempts per IP; without it, every shopper would be this one server.
 */
async function shopperIp() {
  const chain = (await headers()).get("x-forwarded-for")
  return chain?.split(",").at(-1)?.trim() || undefined
}

/**
 * A POST to Medusa's e-mail and password routes (`/auth/{actor}/emailpass…`). The SDK's errors keep
 * only the status and message, so this reads the answer itself: a 429 becomes a TooManyAttemptsError
 * with the wait from Retry-After; other refusals throw the SDK's FetchError as before.
 */
export async function emailPassFetch<T = void>(
  path: string,
  body: Record<string, unknown>,
  { token }: { token?: string } = {}
): Promise<T> {
  const ip = await shopperIp()
  const response = await fetch(`${backendUrl()}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(ip ? { "x-forwarded-for": ip } : {}),
    },
    body: JSON.stringify(body),
    cache: "no-store",
  })
  if (response.status === 429) throw new TooManyAttemptsError(minutesToWait(response.headers.get("retry-after")))
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as { message?: string }
    throw new FetchError(answer.message ?? response.statusText, response.statusText, response.status)
  }
  // A reset request answers 201 with the plain text "Created".
  const type = response.headers.get("content-type") ?? ""
  return (type.includes("application/json") ? await response.json() : undefined) as T
}

/**
 * A token for an e-mail and password: `sign-in` answers the session's, `register` one that only
 * creates the actor (the customer, the producer's application).
 */
export async function emailPassToken(
  actor: AuthActor,
  purpose: "sign-in" | "register",
  { email, password }: { email: string; password: string }
) {
  const path = purpose === "register" ? "/register" : ""
  const { token } = await emailPassFetch<{ token: string }>(`/auth/${actor}/emailpass${path}`, { email, password })
  return token
}
