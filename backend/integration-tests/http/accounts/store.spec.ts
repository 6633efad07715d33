import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { adminHeaders } from "../../utils/admin"
import { BUYER_ADDRESS as ADDRESS, stockedVariantPerProducer } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { medusaRoutes, registeredRoutes } from "../../utils/producer-routes"

const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX
process.env.STOREFRONT_URL = "http://shop.example.vn"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: Headers
    let regionId: string
    let variantIds: { variant_id: string; producer_id: string }[]

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      // Variants with stock: a line of a sold-out one is refused when it enters a cart.
      variantIds = (await stockedVariantPerProducer(getContainer())).slice(0, 2)
    }, 360_000)

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const as = (token: string): Headers => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
    let serial = 0
    const newEmail = (name: string) => `${name}-${Date.now()}-${serial++}@example.vn`

    async function register(email: string, password = "mat-khau-123") {
      const {
        data: { token },
      } = await api.post("/auth/customer/emailpass/register", { email, password })
      const { data } = await api.post(
        "/store/customers",
        { email, first_name: "Lan", last_name: "Nguyễn", phone: "0912345678" },
        as(token)
      )
      return data.customer
    }
    async function signIn(email: string, password = "mat-khau-123") {
      const { data } = await api.post("/auth/customer/emailpass", { email, password })
      return as(data.token)
    }

    /** A cart from two producers with COD, completed into an order group: a signed-in customer's, or a guest's with `email`. */
    async function checkOut(customer: Headers, email?: string) {
      const {
        data: { cart },
      } = await api.post("/store/carts", { region_id: regionId, email }, customer)
      for (const { variant_id } of variantIds)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, customer)
      await api.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, customer)
      const {
        data: { shipping_options },
      } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, customer)
      for (const { producer_id } of variantIds) {
        const option = shipping_options.find(
          (o: any) => o.data?.producer_id === producer_id && o.type?.code === "standard"
        )
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, customer)
      }
      const {
        data: { payment_collection },
      } = await api.post("/store/payment-collections", { cart_id: cart.id }, customer)
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        customer
      )
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
        expect((await failure(api.post("/auth/customer/emailpass", { email, password: "nope-nope-1" }))).status).toBe(
          401
        )
        expect(
          (await failure(api.post("/auth/customer/emailpass", { email: newEmail("nobody"), password: "mat-khau-123" })))
            .status
        ).toBe(401)
      })

      it("refuses a registration with a non-Vietnamese phone or a bad e-mail, naming the field, and creates no customer", async () => {
        const email = newEmail("bad")
        const {
          data: { token },
        } = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-123" })
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
        const { status } = await api.post("/auth/customer/emailpass/reset-password", {
          identifier: email,
          metadata: { locale: "en" },
        })
        expect(status).toBe(201)
        const [mail] = await resetMails(email)
        expect(mail).toBeDefined()
        // The record is stored before the provider has written the file: wait for the file too.
        const file = await vi.waitFor(
          () => {
            const found = fs
              .readdirSync(OUTBOX)
              .find((f) => fs.readFileSync(path.join(OUTBOX, f), "utf8").includes(email))
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
        const updated = await api.post(
          "/auth/customer/emailpass/update",
          { email, password: "mat-khau-moi-456" },
          { headers: { authorization: `Bearer ${token}` } }
        )
        expect(updated.status).toBe(200)
        expect((await failure(api.post("/auth/customer/emailpass", { email, password: "mat-khau-123" }))).status).toBe(
          401
        )
        const { data } = await api.get("/store/customers/me", await signIn(email, "mat-khau-moi-456"))
        expect(data.customer.email).toBe(email)
        // The link works once.
        const again = await failure(
          api.post(
            "/auth/customer/emailpass/update",
            { email, password: "third-one-789" },
            { headers: { authorization: `Bearer ${token}` } }
          )
        )
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
      const communeOf = async (province: string) =>
        (await api.get(`/store/places/provinces/${province}/communes?limit=1`, store)).data.communes[0]

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
        expect(address).toMatchObject({
          address_1: "12 Trần Phú",
          metadata: { province_code: "11", commune_code: commune.code },
        })
        const changed = await api.post(
          `/store/customers/me/addresses/${address.id}`,
          { address_1: "5 Võ Nguyên Giáp" },
          customer
        )
        expect(changed.data.customer.addresses[0].address_1).toBe("5 Võ Nguyên Giáp")
        // A change is partial, but what it leaves must still be deliverable.
        const unreachable = await failure(
          api.post(`/store/customers/me/addresses/${address.id}`, { phone: "555-0100" }, customer)
        )
        expect(unreachable.status).toBe(400)
        expect(unreachable.data.message).toMatch(/^phone/)
        await api.delete(`/store/customers/me/addresses/${address.id}`, customer)
        expect((await api.get("/store/customers/me/addresses", customer)).data.addresses).toHaveLength(0)
      })

      it.each([
        ["a non-Vietnamese phone", async () => ({ ...ADDRESS, phone: "555-0100" }), /^phone/],
        ["a country other than Việt Nam", async () => ({ ...ADDRESS, country_code: "th" }), /^country_code/],
        [
          "a commune of another province",
          async () => ({ ...ADDRESS, metadata: { province_code: "11", commune_code: (await communeOf("01")).code } }),
          /^metadata\.commune_code/,
        ],
        [
          "a province without its commune",
          async () => ({ ...ADDRESS, metadata: { province_code: "11" } }),
          /^metadata\.commune_code/,
        ],
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
        const { status } = await failure(
          api.post(`/store/customers/me/addresses/${addressId}`, { address_1: "stolen" }, await signIn(other))
        )
        expect(status).toBeGreaterThanOrEqual(400)
        expect(status).toBeLessThan(500)
        expect((await api.get("/store/customers/me/addresses", ownerHeaders)).data.addresses[0].address_1).toBe(
          "12 Trần Phú"
        )
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
        const {
          data: { order },
        } = await api.get(`/admin/orders/${shipped.id}?fields=*items`, admin)
        await api.post(
          `/admin/orders/${shipped.id}/fulfillments`,
          { items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) },
          admin
        )
        const {
          data: { order: fulfilled },
        } = await api.get(`/admin/orders/${shipped.id}?fields=fulfillments.id`, admin)
        const fulfillmentId = fulfilled.fulfillments.at(-1).id
        const items = order.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
        await api.post(
          `/admin/orders/${shipped.id}/fulfillments/${fulfillmentId}/shipments`,
          { items, labels: [{ tracking_number: "VN123456789", tracking_url: "#", label_url: "#" }] },
          admin
        )
        const afterShipping = (await api.get("/store/ocop/order-groups", customer)).data.order_groups[0].orders
        expect(afterShipping.find((o: any) => o.id === shipped.id)).toMatchObject({
          delivery_status: "shipped",
          tracking_numbers: ["VN123456789"],
        })
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
        for (const [query, field] of [
          ["limit=0", "limit"],
          ["limit=abc", "limit"],
          ["offset=-1", "offset"],
          ["limit=500", "limit"],
          ["status=x", "status"],
        ]) {
          const { status, data } = await failure(api.get(`/store/ocop/order-groups?${query}`, customer))
          expect(status).toBe(400)
          expect(data.message).toContain(field)
        }
      })
    })

    describe("a registered customer's cart answers only to that customer", () => {
      type CartIds = { cart: string; line: string; option: string; collection: string }
      type RouteCase = { path: (ids: CartIds) => string; body?: (ids: CartIds) => object }
      const cart =
        (suffix = "") =>
        (ids: CartIds) =>
          `/store/carts/${ids.cart}${suffix}`
      /** Every route that reads or changes a cart by its id, with a valid request for it. */
      const ROUTES: Record<string, RouteCase> = {
        "GET /store/carts/:id": { path: cart() },
        "POST /store/carts/:id": { path: cart(), body: () => ({ metadata: { note: "Gọi trước khi giao" } }) },
        "POST /store/carts/:id/line-items": {
          path: cart("/line-items"),
          body: () => ({ variant_id: variantIds[1].variant_id, quantity: 1 }),
        },
        "POST /store/carts/:id/line-items/:line_id": {
          path: (ids) => `/store/carts/${ids.cart}/line-items/${ids.line}`,
          body: () => ({ quantity: 2 }),
        },
        "DELETE /store/carts/:id/line-items/:line_id": {
          path: (ids) => `/store/carts/${ids.cart}/line-items/${ids.line}`,
        },
        "POST /store/carts/:id/shipping-methods": {
          path: cart("/shipping-methods"),
          body: (ids) => ({ option_id: ids.option }),
        },
        "POST /store/carts/:id/promotions": { path: cart("/promotions"), body: () => ({ promo_codes: ["OCOP10"] }) },
        "DELETE /store/carts/:id/promotions": { path: cart("/promotions"), body: () => ({ promo_codes: ["OCOP10"] }) },
        "POST /store/carts/:id/taxes": { path: cart("/taxes"), body: () => ({}) },
        "POST /store/carts/:id/customer": { path: cart("/customer"), body: () => ({}) },
        "POST /store/carts/:id/complete": { path: cart("/complete"), body: () => ({}) },
        "POST /store/ocop/carts/:id/complete": {
          path: (ids) => `/store/ocop/carts/${ids.cart}/complete`,
          body: () => ({}),
        },
        "POST /store/ocop/carts/:id/shipping-methods": {
          path: (ids) => `/store/ocop/carts/${ids.cart}/shipping-methods`,
          body: (ids) => ({ options: [{ id: ids.option }] }),
        },
        "GET /store/ocop/carts/:id/bookings": { path: (ids) => `/store/ocop/carts/${ids.cart}/bookings` },
        "POST /store/ocop/carts/:id/bookings": {
          path: (ids) => `/store/ocop/carts/${ids.cart}/bookings`,
          body: () => ({ session_id: "exses_01", participants: { exptype_01: 1 } }),
        },
        "POST /store/ocop/carts/:id/bookings/:booking_id": {
          path: (ids) => `/store/ocop/carts/${ids.cart}/bookings/bkg_01`,
          body: () => ({ guests: [{ name: "Nguyễn Thị Lan", nationality: "VN", phone: "0912345678" }] }),
        },
        "DELETE /store/ocop/carts/:id/bookings/:booking_id": {
          path: (ids) => `/store/ocop/carts/${ids.cart}/bookings/bkg_01`,
        },
        "POST /store/payment-collections": {
          path: () => "/store/payment-collections",
          body: (ids) => ({ cart_id: ids.cart }),
        },
        "POST /store/payment-collections/:id/payment-sessions": {
          path: (ids) => `/store/payment-collections/${ids.collection}/payment-sessions`,
          body: () => ({ provider_id: "pp_system_default" }),
        },
      }
      let ids: CartIds
      let owner: Headers
      let ownerEmail: string
      let stranger: Headers

      const send = (key: string, headers: Headers) => {
        const [method] = key.split(" ")
        const { path, body } = ROUTES[key]
        const request =
          method === "GET"
            ? api.get(path(ids), headers)
            : method === "DELETE"
              ? api.delete(path(ids), { ...headers, data: body?.(ids) })
              : api.post(path(ids), body?.(ids) ?? {}, headers)
        return request.catch((e: any) => e.response)
      }

      beforeAll(async () => {
        ownerEmail = newEmail("owner")
        await register(ownerEmail)
        owner = await signIn(ownerEmail)
        const other = newEmail("stranger")
        await register(other)
        stranger = await signIn(other)
        const {
          data: { cart: created },
        } = await api.post("/store/carts", { region_id: regionId }, owner)
        const {
          data: { cart: filled },
        } = await api.post(
          `/store/carts/${created.id}/line-items`,
          { variant_id: variantIds[0].variant_id, quantity: 1 },
          owner
        )
        await api.post(`/store/carts/${created.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, owner)
        const {
          data: { shipping_options },
        } = await api.get(`/store/shipping-options?cart_id=${created.id}`, owner)
        const option = shipping_options.find(
          (o: any) => o.data?.producer_id === variantIds[0].producer_id && o.type?.code === "standard"
        )
        const {
          data: { payment_collection },
        } = await api.post("/store/payment-collections", { cart_id: created.id }, owner)
        ids = { cart: created.id, line: filled.items[0].id, option: option.id, collection: payment_collection.id }
        // The runner restores the database before each test to its snapshot; without a new one
        // these carts would be gone before the first test of this describe.
        await dbUtils.snapshot()
      })

      it("covers every route Medusa and this store register for a cart by its id, and the payment collections", () => {
        const registered = [
          ...medusaRoutes("store/carts/[id]"),
          ...medusaRoutes("store/payment-collections"),
          ...registeredRoutes("store/ocop/carts/[id]"),
        ].sort()
        expect(registered.filter((route) => !(route in ROUTES))).toEqual([])
        expect(Object.keys(ROUTES).filter((route) => !registered.includes(route))).toEqual([])
      })

      it.each(Object.keys(ROUTES))("%s answers 404 to another signed-in customer", async (key) => {
        expect((await send(key, stranger)).status).toBe(404)
      })

      it.each(Object.keys(ROUTES))("%s answers 404 without a sign-in", async (key) => {
        expect((await send(key, store)).status).toBe(404)
      })

      it("changed nothing of the owner's cart, which the owner still reads", async () => {
        const { data } = await api.get(
          `/store/carts/${ids.cart}?fields=customer_id,email,completed_at,metadata,*items,*shipping_methods,*promotions`,
          owner
        )
        expect(data.cart).toMatchObject({ email: ownerEmail, completed_at: null, shipping_methods: [], promotions: [] })
        expect(data.cart.metadata?.note).toBeUndefined()
        expect(data.cart.items.map((i: any) => [i.variant_id, i.quantity])).toEqual([[variantIds[0].variant_id, 1]])
        const {
          data: { payment_collection },
        } = await api.post("/store/payment-collections", { cart_id: ids.cart }, owner)
        expect(payment_collection.payment_sessions ?? []).toEqual([])
      })

      it("leaves a guest's cart usable by its id alone, signed in or not", async () => {
        const {
          data: { cart: guest },
        } = await api.post("/store/carts", { region_id: regionId, email: newEmail("guest") }, store)
        expect(
          (
            await api.post(
              `/store/carts/${guest.id}/line-items`,
              { variant_id: variantIds[0].variant_id, quantity: 1 },
              store
            )
          ).status
        ).toBe(200)
        expect((await api.get(`/store/carts/${guest.id}`, stranger)).status).toBe(200)
      })

      it("refuses an account's e-mail on a cart without its sign-in, naming email, and changes nothing", async () => {
        const created = await failure(api.post("/store/carts", { region_id: regionId, email: ownerEmail }, store))
        expect(created.status).toBe(400)
        expect(created.data).toMatchObject({ code: "email_has_account" })
        expect(created.data.message).toMatch(/^email/)
        const {
          data: { cart: guest },
        } = await api.post("/store/carts", { region_id: regionId }, store)
        const updated = await failure(api.post(`/store/carts/${guest.id}`, { email: ownerEmail }, stranger))
        expect(updated.status).toBe(400)
        expect(updated.data.message).toMatch(/^email/)
        const unchanged = await getContainer()
          .resolve(Modules.CART)
          .retrieveCart(guest.id, { select: ["email", "customer_id"] })
        expect(unchanged).toMatchObject({ email: null, customer_id: null })
      })
    })

    describe("orders answer only to their customer; a guest's show a masked contact", () => {
      let owner: Headers
      let ownerEmail: string
      let stranger: Headers
      let registered: any
      let guest: any
      const guestEmail = newEmail("guest")

      beforeAll(async () => {
        ownerEmail = newEmail("buyer")
        await register(ownerEmail)
        owner = await signIn(ownerEmail)
        const other = newEmail("onlooker")
        await register(other)
        stranger = await signIn(other)
        registered = await checkOut(owner)
        guest = await checkOut(store, guestEmail)
        await dbUtils.snapshot()
      })

      const contactFields = "fields=email,*shipping_address,*billing_address,customer.email"

      it("GET /store/orders/:id answers 404 for a registered customer's order, parent or producer's, to anyone but that customer", async () => {
        for (const orderId of [registered.parent_order_id, registered.orders[0].id]) {
          expect((await failure(api.get(`/store/orders/${orderId}?${contactFields}`, store))).status).toBe(404)
          expect((await failure(api.get(`/store/orders/${orderId}?${contactFields}`, stranger))).status).toBe(404)
          const { data } = await api.get(`/store/orders/${orderId}?${contactFields}`, owner)
          expect(data.order).toMatchObject({
            email: ownerEmail,
            shipping_address: { phone: ADDRESS.phone, address_1: ADDRESS.address_1 },
          })
        }
      })

      it("GET /store/orders/:id shows a guest's order with the e-mail and phone masked and no name or street", async () => {
        const { data } = await api.get(`/store/orders/${guest.orders[0].id}?${contactFields}`, store)
        const masked = `${guestEmail[0]}***@example.vn`
        expect(data.order.email).toBe(masked)
        expect(data.order.customer).toMatchObject({ email: masked })
        for (const address of [data.order.shipping_address, data.order.billing_address]) {
          expect(address).toMatchObject({ phone: "*******678", province: ADDRESS.province })
          expect(JSON.stringify(address)).not.toMatch(/Lan|Nguyễn|Trần Phú/)
        }
      })

      it("GET /store/ocop/order-groups/:id answers 404 for a registered customer's checkout to anyone else, and masks a guest's", async () => {
        expect((await failure(api.get(`/store/ocop/order-groups/${registered.id}`, store))).status).toBe(404)
        expect((await failure(api.get(`/store/ocop/order-groups/${registered.id}`, stranger))).status).toBe(404)
        const { data: own } = await api.get(`/store/ocop/order-groups/${registered.id}`, owner)
        expect(own.order_group).toMatchObject({
          id: registered.id,
          email: ownerEmail,
          phone: ADDRESS.phone,
          guest: false,
        })
        const { data } = await api.get(`/store/ocop/order-groups/${guest.id}`, stranger)
        expect(data.order_group).toMatchObject({
          id: guest.id,
          email: `${guestEmail[0]}***@example.vn`,
          phone: "*******678",
          guest: true,
        })
      })

      it("POST /store/ocop/order-lookup finds a guest's checkout by an order number and the phone, however written, masked", async () => {
        const { status, data } = await api.post(
          "/store/ocop/order-lookup",
          { display_id: guest.orders[1].display_id, phone: "+84 912 345 678" },
          store
        )
        expect(status).toBe(200)
        expect(data.order_group).toMatchObject({
          id: guest.id,
          email: `${guestEmail[0]}***@example.vn`,
          phone: "*******678",
        })
        expect(data.order_group.orders).toHaveLength(2)
      })

      it("POST /store/ocop/order-lookup answers the same 404 to a wrong phone, an unknown number and a registered customer's order", async () => {
        expect(
          (
            await api.post(
              "/store/ocop/order-lookup",
              { display_id: guest.orders[0].display_id, phone: ADDRESS.phone },
              store
            )
          ).status
        ).toBe(200)
        const answers = await Promise.all(
          [
            { display_id: guest.orders[0].display_id, phone: "0912345679" },
            { display_id: 987654, phone: ADDRESS.phone },
            { display_id: registered.orders[0].display_id, phone: ADDRESS.phone },
          ].map((body) => failure(api.post("/store/ocop/order-lookup", body, store)))
        )
        expect(answers.map((a) => a.status)).toEqual([404, 404, 404])
        expect(new Set(answers.map((a) => a.data.message)).size).toBe(1)
      })

      it("POST /store/ocop/order-lookup refuses a malformed request naming the field", async () => {
        for (const [body, field] of [
          [{ display_id: "abc", phone: ADDRESS.phone }, /^display_id/],
          [{ display_id: 1 }, /^phone/],
        ] as const) {
          const { status, data } = await failure(api.post("/store/ocop/order-lookup", body, store))
          expect(status).toBe(400)
          expect(data.message).toMatch(field)
        }
      })
    })
  },
})
