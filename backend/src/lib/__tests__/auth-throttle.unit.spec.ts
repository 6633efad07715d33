import Redis from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { accountKey, AuthThrottle, createAuthThrottle, DEFAULT_LIMITS, isRefusal } from "../auth-throttle"

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"
// Each run counts under its own prefix: counters of an earlier run live on for their window.
const prefix = `auth-throttle-test-${process.pid}-${Date.now()}`

const refusalOf = (attempt: Promise<unknown>) =>
  attempt.then(
    () => null,
    (error) => (isRefusal(error) ? error : Promise.reject(error))
  )

async function ready(throttle: AuthThrottle) {
  if (throttle.redis!.status !== "ready") await new Promise((resolve) => throttle.redis!.once("ready", resolve))
}

describe("createAuthThrottle", () => {
  const opened: AuthThrottle[] = []
  const redis = new Redis(REDIS_URL)
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`)
    if (keys.length) await redis.del(...keys)
    await Promise.all(opened.map((throttle) => throttle.redis?.quit()))
    await redis.quit()
  })

  it("counts in this process's memory without REDIS_URL", () => {
    const throttle = createAuthThrottle({})
    expect(throttle.redis).toBeUndefined()
    expect(throttle.sign_in_account.constructor.name).toBe("RateLimiterMemory")
    expect(throttle.sign_in_account.points).toBe(DEFAULT_LIMITS.sign_in_account.points)
    expect(throttle.sign_in_account.duration).toBe(15 * 60)
  })

  it("keeps the counts in Redis with REDIS_URL, so that two server processes share them", async () => {
    const [first, second] = [
      createAuthThrottle({ REDIS_URL, AUTH_THROTTLE_PREFIX: prefix }),
      createAuthThrottle({ REDIS_URL, AUTH_THROTTLE_PREFIX: prefix }),
    ]
    opened.push(first, second)
    await Promise.all([ready(first), ready(second)])
    const account = accountKey("  Lan.Nguyen@Example.vn ")
    for (let i = 0; i < 3; i++) await first.sign_in_account.consume(account)
    for (let i = 0; i < 2; i++) await second.sign_in_account.consume(account)

    expect(await redis.get(`${prefix}:sign_in_account:lan.nguyen@example.vn`)).toBe("5")
    expect(await redis.pttl(`${prefix}:sign_in_account:lan.nguyen@example.vn`)).toBeGreaterThan(14 * 60 * 1000)
    const refusal = await refusalOf(first.sign_in_account.consume(account))
    expect(refusal?.msBeforeNext).toBeGreaterThan(0)
  })

  it("reads a limit from the environment as attempts/minutes and refuses a malformed one", () => {
    const throttle = createAuthThrottle({ AUTH_THROTTLE_REGISTER_IP: "7/30" })
    expect([throttle.register_ip.points, throttle.register_ip.duration]).toEqual([7, 30 * 60])
    expect(() => createAuthThrottle({ AUTH_THROTTLE_SIGN_IN_IP: "lots" })).toThrow(
      /AUTH_THROTTLE_SIGN_IN_IP must read attempts\/minutes/
    )
  })
})
