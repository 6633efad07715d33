import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BackendError, errorCode } from "../backend-error"
import { storeFetch } from "../store-fetch"

const requests: { method?: string; url?: string; body: string; key?: string }[] = []

// Answers as the backend does: a refusal is JSON with `type`, `code` and `message`.
const server = http.createServer((req, res) => {
  let body = ""
  req.on("data", (chunk) => (body += chunk))
  req.on("end", () => {
    requests.push({
      method: req.method,
      url: req.url,
      body,
      key: req.headers["x-publishable-api-key"] as string | undefined,
    })
    res.setHeader("content-type", "application/json")
    if (req.url?.startsWith("/store/carts/cart_1/line-items")) {
      res.writeHead(400)
      res.end(
        JSON.stringify({
          type: "invalid_data",
          code: "quantity_below_minimum",
          message: "quantity: at least 2 per order for Mật ong – 500 ml",
        })
      )
      return
    }
    if (req.url === "/store/carts/cart_2") {
      res.writeHead(404)
      res.end(JSON.stringify({ type: "not_found", message: "cart: no cart with id cart_2" }))
      return
    }
    res.writeHead(200)
    res.end(JSON.stringify({ cart: { id: "cart_1" } }))
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe("storeFetch", () => {
  it("sends the body as JSON with the query and headers, and answers the backend's JSON", async () => {
    const answer = await storeFetch<{ cart: { id: string } }>("/store/carts/cart_1", {
      method: "POST",
      body: { email: "lan@example.vn" },
      query: { fields: "id" },
      headers: { "x-publishable-api-key": "pk_1" },
    })
    expect(answer).toEqual({ cart: { id: "cart_1" } })
    expect(requests.at(-1)).toEqual({
      method: "POST",
      url: "/store/carts/cart_1?fields=id",
      body: '{"email":"lan@example.vn"}',
      key: "pk_1",
    })
  })

  it("throws a refusal with the backend's status, message and code", async () => {
    const refusal = await storeFetch("/store/carts/cart_1/line-items", {
      method: "POST",
      body: { variant_id: "variant_1", quantity: 1 },
    }).catch((error) => error)
    expect(refusal).toBeInstanceOf(BackendError)
    expect(refusal).toMatchObject({ status: 400, message: "quantity: at least 2 per order for Mật ong – 500 ml" })
    expect(errorCode(refusal)).toBe("quantity_below_minimum")
  })

  it("throws a refusal without a code as one whose code is undefined", async () => {
    const refusal = await storeFetch("/store/carts/cart_2").catch((error) => error)
    expect(refusal).toMatchObject({ status: 404, message: "cart: no cart with id cart_2" })
    expect(errorCode(refusal)).toBeUndefined()
  })
})
