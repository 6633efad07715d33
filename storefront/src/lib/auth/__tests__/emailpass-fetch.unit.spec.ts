import { FetchError } from "@medusajs/js-sdk"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { createTranslator } from "use-intl/core"
import { afterAll, beforeAll, describe, expect, it, vi as vitest } from "vitest"
import en from "../../../../messages/en.json"
import vi from "../../../../messages/vi.json"
import { emailPassFetch, emailPassToken, minutesToWait, TooManyAttemptsError } from "../emailpass-fetch"

// The request a server action runs in: a shopper's address, after a proxy's one that it came through.
vitest.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "10.1.2.3, 203.0.113.7" }),
}))

const forwardedFor: (string | undefined)[] = []
const tokenRequests: { url?: string; body: unknown }[] = []

// Answers as the backend's throttle does (backend/src/api/auth/middlewares.ts): 429, Retry-After in seconds.
const server = http.createServer((req, res) => {
  forwardedFor.push(req.headers["x-forwarded-for"] as string | undefined)
  if (req.url === "/auth/customer/emailpass") {
    res.writeHead(429, { "content-type": "application/json", "retry-after": "840" })
    res.end(
      JSON.stringify({
        type: "too_many_requests",
        code: "too_many_attempts",
        message: "Too many attempts: try again in 14 minute(s)",
        retry_after: 840,
      })
    )
    return
  }
  if (req.url?.startsWith("/auth/producer/")) {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      tokenRequests.push({ url: req.url, body: JSON.parse(body) })
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify({ token: `token of ${req.url}` }))
    })
    return
  }
  res.writeHead(401, { "content-type": "application/json" })
  res.end(JSON.stringify({ type: "unauthorized", message: "Invalid email or password" }))
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe("emailPassFetch", () => {
  it("turns a 429 into the minutes to wait, which the sign-in form says in Vietnamese (and English)", async () => {
    const refusal = await emailPassFetch("/auth/customer/emailpass", { email: "lan@example.vn", password: "x" }).catch(
      (error) => error
    )
    expect(refusal).toBeInstanceOf(TooManyAttemptsError)
    expect(refusal.minutes).toBe(14)
    // The backend counts the shopper's address (the last one a proxy added), not this server's.
    expect(forwardedFor.at(-1)).toBe("203.0.113.7")
    const say = (messages: typeof vi, locale: "vi" | "en", namespace: "Account" | "ProducerPortal") =>
      createTranslator({ locale, messages, namespace })("error.tooManyAttempts", { minutes: refusal.minutes })
    expect(say(vi, "vi", "Account")).toBe("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 14 phút.")
    expect(say(vi, "vi", "ProducerPortal")).toBe("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 14 phút.")
    expect(say(en, "en", "Account")).toBe("Too many attempts. Please try again in 14 minutes.")
  })

  it("throws other refusals as the SDK does, with status and message", async () => {
    const refusal = await emailPassFetch("/auth/customer/emailpass/register", {
      email: "lan@example.vn",
      password: "x",
    }).catch((error) => error)
    expect(refusal).toBeInstanceOf(FetchError)
    expect(refusal).toMatchObject({ status: 401, message: "Invalid email or password" })
  })

  it("rounds Retry-After seconds up to whole minutes, at least one", () => {
    expect([
      minutesToWait("1"),
      minutesToWait("60"),
      minutesToWait("61"),
      minutesToWait("3600"),
      minutesToWait(null),
      minutesToWait("soon"),
    ]).toEqual([1, 1, 2, 60, 1, 1])
  })
})

describe("emailPassToken", () => {
  it("asks the actor's sign-in or registration route with the e-mail and password alone, and answers its token", async () => {
    const credentials = { email: "hoa@htx-tra.vn", password: "mat-khau-dai", name: "Hoa" }
    expect(await emailPassToken("producer", "sign-in", credentials)).toBe("token of /auth/producer/emailpass")
    expect(await emailPassToken("producer", "register", credentials)).toBe("token of /auth/producer/emailpass/register")
    expect(tokenRequests.map((request) => request.body)).toEqual([
      { email: "hoa@htx-tra.vn", password: "mat-khau-dai" },
      { email: "hoa@htx-tra.vn", password: "mat-khau-dai" },
    ])
  })

  it("refuses as emailPassFetch does: the customer's registration route answers 401 here", async () => {
    const refusal = await emailPassToken("customer", "register", { email: "lan@example.vn", password: "x" }).catch(
      (error) => error
    )
    expect(refusal).toMatchObject({ status: 401, message: "Invalid email or password" })
  })
})
