import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible"

/** What is counted, and per what: an account (its normalised e-mail) or a client's IP. */
export type ThrottleName =
  | "sign_in_account"
  | "sign_in_ip"
  | "reset_account"
  | "reset_ip"
  | "register_account"
  | "register_ip"
  | "registration_notice"

type Limit = { points: number; minutes: number }

/**
 * Failed sign-ins are counted per account and per IP; resets and registrations every time. The
 * per-IP limits are higher than a guess-one-password attack needs because many shoppers share an
 * address (mobile carriers' NAT, an office, a cooperative's one connection).
 */
export const DEFAULT_LIMITS: Record<ThrottleName, Limit> = {
  sign_in_account: { points: 5, minutes: 15 },
  sign_in_ip: { points: 20, minutes: 15 },
  reset_account: { points: 3, minutes: 60 },
  reset_ip: { points: 10, minutes: 60 },
  register_account: { points: 5, minutes: 60 },
  register_ip: { points: 50, minutes: 60 },
  // At most one "someone tried to register with your e-mail" letter an hour.
  registration_notice: { points: 1, minutes: 60 },
}

/** `AUTH_THROTTLE_SIGN_IN_IP=20/15` (attempts/minutes) overrides one limit. */
function limitOf(name: ThrottleName, env: NodeJS.ProcessEnv): Limit {
  const raw = env[`AUTH_THROTTLE_${name.toUpperCase()}`]
  const match = raw ? /^(\d+)\/(\d+)$/.exec(raw.trim()) : null
  if (raw && !match)
    throw new Error(`AUTH_THROTTLE_${name.toUpperCase()} must read attempts/minutes, like 5/15; it is "${raw}"`)
  return match ? { points: Number(match[1]), minutes: Number(match[2]) } : DEFAULT_LIMITS[name]
}

export type Counter = RateLimiterMemory | RateLimiterRedis
export type AuthThrottle = Record<ThrottleName, Counter> & { redis?: Redis }

/**
 * The counters, in Redis when REDIS_URL is set (every server process shares them) and in this
 * process's memory otherwise. Should Redis be unreachable, each process counts on its own meanwhile
 * rather than letting every attempt through or refusing every sign-in.
 */
export function createAuthThrottle(env: NodeJS.ProcessEnv = process.env): AuthThrottle {
  const prefix = env.AUTH_THROTTLE_PREFIX || "auth-throttle"
  const redis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    : undefined
  // Without a listener, ioredis reports a lost connection as an unhandled error event.
  redis?.on("error", () => undefined)
  const limiters = Object.fromEntries(
    (Object.keys(DEFAULT_LIMITS) as ThrottleName[]).map((name) => {
      const { points, minutes } = limitOf(name, env)
      const options = { keyPrefix: `${prefix}:${name}`, points, duration: minutes * 60 }
      const memory = new RateLimiterMemory(options)
      const counter: Counter = redis
        ? new RateLimiterRedis({
            ...options,
            storeClient: redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory
      return [name, counter]
    })
  ) as Record<ThrottleName, Counter>
  return { ...limiters, redis }
}

/** The account a request is about: e-mails are compared trimmed and in lower case. */
export const accountKey = (email: string) => email.trim().toLowerCase()

/** Whole seconds until the counter that refused lets the next attempt through (at least one). */
export const retryAfterSeconds = (refusal: RateLimiterRes) => Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))

export const isRefusal = (error: unknown): error is RateLimiterRes => error instanceof RateLimiterRes
