import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REVALIDATION_SIGNATURE_HEADER } from "@ocop/shared"
import { signatureOf } from "../../../src/lib/storefront-revalidation"
import { adminHeaders } from "../../utils/admin"

const SECRET = "storefront-revalidation-test-secret"
const LIMIT_MS = 2_000

type Received = { at: number; path?: string; signature?: string; body: string; closedAt?: number }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    // A stand-in for the storefront's POST /api/revalidate, which answers or, when told to, never does.
    const received: Received[] = []
    let answers = true
    let storefront: http.Server
    let admin: { headers: Record<string, string> }
    let product: { id: string; variants: { id: string }[] }

    beforeAll(async () => {
      admin = await adminHeaders(api, getContainer())
      const pack = { title: "Quy cách", values: ["Chai 500 ml"] }
      const { data } = await api.post(
        "/admin/products",
        {
          title: "Giấm táo mèo Tả Thàng",
          options: [pack],
          variants: [
            {
              title: "Chai 500 ml",
              manage_inventory: false,
              options: { [pack.title]: "Chai 500 ml" },
              prices: [{ currency_code: "vnd", amount: 85_000 }],
            },
          ],
        },
        admin
      )
      product = data.product
      storefront = http.createServer((request, response) => {
        let body = ""
        request.on("data", (chunk) => (body += chunk))
        request.on("end", () => {
          const call: Received = {
            at: Date.now(),
            path: request.url,
            signature: request.headers[REVALIDATION_SIGNATURE_HEADER] as string | undefined,
            body,
          }
          received.push(call)
          response.on("close", () => (call.closedAt = Date.now()))
          if (answers) response.end("{}")
        })
      })
      await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
      process.env.STOREFRONT_INTERNAL_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`
      process.env.REVALIDATE_SECRET = SECRET
    })

    afterAll(async () => {
      delete process.env.STOREFRONT_INTERNAL_URL
      delete process.env.REVALIDATE_SECRET
      storefront?.closeAllConnections()
      await new Promise((resolve) => (storefront ? storefront.close(resolve) : resolve(undefined)))
    })

    // The product's creation and earlier changes may still be on their way: each test starts from a quiet stand-in.
    beforeEach(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500))
      received.length = 0
      answers = true
    })

    const changePrice = (amount: number) =>
      api.post(
        `/admin/products/${product.id}/variants/${product.variants[0].id}`,
        { prices: [{ currency_code: "vnd", amount }] },
        admin
      )

    async function waitForCall() {
      const started = Date.now()
      while (!received.length && Date.now() - started < LIMIT_MS)
        await new Promise((resolve) => setTimeout(resolve, 20))
      return received[0]
    }

    describe("POST /admin/products/:id/variants/:variant_id", () => {
      it(`tells the storefront within ${LIMIT_MS} ms, signed, that its catalogue is stale`, async () => {
        const { status } = await changePrice(111_000)
        expect(status).toBe(200)

        const call = await waitForCall()
        expect(call).toMatchObject({
          path: "/api/revalidate",
          body: JSON.stringify({ tags: ["catalogue", "experiences"] }),
        })
        expect(call.signature).toBe(signatureOf(call.body, SECRET))
      })

      it("fails nothing when the storefront never answers: the call is given up after 2 s, and the next change is sent", async () => {
        answers = false
        expect((await changePrice(112_000)).status).toBe(200)
        const call = await waitForCall()
        await vi.waitFor(() => expect(call.closedAt).toBeDefined(), { timeout: 10_000, interval: 50 })
        expect(call.closedAt! - call.at).toBeGreaterThanOrEqual(1_900)

        received.length = 0
        answers = true
        expect((await changePrice(113_000)).status).toBe(200)
        expect(await waitForCall()).toMatchObject({ body: JSON.stringify({ tags: ["catalogue", "experiences"] }) })
      })
    })
  },
})
