import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { RateLimiterRes } from "rate-limiter-flexible"
import {
  accountKey,
  AuthThrottle,
  Counter,
  createAuthThrottle,
  isRefusal,
  retryAfterSeconds,
} from "../../lib/auth-throttle"
import { isRegistrationActor } from "../../lib/emails/registration-attempt-email"
import { sendRegistrationAttemptEmailWorkflow } from "../../workflows/account/workflows/send-registration-attempt-email"
import { invalidField, Middleware, onPost } from "../validate-request"

const Email = z.string({ error: "email is required" }).trim().email("email is not a valid e-mail address")
const Credentials = z
  .object({ email: Email, password: z.string({ error: "password is required" }).min(1, "password is required") })
  .passthrough()
const ResetRequest = z
  .object({
    identifier: z.string({ error: "identifier is required" }).trim().email("identifier is not a valid e-mail address"),
  })
  .passthrough()
const NewPassword = z.object({ email: Email }).passthrough()

/** The same answer whether the e-mail has an account or the registration was refused otherwise. */
export const REGISTRATION_REFUSED = {
  type: "unauthorized",
  code: "registration_refused",
  message: "Registration refused: if this e-mail already has an account, sign in or reset its password",
}

// Made when the server loads its routes, so that the Redis connection is ready before the first sign-in.
const counters: AuthThrottle = createAuthThrottle()

const clientIp = (req: MedusaRequest) => req.ip ?? req.socket.remoteAddress ?? "unknown"

function tooManyAttempts(res: MedusaResponse, refusal: RateLimiterRes) {
  const seconds = retryAfterSeconds(refusal)
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({
    type: "too_many_requests",
    code: "too_many_attempts",
    message: `Too many attempts: try again in ${Math.ceil(seconds / 60)} minute(s)`,
    retry_after: seconds,
  })
}

/** Takes one attempt from each counter in turn; the first one that is spent refuses the request. */
async function take(counts: [Counter, string][]) {
  for (const [limiter, key] of counts) {
    try {
      await limiter.consume(key)
    } catch (error) {
      if (isRefusal(error)) return error
      throw error
    }
  }
  return null
}

/** A counter already past its limit (someone was refused), without counting this request. */
async function spent(limiter: Counter, key: string) {
  const state = await limiter.get(key)
  return state && state.consumedPoints > limiter.points ? state : null
}

/** Runs `settle` with the status once the answer is sent; a failing counter is logged, the answer is already out. */
function afterAnswer(req: MedusaRequest, res: MedusaResponse, settle: (status: number) => Promise<unknown> | void) {
  res.on("finish", () => {
    Promise.resolve(settle(res.statusCode)).catch((error) => {
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`Auth throttle could not settle ${req.method} ${req.originalUrl}: ${error}`)
    })
  })
}

/** Swaps a JSON answer that `matches` for `replacement` before it is sent. */
function replaceAnswer(
  res: MedusaResponse,
  matches: (status: number, body: { type?: unknown } | null) => boolean,
  replacement: object
) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => json(matches(res.statusCode, body as { type?: unknown } | null) ? replacement : body)
}

/** Only failures count: a wrong password (401) stays counted, a sign-in clears its account's count. */
async function throttleSignIn(req: MedusaRequest, res: MedusaResponse, email: string) {
  const { sign_in_ip, sign_in_account } = counters
  const ip = clientIp(req)
  const refusal = await take([
    [sign_in_ip, ip],
    [sign_in_account, email],
  ])
  if (refusal) return refusal
  afterAnswer(req, res, (status) => {
    if (status === 401) return
    if (status < 300) return Promise.all([sign_in_account.delete(email), sign_in_ip.reward(ip)])
    return Promise.all([sign_in_account.reward(email), sign_in_ip.reward(ip)])
  })
  return null
}

/** Every registration counts; one refused because the e-mail has an account says so to nobody but its owner. */
async function throttleRegistration(req: MedusaRequest, res: MedusaResponse, actor: string, email: string) {
  const { register_ip, register_account } = counters
  const refusal = await take([
    [register_ip, clientIp(req)],
    [register_account, email],
  ])
  if (refusal) return refusal
  replaceAnswer(res, (status) => status === 401, REGISTRATION_REFUSED)
  afterAnswer(req, res, (status) => (status === 401 ? noticeOwner(req, actor, email) : undefined))
  return null
}

async function noticeOwner(req: MedusaRequest, actor: string, email: string) {
  // Admin users are the office's; they are not mailed.
  if (!isRegistrationActor(actor)) return
  // Medusa looks the identity up by the e-mail exactly as it was typed.
  const typed = (req.body as { email: string }).email
  const identities = await req.scope
    .resolve(Modules.AUTH)
    .listProviderIdentities({ provider: "emailpass", entity_id: typed })
  if (!identities.length) return
  if (await take([[counters.registration_notice, email]])) return
  await sendRegistrationAttemptEmailWorkflow(req.scope).run({
    input: { email: typed, actor, storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000" },
  })
}

/** Every reset request counts, whether or not the e-mail has an account (the answer is the same). */
async function throttleReset(req: MedusaRequest, email: string) {
  const { reset_ip, reset_account } = counters
  return take([
    [reset_ip, clientIp(req)],
    [reset_account, email],
  ])
}

/** Choosing the new password: a link that is refused (401) counts against the resets of its account and IP. */
async function throttleNewPassword(req: MedusaRequest, res: MedusaResponse, email: string) {
  const { reset_ip, reset_account } = counters
  const ip = clientIp(req)
  const refusal = (await spent(reset_ip, ip)) ?? (await spent(reset_account, email))
  if (refusal) return refusal
  afterAnswer(req, res, (status) =>
    status === 401
      ? take([
          [reset_ip, ip],
          [reset_account, email],
        ])
      : undefined
  )
  return null
}

const EMAILPASS = /^\/auth\/([^/]+)\/emailpass(\/register|\/reset-password|\/update)?\/?$/

/**
 * Every e-mail and password sign-in of any actor (customer, producer, user), its registration and
 * its password reset: the e-mail is checked as an e-mail, then counted per account and per IP.
 * Global, so it runs before Medusa's own middlewares of these routes (a bad token at `/update` is
 * refused by them and would otherwise never be counted).
 */
async function throttleEmailPass(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const match = EMAILPASS.exec(req.originalUrl.split("?")[0])
  if (!match || (req.method !== "POST" && !(req.method === "GET" && !match[2]))) return next()
  const [, actor, action = ""] = match
  try {
    const schema = action === "/reset-password" ? ResetRequest : action === "/update" ? NewPassword : Credentials
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) return next(invalidField(parsed.error))
    const email = accountKey(
      action === "/reset-password"
        ? (req.body as { identifier: string }).identifier
        : (req.body as { email: string }).email
    )
    const refusal =
      action === "/register"
        ? await throttleRegistration(req, res, actor, email)
        : action === "/reset-password"
          ? await throttleReset(req, email)
          : action === "/update"
            ? await throttleNewPassword(req, res, email)
            : await throttleSignIn(req, res, email)
    if (refusal) return tooManyAttempts(res, refusal)
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * The profile that a registration token creates (a customer, a producer's application): refused
 * once the IP's registrations are spent, not counted again (each needs a token that counted), and a
 * customer e-mail that already has an account is refused with the registration's generic answer.
 */
function profileAfterRegistration({ hideDuplicate }: { hideDuplicate: boolean }): Middleware {
  return async (req, res, next) => {
    try {
      const refusal = await spent(counters.register_ip, clientIp(req))
      if (refusal) return tooManyAttempts(res, refusal)
      if (hideDuplicate)
        replaceAnswer(res, (status, body) => status >= 400 && body?.type === "duplicate_error", REGISTRATION_REFUSED)
      next()
    } catch (error) {
      next(error)
    }
  }
}

export const authThrottleMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth", middlewares: [throttleEmailPass] },
  { matcher: "/store/customers", middlewares: [onPost(profileAfterRegistration({ hideDuplicate: true }))] },
  { matcher: "/producer/applications", middlewares: [onPost(profileAfterRegistration({ hideDuplicate: false }))] },
]
