import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { setupMarketplace } from "../../../src/scripts/setup"
import { adminHeaders } from "../../utils/admin"
import { BUYER_ADDRESS } from "../../utils/checkout"
import { bearer, signUpApprovedProducer } from "../../utils/producer-portal"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>
    let customer: Headers
    let admin: Headers
    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)

    beforeAll(async () => {
      const container = getContainer()
      const setup = await setupMarketplace(container)
      store = { "x-publishable-api-key": setup.publishableKey }
      admin = await adminHeaders(api, container)
      const email = `answers-${Date.now()}@example.vn`
      const { data: registered } = await api.post("/auth/customer/emailpass/register", {
        email,
        password: "mat-khau-1",
      })
      await api.post(
        "/store/customers",
        { email, first_name: "Lan", last_name: "Nguyễn" },
        { headers: { ...store, ...bearer(registered.token).headers } }
      )
      const { data: signedIn } = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-1" })
      customer = { headers: { ...store, ...bearer(signedIn.token).headers } }
    }, 180_000)

    describe("POST /auth/customer/emailpass", () => {
      it("refuses an e-mail with a NUL byte with 400 naming it, no SQL", async () => {
        const response = await failure(
          api.post("/auth/customer/emailpass", { email: "lan\u0000@example.vn", password: "x" })
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^email: /)
        expect(JSON.stringify(response.data)).not.toMatch(/select|from "|where/i)
      })
    })

    it("sends no X-Powered-By, on answers and on refusals", async () => {
      const ok = await api.get("/store/regions", { headers: store })
      const refused = await failure(
        api.post("/store/carts", "{not json", { headers: { ...store, "content-type": "application/json" } })
      )
      expect(refused.status).toBe(400)
      expect(ok.headers["x-powered-by"]).toBeUndefined()
      expect(refused.headers["x-powered-by"]).toBeUndefined()
    })

    it("answers a malformed escape in a path parameter with 400, not 500", async () => {
      const response = await failure(api.get("/store/products/%E0%A4%A", { headers: store }))
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/^path: /)
    })

    it("answers a 10,000-deep JSON body with 400 naming the body", async () => {
      const deep = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000)
      const response = await failure(
        api.post("/store/carts", deep, { headers: { ...store, "content-type": "application/json" } })
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/^body: nested deeper than 32 levels/)
    })

    it("answers limit=-1 with 400 naming limit", async () => {
      const response = await failure(api.get("/store/products?limit=-1", { headers: store }))
      expect(response.status).toBe(400)
      expect(response.data.message).toBe("limit must be a whole number")
    })

    it("answers POST /store/search with a number for filters.q with 400", async () => {
      const response = await failure(
        api.post("/store/search", { indexes: ["product"], filters: { q: 0 } }, { headers: store })
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/^filters\.q/)
    })

    it("answers POST /store/shipping-options/:id/calculate with an unknown cart with 404", async () => {
      const response = await failure(
        api.post("/store/shipping-options/so_unknown/calculate", { cart_id: "cart_unknown" }, { headers: store })
      )
      expect(response.status).toBe(404)
      expect(response.data.message).toMatch(/^cart_id: /)
    })

    it("answers a broken multipart body on an upload route with 400 naming the file", async () => {
      const producer = await signUpApprovedProducer(api, getContainer())
      const boundary = "----ocop"
      const cut = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8`
      const response = await failure(
        api.post("/producer/me/logo", cut, {
          headers: { ...bearer(producer.token).headers, "content-type": `multipart/form-data; boundary=${boundary}` },
        })
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/^file: /)
    })

    describe("request body limits", () => {
      const statement = (bytes: number) =>
        "ngay,so tien,noi dung\n" + "01/07/2025,150000,OCOP khong khop\n".repeat(Math.ceil(bytes / 34))

      it("POST /admin/ocop/bank-statements takes a 106 KB statement", async () => {
        const response = await failure(api.post("/admin/ocop/bank-statements", { csv: statement(106_000) }, admin))
        expect(response.status).not.toBe(413)
        expect(response.status).toBeLessThan(500)
      })

      it("other routes still refuse a 200 KB body with 413", async () => {
        const response = await failure(api.post("/admin/ocop/producers", { name: "x".repeat(200_000) }, admin))
        expect(response.status).toBe(413)
        expect(response.data.message).toMatch(/^body: larger than/)
      })
    })

    describe("POST /store/customers/me/addresses", () => {
      it("refuses an empty address with 400 naming what a delivery needs", async () => {
        const response = await failure(api.post("/store/customers/me/addresses", {}, customer))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^phone: /)
        expect(response.data.message).toMatch(/address_1/)
        expect(response.data.message).toMatch(/metadata\.commune_code/)
        const { data } = await api.get("/store/customers/me?fields=*addresses", customer)
        expect(data.customer.addresses).toHaveLength(0)
      })

      it("refuses a commune outside the province", async () => {
        const response = await failure(
          api.post(
            "/store/customers/me/addresses",
            { ...BUYER_ADDRESS, metadata: { province_code: "01", commune_code: BUYER_ADDRESS.metadata.commune_code } },
            customer
          )
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^metadata\.commune_code: /)
      })

      it("refuses an update that empties the street", async () => {
        const { data } = await api.post("/store/customers/me/addresses?fields=*addresses", BUYER_ADDRESS, customer)
        const id = data.customer.addresses[0].id
        const response = await failure(
          api.post(`/store/customers/me/addresses/${id}`, { ...BUYER_ADDRESS, address_1: " " }, customer)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^address_1: /)
      })

      it("refuses a name longer than 200 characters", async () => {
        const response = await failure(
          api.post("/store/customers/me/addresses", { ...BUYER_ADDRESS, first_name: "L".repeat(201) }, customer)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("first_name must be at most 200 characters")
      })

      it("saves a deliverable address", async () => {
        const { data } = await api.post("/store/customers/me/addresses?fields=*addresses", BUYER_ADDRESS, customer)
        expect(data.customer.addresses[0]).toMatchObject({
          address_1: BUYER_ADDRESS.address_1,
          phone: BUYER_ADDRESS.phone,
        })
      })
    })
  },
})
