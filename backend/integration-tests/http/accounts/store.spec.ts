import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { adminHeaders } from "../../utils/admin"
import { BUYER_ADDRESS as ADDRESS } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"

const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX
process.env.STOREFRONT_URL = "http://shop.example.vn"

type Headers = { headers: Record<string, string> }


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string
    let variantIds: { variant_id: string; producer_id: string }[]

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "producer.id", "variants.id"], filters: { status: "published" } })
      const byProducer = new Map<string, { variant_id: string; producer_id: string }>()
      for (const product of data as any[]) {
        if (product.producer && product.variants[0] && !byProducer.has(product.producer.id)) {
          byProducer.set(product.producer.id, { variant_id: product.variants[0].id, producer_id: product.producer.id })
        }
      }
      variantIds = [...byProducer.values()].slice(0, 2)
    }, 360_000)

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const as = (token: string): Headers => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
    let serial = 0
    const newEmail = (name: string) => `${name}-${Date.now()}-${serial++}@example.vn`

    async function register(email: string, password = "mat-khau-123") {
      const { data: { token } } = await api.post("/auth/customer/emailpass/register", { email, password })
      const { data } = await api.post("/store/customers", { email, first_name: "Lan", last_name: "Nguyễn", phone: "0912345678" }, as(token))
      return data.customer
    }
    async function signIn(email: string, password = "mat-khau-123") {
      const { data } = await api.post("/auth/customer/emailpass", { email, password })
      return as(data.token)
    }

    /** A signed-in customer's cart from two producers with COD, completed into an order group. */
    async function checkOut(customer: Headers) {
      const { data: { cart } } = await api.post("/store/carts", { region_id: regionId }, customer)
      for (const { variant_id } of variantIds) await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, customer)
      await api.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, customer)
      const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, customer)
      for (const { producer_id } of variantIds) {
        const option = shipping_options.find((o: any) => o.data?.producer_id === producer_id && o.type?.code === "standard")
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, customer)
      }
      const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, customer)
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, customer)
      const { data } = await api.post(`/store/ocop/carts/${cart.id}/complete`, {}, customer)
      return data.order_group
    }

    describe("register, sign in, details", () => {
      it("registers a customer who then signs in and reads itself", async () => {
        const email = newEmail("lan")
        const customer = await register(email)
        expect(customer).toMatchObject({ email, first_name: "Lan", phone: "0912345678", has_account: true })
        const { data } = await api.get("/store/customers/me", await signIn(email))
        expect(data.customer.id).toBe(customer.id)
      })

      it("refuses a wrong password and an unknown e-mail with 401", async () => {
        const email = newEmail("wrong")
        await register(email)
        expect((await failure(api.post("/auth/customer/emailpass", { email, password: "nope-nope-1" }))).status).toBe(401)
        expect((await failure(api.post("/auth/customer/emailpass", { email: newEmail("nobody"), password: "mat-khau-123" }))).status).toBe(401)
      })

      it("refuses a registration with a non-Vietnamese phone or a bad e-mail, naming the field, and creates no customer", async () => {
        const email = newEmail("bad")
        const { data: { token } } = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-123" })
        const phone = await failure(api.post("/store/customers", { email, phone: "12345" }, as(token)))
        expect(phone.status).toBe(400)
        expect(phone.data.message).toMatch(/^phone/)
        const badEmail = await failure(api.post("/store/customers", { email: "lan-at-example" }, as(token)))
        expect(badEmail.status).toBe(400)
        expect(badEmail.data.message).toMatch(/^email/)
        const customers = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email })
        expect(customers).toHaveLength(0)
      })

      it("refuses a change of phone to a non-Vietnamese number", async () => {
        const email = newEmail("phone")
        await register(email)
        const customer = await signIn(email)
        const { status, data } = await failure(api.post("/store/customers/me", { phone: "+1 555 0100" }, customer))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^phone/)
        expect((await api.get("/store/customers/me", customer)).data.customer.phone).toBe("0912345678")
      })
    })

    describe("password reset", () => {
      const resetMails = async (to: string) => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        for (let i = 0; i < 50; i++) {
          const sent = await notifications.listNotifications({ to, template: "customer-password-reset" })
          if (sent.length) return sent
          await new Promise((r) => setTimeout(r, 100))
        }
        return []
      }

      it("e-mails a link in the customer's language that lets it set a new password; the old one stops working", async () => {
        const email = newEmail("forgot")
        await register(email)
        const { status } = await api.post("/auth/customer/emailpass/reset-password", { identifier: email, metadata: { locale: "en" } })
        expect(status).toBe(201)
        const [mail] = await resetMails(email)
        expect(mail).toBeDefined()
        // The record is stored before the provider has written the file: wait for the file too.
        const file = await vi.waitFor(
          () => {
            const found = fs.readdirSync(OUTBOX).find((f) => fs.readFileSync(path.join(OUTBOX, f), "utf8").includes(email))
            if (!found) throw new Error(`no e-mail to ${email} in the outbox yet`)
            return JSON.parse(fs.readFileSync(path.join(OUTBOX, found), "utf8"))
          },
          { timeout: 5_000, interval: 100 }
        )
        expect(file.subject).toBe("Reset your Chợ OCOP password")
        const link = new URL(file.data.reset_url)
        expect(link.origin + link.pathname).toBe("http://shop.example.vn/en/account/reset-password")
        expect(link.searchParams.get("email")).toBe(email)
        expect(file.text).toContain(file.data.reset_url)

        const token = link.searchParams.get("token")!
        const updated = await api.post("/auth/customer/emailpass/update", { email, password: "mat-khau-moi-456" }, { headers: { authorization: `Bearer ${token}` } })
        expect(updated.status).toBe(200)
        expect((await failure(api.post("/auth/customer/emailpass", { email, password: "mat-khau-123" }))).status).toBe(401)
        const { data } = await api.get("/store/customers/me", await signIn(email, "mat-khau-moi-456"))
        expect(data.customer.email).toBe(email)
        // The link works once.
        const again = await failure(api.post("/auth/customer/emailpass/update", { email, password: "third-one-789" }, { headers: { authorization: `Bearer ${token}` } }))
        expect(again.status).toBe(401)
      })

      it("writes Vietnamese by default and sends nothing for an unknown e-mail", async () => {
        const email = newEmail("quen")
        await register(email)
        await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
        const [mail] = await resetMails(email)
        expect((mail.data as any).reset_url).toMatch(/^http:\/\/shop\.example\.vn\/vi\/account\/reset-password\?/)
        const nobody = newEmail("nobody")
        const { status } = await failure(api.post("/auth/customer/emailpass/reset-password", { identifier: nobody }))
        // Medusa answers the same either way, so the form does not tell who has an account.
        expect(status).toBe(201)
        await new Promise((r) => setTimeout(r, 500))
        expect(await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: nobody })).toHaveLength(0)
      })
    })

    describe("address book", () => {
      const communeOf = async (province: string) => (await api.get(`/store/places/provinces/${province}/communes?limit=1`, store)).data.communes[0]

      it("saves, changes and deletes an address with its province and commune codes", async () => {
        const email = newEmail("book")
        await register(email)
        const customer = await signIn(email)
        const commune = await communeOf("11")
        const { status, data } = await api.post(
          "/store/customers/me/addresses",
          { ...ADDRESS, metadata: { province_code: "11", commune_code: commune.code } },
          customer
        )
        expect(status).toBe(200)
        const [address] = data.customer.addresses
        expect(address).toMatchObject({ address_1: "12 Trần Phú", metadata: { province_code: "11", commune_code: commune.code } })
        const changed = await api.post(`/store/customers/me/addresses/${address.id}`, { address_1: "5 Võ Nguyên Giáp" }, customer)
        expect(changed.data.customer.addresses[0].address_1).toBe("5 Võ Nguyên Giáp")
        await api.delete(`/store/customers/me/addresses/${address.id}`, customer)
        expect((await api.get("/store/customers/me/addresses", customer)).data.addresses).toHaveLength(0)
      })

      it.each([
        ["a non-Vietnamese phone", async () => ({ ...ADDRESS, phone: "555-0100" }), /^phone/],
        ["a country other than Việt Nam", async () => ({ ...ADDRESS, country_code: "th" }), /^country_code/],
        ["a commune of another province", async () => ({ ...ADDRESS, metadata: { province_code: "11", commune_code: (await communeOf("01")).code } }), /^metadata\.commune_code/],
        ["a province without its commune", async () => ({ ...ADDRESS, metadata: { province_code: "11" } }), /^metadata: province_code and commune_code/],
      ])("refuses %s, naming the field, and saves nothing", async (_name, body, message) => {
        const email = newEmail("badbook")
        await register(email)
        const customer = await signIn(email)
        const { status, data } = await failure(api.post("/store/customers/me/addresses", await body(), customer))
        expect(status).toBe(400)
        expect(data.message).toMatch(message)
        expect((await api.get("/store/customers/me/addresses", customer)).data.addresses).toHaveLength(0)
      })

      it("does not let a customer change another customer's address", async () => {
        const owner = newEmail("owner")
        await register(owner)
        const ownerHeaders = await signIn(owner)
        const { data } = await api.post("/store/customers/me/addresses", ADDRESS, ownerHeaders)
        const addressId = data.customer.addresses[0].id
        const other = newEmail("other")
        await register(other)
        const { status } = await failure(api.post(`/store/customers/me/addresses/${addressId}`, { address_1: "stolen" }, await signIn(other)))
        expect(status).toBeGreaterThanOrEqual(400)
        expect(status).toBeLessThan(500)
        expect((await api.get("/store/customers/me/addresses", ownerHeaders)).data.addresses[0].address_1).toBe("12 Trần Phú")
      })
    })

    describe("GET /store/ocop/order-groups (order history)", () => {
      it("lists a customer's checkouts newest first, each with its producers' orders, and no one else's", async () => {
        const email = newEmail("history")
        await register(email)
        const customer = await signIn(email)
        const first = await checkOut(customer)
        const second = await checkOut(customer)
        const other = newEmail("stranger")
        await register(other)
        const stranger = await signIn(other)
        await checkOut(stranger)

        const { data } = await api.get("/store/ocop/order-groups", customer)
        expect(data.count).toBe(2)
        expect(data.order_groups.map((g: any) => g.id)).toEqual([second.id, first.id])
        const [latest] = data.order_groups
        expect(latest.orders).toHaveLength(2)
        expect(latest.orders.map((o: any) => o.producer.id).sort()).toEqual(variantIds.map((v) => v.producer_id).sort())
        expect(latest.orders.every((o: any) => o.delivery_status === "placed")).toBe(true)
        expect(latest.payment_status).toBe("authorized")
        expect(latest.orders.reduce((sum: number, o: any) => sum + Number(o.total), 0)).toBe(Number(latest.total))

        // The office (later the producer) ships one order and delivers it; the history follows each.
        const admin = await adminHeaders(api, getContainer())
        const [shipped, waiting] = latest.orders
        const { data: { order } } = await api.get(`/admin/orders/${shipped.id}?fields=*items`, admin)
        await api.post(`/admin/orders/${shipped.id}/fulfillments`, { items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) }, admin)
        const { data: { order: fulfilled } } = await api.get(`/admin/orders/${shipped.id}?fields=fulfillments.id`, admin)
        const fulfillmentId = fulfilled.fulfillments.at(-1).id
        const items = order.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
        await api.post(`/admin/orders/${shipped.id}/fulfillments/${fulfillmentId}/shipments`, { items, labels: [{ tracking_number: "VN123456789", tracking_url: "#", label_url: "#" }] }, admin)
        const afterShipping = (await api.get("/store/ocop/order-groups", customer)).data.order_groups[0].orders
        expect(afterShipping.find((o: any) => o.id === shipped.id)).toMatchObject({ delivery_status: "shipped", tracking_numbers: ["VN123456789"] })
        expect(afterShipping.find((o: any) => o.id === waiting.id).delivery_status).toBe("placed")
        await api.post(`/admin/orders/${shipped.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, admin)
        const afterDelivery = (await api.get("/store/ocop/order-groups", customer)).data.order_groups[0]
        expect(afterDelivery.orders.find((o: any) => o.id === shipped.id).delivery_status).toBe("delivered")

        const paged = await api.get("/store/ocop/order-groups?limit=1&offset=1", customer)
        expect(paged.data.order_groups.map((g: any) => g.id)).toEqual([first.id])
        expect(paged.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
      })

      it("answers 401 without a signed-in customer and 400 to a bad page, naming the field", async () => {
        expect((await failure(api.get("/store/ocop/order-groups", store))).status).toBe(401)
        const email = newEmail("pager")
        await register(email)
        const customer = await signIn(email)
        for (const [query, field] of [["limit=0", "limit"], ["limit=abc", "limit"], ["offset=-1", "offset"], ["limit=500", "limit"], ["status=x", "status"]]) {
          const { status, data } = await failure(api.get(`/store/ocop/order-groups?${query}`, customer))
          expect(status).toBe(400)
          expect(data.message).toContain(field)
        }
      })
    })
  },
})
