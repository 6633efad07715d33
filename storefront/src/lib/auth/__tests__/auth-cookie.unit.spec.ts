import { afterEach, describe, expect, it, vi } from "vitest"
import { readAuthToken, removeAuthToken, writeAuthToken } from "../auth-cookie"

type Written = { value: string; options: Record<string, unknown> }
// The browser's cookie jar for one request, as Next's `cookies()` shows it to a server action.
const jar = new Map<string, Written>()
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => jar.set(name, { value, options }),
    delete: (name: string) => jar.delete(name),
  }),
}))

afterEach(() => {
  jar.clear()
  delete process.env.NEXT_PUBLIC_BASE_URL
})

describe("auth cookie", () => {
  it("keeps the customer's and the producer member's tokens apart, so one browser can hold both sessions", async () => {
    await writeAuthToken("customer", "customer-jwt")
    await writeAuthToken("producer", "producer-jwt")
    expect([await readAuthToken("customer"), await readAuthToken("producer")]).toEqual(["customer-jwt", "producer-jwt"])
    expect([...jar.keys()].sort()).toEqual(["_ocop_jwt", "_ocop_producer_jwt"])

    await removeAuthToken("producer")
    expect([await readAuthToken("customer"), await readAuthToken("producer")]).toEqual(["customer-jwt", undefined])
  })

  it("writes an httpOnly cookie for a day, Secure only where the storefront is served over HTTPS", async () => {
    process.env.NEXT_PUBLIC_BASE_URL = "https://ocop.example.vn"
    await writeAuthToken("producer", "producer-jwt")
    expect(jar.get("_ocop_producer_jwt")?.options).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: true,
      path: "/",
      maxAge: 86_400,
    })

    process.env.NEXT_PUBLIC_BASE_URL = "http://localhost:8000"
    await writeAuthToken("customer", "customer-jwt")
    expect(jar.get("_ocop_jwt")?.options).toMatchObject({ httpOnly: true, secure: false })
  })
})
