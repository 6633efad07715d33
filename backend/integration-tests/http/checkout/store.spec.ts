import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { QRPay } from "vietnam-qr-pay"
import { adminHeaders } from "../../utils/admin"
import { BUYER_ADDRESS as ADDRESS, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { sendOrderEmailWorkflow } from "../../../src/workflows/checkout/workflows/send-order-email"
import { expireUnpaidTransfersWorkflow } from "../../../src/workflows/payment/workflows/expire-unpaid-transfers"

// The marketplace's collection account, read by medusa-config.ts when the runner boots the app.
const COLLECTION = { bin: "970436", account: "0071000123456", name: "CHO OCOP TEST" }
process.env.VIETQR_BANK_BIN = COLLECTION.bin
process.env.VIETQR_ACCOUNT_NUMBER = COLLECTION.account
process.env.VIETQR_ACCOUNT_NAME = COLLECTION.name
const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    let regionId: string
    let variants: StockedVariant[]

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      headers = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      variants = await stockedVariantPerProducer(getContainer())
      expect(variants.length).toBeGreaterThanOrEqual(8)
    }, 360_000)

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)

    /** The programme office fulfils a producer order and marks it delivered (the producer portal will do it). */
    async function deliverOrder(order: any, admin: Headers) {
      await api.post(
        `/admin/orders/${order.id}/fulfillments`,
        { items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) },
        admin
      )
      const { data } = await api.get(`/admin/orders/${order.id}?fields=fulfillments.id`, admin)
      await api.post(
        `/admin/orders/${order.id}/fulfillments/${data.order.fulfillments.at(-1).id}/mark-as-delivered`,
        {},
        admin
      )
    }

    /** Waits for the e-mails to `to` with these templates (subscribers run after the request). */
    async function emailsTo(to: string, templates: string[]) {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let sent: any[] = []
      for (let i = 0; i < 60; i++) {
        sent = await notifications.listNotifications({ to }, { order: { created_at: "ASC" } })
        if (
          templates.every((t) => sent.filter((n) => n.template === t).length >= templates.filter((x) => x === t).length)
        )
          break
        await new Promise((r) => setTimeout(r, 100))
      }
      return sent
    }

    /**
     * A cart with these variants (one each), an address, each producer's standard delivery, and COD unless told.
     * Lines and address come with the cart's creation, which checks them as adding them later does
     * (the tests above add and change lines one by one): every cart change refreshes the whole cart.
     */
    async function readyCart(items: StockedVariant[], quantity = 1, providerId = "pp_system_default") {
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "lan@example.vn",
          items: items.map((item) => ({ variant_id: item.variant_id, quantity })),
          shipping_address: ADDRESS,
          billing_address: ADDRESS,
        },
        headers
      )
      const {
        data: { shipping_options },
      } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
      for (const item of items) {
        const option = shipping_options.find(
          (o: any) => o.data?.producer_id === item.producer_id && o.type?.code === "standard"
        )
        expect(option).toBeDefined()
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, headers)
      }
      const {
        data: { payment_collection },
      } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: providerId },
        headers
      )
      return cart.id as string
    }

    describe("bad input to the cart", () => {
      const someCommune = async (provinceCode: string) => {
        const { data } = await api.get(`/store/places/provinces/${provinceCode}/communes?limit=1`, headers)
        return data.communes[0]
      }
      const freshCart = async () => {
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId, email: "lan@example.vn" }, headers)
        await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: variants[0].variant_id, quantity: 1 },
          headers
        )
        return cart.id as string
      }
      const snapshot = async (cartId: string) => {
        const {
          data: { cart },
        } = await api.get(`/store/carts/${cartId}?fields=email,*items,*shipping_address`, headers)
        return {
          email: cart.email,
          items: cart.items.map((i: any) => [i.variant_id, i.quantity]),
          address: cart.shipping_address?.address_1 ?? null,
        }
      }

      // The name, what to send, the message's start, and the code the storefront reads (none: a plain 400).
      const cases: [string, (cartId: string) => Promise<any>, RegExp, string | undefined][] = [
        [
          "an invalid phone",
          (id) => api.post(`/store/carts/${id}`, { shipping_address: { ...ADDRESS, phone: "12345" } }, headers),
          /^shipping_address\.phone/,
          "invalid_phone",
        ],
        [
          "an invalid e-mail",
          (id) => api.post(`/store/carts/${id}`, { email: "lan-at-example" }, headers),
          /^email/,
          "invalid_email",
        ],
        [
          "a commune of another province",
          async (id) => {
            const commune = await someCommune("01")
            return api.post(
              `/store/carts/${id}`,
              { shipping_address: { ...ADDRESS, metadata: { province_code: "11", commune_code: commune.code } } },
              headers
            )
          },
          /^shipping_address\.metadata\.commune_code/,
          "invalid_commune_code",
        ],
        [
          "quantity 0",
          (id) =>
            api.post(`/store/carts/${id}/line-items`, { variant_id: variants[1].variant_id, quantity: 0 }, headers),
          /^quantity/,
          "invalid_quantity",
        ],
        [
          "a fractional quantity",
          (id) =>
            api.post(`/store/carts/${id}/line-items`, { variant_id: variants[1].variant_id, quantity: 1.5 }, headers),
          /^quantity/,
          "invalid_quantity",
        ],
        [
          "more than the stock",
          async (id) => {
            const short = variants[5]
            await getContainer()
              .resolve(Modules.INVENTORY)
              .updateInventoryLevels([
                { inventory_item_id: short.inventory_item_id, location_id: short.location_id, stocked_quantity: 3 },
              ])
            return api.post(`/store/carts/${id}/line-items`, { variant_id: short.variant_id, quantity: 4 }, headers)
          },
          /^quantity: only 3 of /,
          "insufficient_inventory",
        ],
        [
          "an unknown variant",
          (id) => api.post(`/store/carts/${id}/line-items`, { variant_id: "variant_nope", quantity: 1 }, headers),
          /^variant_id/,
          undefined,
        ],
        [
          "a price from the client",
          (id) =>
            api.post(
              `/store/carts/${id}/line-items`,
              { variant_id: variants[1].variant_id, quantity: 1, unit_price: 1 },
              headers
            ),
          /^unit_price/,
          undefined,
        ],
        [
          "a producer from the client",
          (id) =>
            api.post(
              `/store/carts/${id}/line-items`,
              { variant_id: variants[1].variant_id, quantity: 1, producer_id: "prdc_x" },
              headers
            ),
          /^producer_id/,
          undefined,
        ],
      ]
      it.each(cases)(
        "refuses %s with a 4xx naming the field and its code, and changes nothing",
        async (_name, send, message, code) => {
          const cartId = await freshCart()
          const before = await snapshot(cartId)
          const { status, data } = await failure(send(cartId))
          expect(status).toBeGreaterThanOrEqual(400)
          expect(status).toBeLessThan(500)
          expect(data.message).toMatch(message)
          expect(data.code).toBe(code)
          expect(await snapshot(cartId)).toEqual(before)
        }
      )

      it("changes a line's quantity and removes a line", async () => {
        const cartId = await freshCart()
        const {
          data: { cart },
        } = await api.get(`/store/carts/${cartId}?fields=*items`, headers)
        const line = cart.items[0]
        const { status, data } = await api.post(
          `/store/carts/${cartId}/line-items/${line.id}`,
          { quantity: 2 },
          headers
        )
        expect(status).toBe(200)
        expect(data.cart.items.find((i: any) => i.id === line.id).quantity).toBe(2)
        const tooMany = await failure(
          api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 100 }, headers)
        )
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/^quantity/)
        const removed = await api.delete(`/store/carts/${cartId}/line-items/${line.id}`, headers)
        expect(removed.status).toBe(200)
      })

      it("accepts a commune of the province it is sent with", async () => {
        const cartId = await freshCart()
        const commune = await someCommune("11")
        const { status } = await api.post(
          `/store/carts/${cartId}`,
          { shipping_address: { ...ADDRESS, metadata: { province_code: "11", commune_code: commune.code } } },
          headers
        )
        expect(status).toBe(200)
      })

      it("answers 404 to a customer completing another customer's cart", async () => {
        const customer = async (email: string) => {
          const {
            data: { token },
          } = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-123" })
          await api.post(
            "/store/customers",
            { email },
            { headers: { ...headers.headers, authorization: `Bearer ${token}` } }
          )
          const { data } = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-123" })
          return { headers: { ...headers.headers, authorization: `Bearer ${data.token}` } }
        }
        const owner = await customer(`owner-${Date.now()}@example.vn`)
        const other = await customer(`other-${Date.now()}@example.vn`)
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId }, owner)
        const { status, data } = await failure(api.post(`/store/ocop/carts/${cart.id}/complete`, {}, other))
        expect(status).toBe(404)
        expect(data.message).toMatch(/^cart/)
      })
    })

    /** What completing `cartId` left behind: its order, and the stock reserved for its lines. */
    async function traces(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: ["completed_at", "order.id", "items.id"],
        filters: { id: cartId },
      })
      const reservations = await getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: (cart as any).items.map((i: any) => i.id) })
      return {
        completed_at: cart.completed_at ?? null,
        order: (cart as any).order?.id ?? null,
        reservations: reservations.length,
      }
    }
    const NO_TRACES = { completed_at: null, order: null, reservations: 0 }

    describe("POST /store/carts/:id/complete (Medusa's own)", () => {
      it("answers 404 pointing to the OCOP completion, and orders and reserves nothing; the OCOP route then splits the cart", async () => {
        const cartId = await readyCart(variants.slice(0, 2))
        const { status, data } = await failure(api.post(`/store/carts/${cartId}/complete`, {}, headers))
        expect(status).toBe(404)
        expect(data.message).toBe(`cart: carts are completed with POST /store/ocop/carts/${cartId}/complete`)
        expect(await traces(cartId)).toEqual(NO_TRACES)

        const split = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)
        expect(split.status).toBe(201)
        expect(split.data.order_group.orders).toHaveLength(2)
      })
    })

    describe("POST /store/ocop/carts/:id/complete: the address a producer order needs", () => {
      /** A cart of one producer's goods with that producer's `kind` of shipping, COD, and this address (none when null). */
      async function cartFor(kind: "standard" | "pickup", address: Record<string, unknown> | null) {
        const item = variants[7]
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId, email: "lan@example.vn" }, headers)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: item.variant_id, quantity: 1 }, headers)
        if (address) await api.post(`/store/carts/${cart.id}`, { shipping_address: address }, headers)
        const {
          data: { shipping_options },
        } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
        const option = shipping_options.find(
          (o: any) => o.data?.producer_id === item.producer_id && o.type?.code === kind
        )
        expect(option).toBeDefined()
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, headers)
        const {
          data: { payment_collection },
        } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
        await api.post(
          `/store/payment-collections/${payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          headers
        )
        return cart.id as string
      }

      it("refuses a delivery to a cart with an e-mail but no address with 400 naming shipping_address.phone; nothing ordered or reserved", async () => {
        const cartId = await cartFor("standard", null)
        const { status, data } = await failure(api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^shipping_address\.phone: /)
        expect(data.message).toContain("shipping_address.address_1: ")
        expect(data.code).toBe("address_incomplete")
        expect(await traces(cartId)).toEqual(NO_TRACES)
      })

      it("refuses a delivery whose address has no street with 400 naming shipping_address.address_1; nothing ordered or reserved", async () => {
        const cartId = await cartFor("standard", { ...ADDRESS, address_1: "" })
        const { status, data } = await failure(api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^shipping_address\.address_1: /)
        expect(await traces(cartId)).toEqual(NO_TRACES)
      })

      it("refuses a pickup without a phone (400 naming shipping_address.phone), and completes one whose address is only a phone", async () => {
        const noPhone = await cartFor("pickup", { first_name: "Lan", country_code: "vn" })
        const refused = await failure(api.post(`/store/ocop/carts/${noPhone}/complete`, {}, headers))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^shipping_address\.phone: /)
        expect(await traces(noPhone)).toEqual(NO_TRACES)

        const phoneOnly = await cartFor("pickup", { phone: "0912345678", country_code: "vn" })
        const { status, data } = await api.post(`/store/ocop/carts/${phoneOnly}/complete`, {}, headers)
        expect(status).toBe(201)
        expect(data.order_group.orders).toHaveLength(1)
      })
    })

    describe("POST /store/ocop/carts/:id/complete: what the buyer must have chosen", () => {
      /** A cart of two producers' goods with an address; `deliveries` of them get their standard delivery, and COD when `pay`. */
      async function cartWith({ deliveries, pay }: { deliveries: number; pay: boolean }) {
        const items = variants.slice(0, 2)
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId, email: "lan@example.vn" }, headers)
        for (const item of items)
          await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: item.variant_id, quantity: 1 }, headers)
        await api.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS }, headers)
        const {
          data: { shipping_options },
        } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
        for (const item of items.slice(0, deliveries)) {
          const option = shipping_options.find(
            (o: any) => o.data?.producer_id === item.producer_id && o.type?.code === "standard"
          )
          await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, headers)
        }
        if (pay) {
          const {
            data: { payment_collection },
          } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
          await api.post(
            `/store/payment-collections/${payment_collection.id}/payment-sessions`,
            { provider_id: "pp_system_default" },
            headers
          )
        }
        return cart.id as string
      }

      it("refuses a cart where one producer's goods have no delivery with 400 delivery_missing naming shipping_methods; nothing ordered or reserved", async () => {
        const cartId = await cartWith({ deliveries: 1, pay: true })
        const { status, data } = await failure(api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers))
        expect(status).toBe(400)
        expect(data).toMatchObject({ code: "delivery_missing", message: expect.stringMatching(/^shipping_methods: /) })
        expect(await traces(cartId)).toEqual(NO_TRACES)
      })

      it("refuses a cart without a payment with 400 payment_missing naming payment; nothing ordered or reserved", async () => {
        const cartId = await cartWith({ deliveries: 2, pay: false })
        const { status, data } = await failure(api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers))
        expect(status).toBe(400)
        expect(data).toMatchObject({ code: "payment_missing", message: expect.stringMatching(/^payment: /) })
        expect(await traces(cartId)).toEqual(NO_TRACES)
      })
    })

    describe("POST /store/ocop/carts/:id/complete", () => {
      it("splits a cart of 3 producers into 3 producer orders whose totals add up to the group's", async () => {
        const items = variants.slice(0, 3)
        const cartId = await readyCart(items)
        const { status, data } = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)

        expect(status).toBe(201)
        const group = data.order_group
        expect(group.orders).toHaveLength(3)
        expect(group.orders.map((o: any) => o.producer.id).sort()).toEqual(items.map((i) => i.producer_id).sort())
        for (const order of group.orders) {
          expect(order.items).toHaveLength(1)
          expect(order.shipping_methods).toHaveLength(1)
          expect(Number(order.shipping_total)).toBeGreaterThan(0)
        }
        const sum = group.orders.reduce((total: number, o: any) => total + Number(o.total), 0)
        expect(sum).toBe(Number(group.total))

        // The stock stays reserved, now for the producer orders' items, which their fulfilment consumes.
        const childItemIds = group.orders.flatMap((o: any) => o.items.map((i: any) => i.id))
        const reservations = await getContainer()
          .resolve(Modules.INVENTORY)
          .listReservationItems({ line_item_id: childItemIds })
        expect(reservations).toHaveLength(3)

        const parent = await getContainer()
          .resolve(Modules.ORDER)
          .retrieveOrder(group.parent_order_id, { select: ["id", "total"] })
        expect(Number(parent.total)).toBe(Number(group.total))
        const { data: again } = await api.get(`/store/ocop/order-groups/${group.id}`, headers)
        expect(again.order_group.orders).toHaveLength(3)
      })

      it("answers a retried completion with the same order group (200), and creates nothing", async () => {
        const cartId = await readyCart(variants.slice(3, 4))
        const first = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)
        const marketplace = getContainer().resolve("marketplace") as {
          listOrderGroups: (f: object) => Promise<unknown[]>
        }
        const before = (await marketplace.listOrderGroups({})).length
        const orders = async () =>
          (
            await getContainer()
              .resolve(Modules.ORDER)
              .listOrders({}, { select: ["id"] })
          ).length
        const ordersBefore = await orders()

        // The client never saw the first answer (a server died, a connection dropped): it tries again.
        const { status, data } = await failure(api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers))
        expect(status).toBe(200)
        expect(data.order_group.id).toBe(first.data.order_group.id)
        expect(data.order_group.orders.map((o: any) => o.id)).toEqual(
          first.data.order_group.orders.map((o: any) => o.id)
        )
        expect((await marketplace.listOrderGroups({})).length).toBe(before)
        expect(await orders()).toBe(ordersBefore)
      })

      it("pays by bank transfer: the VietQR decodes to the collection account, the exact amount and the reference, with a valid CRC", async () => {
        const cartId = await readyCart(variants.slice(0, 2), 1, "pp_vietqr_vietqr")
        const { data } = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)
        const { payment, total } = data.order_group
        expect(payment.provider_id).toBe("pp_vietqr_vietqr")
        expect(payment.captured_at).toBeNull()
        const transfer = payment.bank_transfer
        expect(transfer.reference).toMatch(/^OCOP[2-9A-HJ-NP-Z]{8}$/)
        expect(transfer).toMatchObject({
          account_number: COLLECTION.account,
          account_name: COLLECTION.name,
          amount: Number(total),
        })

        const decoded = new QRPay(transfer.qr_payload)
        expect(decoded.isValid).toBe(true)
        expect(decoded.consumer.bankBin).toBe(COLLECTION.bin)
        expect(decoded.consumer.bankNumber).toBe(COLLECTION.account)
        expect(Number(decoded.amount)).toBe(Number(total))
        expect(decoded.additionalData.purpose).toContain(transfer.reference)
      })

      it("imports a bank statement: marks exactly the matching orders paid and lists the mismatches", async () => {
        const checkout = async (items: StockedVariant[]) => {
          const cartId = await readyCart(items, 1, "pp_vietqr_vietqr")
          return (await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)).data.order_group
        }
        const paid = await checkout(variants.slice(0, 1))
        const short = await checkout(variants.slice(1, 2))
        const untouched = await checkout(variants.slice(2, 3))
        const ref = (group: any) => group.payment.bank_transfer.reference
        const csv = [
          "Ngày giao dịch;Số tiền;Nội dung",
          `25/11/2026;${Number(paid.total).toLocaleString("vi-VN")};CK ${ref(paid)} NGUYEN VAN A`,
          `25/11/2026;${Number(short.total) - 1000};${ref(short)} chuyen thieu`,
          `25/11/2026;150.000;OCOPZZZZZZZZ khong co don`,
          `25/11/2026;90.000;chuyen tien khong ghi ma`,
        ].join("\n")
        const admin = await adminHeaders(api, getContainer())

        const { status, data } = await api.post("/admin/ocop/bank-statements", { csv }, admin)
        expect(status).toBe(200)
        expect(data.matched.map((m: any) => m.reference)).toEqual([ref(paid)])
        expect(data.mismatches.map((m: any) => [m.line, m.reason])).toEqual([
          [3, "amount_differs"],
          [4, "unknown_reference"],
          [5, "no_reference"],
        ])

        const status_ = async (group: any) =>
          (await api.get(`/store/ocop/order-groups/${group.id}`, headers)).data.order_group.payment_status
        expect(await status_(paid)).toBe("captured")
        expect(await status_(short)).not.toBe("captured")
        expect(await status_(untouched)).not.toBe("captured")

        // Importing the same statement again pays nothing twice.
        const { data: again } = await api.post("/admin/ocop/bank-statements", { csv }, admin)
        expect(again.matched).toEqual([])
        expect(again.mismatches[0]).toMatchObject({ line: 2, reason: "already_paid" })
      })

      it("answers 400 naming the field for a statement that is not CSV text, and captures nothing", async () => {
        const admin = await adminHeaders(api, getContainer())
        const missing = await failure(api.post("/admin/ocop/bank-statements", {}, admin))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/csv/)
        const noHeader = await failure(api.post("/admin/ocop/bank-statements", { csv: "a;b\n1;2" }, admin))
        expect(noHeader.status).toBe(400)
        expect(noHeader.data.message).toMatch(/^file/)
      })

      it("captures cash on delivery only as each producer's order is delivered, that order's total each time", async () => {
        const cartId = await readyCart(variants.slice(0, 2))
        const group = (await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)).data.order_group
        expect(group.payment.provider_id).toBe("pp_system_default")
        expect(group.payment_status).toBe("authorized")
        const admin = await adminHeaders(api, getContainer())
        const capturedAmount = async () => {
          const {
            data: [parent],
          } = await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({
              entity: "order",
              fields: ["payment_collections.payments.captures.amount"],
              filters: { id: group.parent_order_id },
            })
          return ((parent as any).payment_collections[0].payments[0].captures ?? []).reduce(
            (sum: number, c: any) => sum + Number(c.amount),
            0
          )
        }
        const deliver = (order: any) => deliverOrder(order, admin)
        const waitForCaptured = async (amount: number) => {
          for (let i = 0; i < 50 && (await capturedAmount()) !== amount; i++)
            await new Promise((r) => setTimeout(r, 100))
          expect(await capturedAmount()).toBe(amount)
        }
        expect(await capturedAmount()).toBe(0)
        const [first, second] = group.orders
        await deliver(first)
        await waitForCaptured(Number(first.total))
        await deliver(second)
        await waitForCaptured(Number(first.total) + Number(second.total))
        const { data } = await api.get(`/store/ocop/order-groups/${group.id}`, headers)
        expect(data.order_group.payment_status).toBe("captured")
      })

      it("e-mails the buyer, in English for an English cart, when the checkout is placed, delivered and paid in full", async () => {
        const email = `en-buyer-${Date.now()}@example.vn`
        const cartId = await readyCart(variants.slice(0, 2))
        await api.post(`/store/carts/${cartId}`, { email, locale: "en" }, headers)
        const group = (await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)).data.order_group

        const placed = await emailsTo(email, ["order-placed"])
        expect(placed.map((n) => n.template)).toEqual(["order-placed"])
        // The record is stored before the provider has written the file: wait for the file too.
        const file = await vi.waitFor(
          () => {
            const found = fs
              .readdirSync(OUTBOX)
              .filter((f) => f.endsWith(".json"))
              .find((f) => JSON.parse(fs.readFileSync(path.join(OUTBOX, f), "utf8")).to === email)
            if (!found) throw new Error(`no e-mail to ${email} in the outbox yet`)
            return found
          },
          { timeout: 5_000, interval: 100 }
        )
        const message = JSON.parse(fs.readFileSync(path.join(OUTBOX, file), "utf8"))
        expect(message.subject).toBe("Order received")
        expect(message.text).toContain("Cash on delivery")
        expect(message.text).toContain(group.orders[0].producer.name)

        const admin = await adminHeaders(api, getContainer())
        for (const order of group.orders) await deliverOrder(order, admin)
        const all = await emailsTo(email, ["order-placed", "order-delivered", "order-delivered", "order-paid"])
        expect(all.map((n) => n.template).sort()).toEqual([
          "order-delivered",
          "order-delivered",
          "order-paid",
          "order-placed",
        ])
        // The same step reported again (both last COD captures see the checkout paid; a retried event) sends nothing more.
        await sendOrderEmailWorkflow(getContainer()).run({ input: { order_group_id: group.id, kind: "paid" } })
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email })
        expect(notifications.filter((n) => n.template === "order-paid")).toHaveLength(1)
      })

      it("answers 404 for a cart nobody has", async () => {
        const { status, data } = await failure(api.post(`/store/ocop/carts/cart_nope/complete`, {}, headers))
        expect(status).toBe(404)
        expect(data.message).toMatch(/^cart/)
      })

      it(
        "sells the last 5 units to exactly 5 of 20 concurrent buyers; the others get a clear out-of-stock answer",
        { timeout: 240_000 },
        async () => {
          const scarce = variants[4]
          const inventory = getContainer().resolve(Modules.INVENTORY)
          await inventory.updateInventoryLevels([
            { inventory_item_id: scarce.inventory_item_id, location_id: scarce.location_id, stocked_quantity: 5 },
          ])
          const carts = []
          for (let i = 0; i < 20; i++) carts.push(await readyCart([scarce]))

          const answers = await Promise.all(
            carts.map((id) => failure(api.post(`/store/ocop/carts/${id}/complete`, {}, headers)))
          )
          const statuses = answers.map((a) => a.status)
          expect(statuses.filter((s) => s === 201)).toHaveLength(5)
          // Whole answers compared, so that a failure prints what each refused buyer was told.
          const refused = answers.filter((a) => a.status !== 201).map((a) => ({ status: a.status, ...a.data }))
          expect(refused).toEqual(
            Array.from({ length: 15 }, () => ({
              status: 409,
              type: "out_of_stock",
              code: "insufficient_inventory",
              message: expect.stringMatching(/^items/),
            }))
          )

          const [level] = await inventory.listInventoryLevels({
            inventory_item_id: scarce.inventory_item_id,
            location_id: scarce.location_id,
          })
          expect(Number(level.reserved_quantity)).toBe(5)
          expect(Number(level.stocked_quantity) - Number(level.reserved_quantity)).toBe(0)
          const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
          const { data: completed } = await query.graph({
            entity: "cart",
            fields: ["id", "completed_at"],
            filters: { id: carts },
          })
          expect(completed.filter((c: any) => c.completed_at)).toHaveLength(5)
        }
      )

      // Last: it expires every unpaid transfer in this database, the earlier tests' too.
      it("cancels a checkout whose bank transfer did not arrive in time, giving its stock back", async () => {
        const item = variants[6]
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const reserved = async () =>
          Number(
            (
              await inventory.listInventoryLevels({
                inventory_item_id: item.inventory_item_id,
                location_id: item.location_id,
              })
            )[0].reserved_quantity
          )
        const before = await reserved()
        const cartId = await readyCart([item], 2, "pp_vietqr_vietqr")
        const group = (await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)).data.order_group
        expect(await reserved()).toBe(before + 2)

        // Not yet due: nothing happens.
        const early = await expireUnpaidTransfersWorkflow(getContainer()).run({ input: { now: new Date() } })
        expect(early.result.canceled).not.toContain(group.id)

        const deadline = new Date(group.payment.bank_transfer.expires_at)
        const { result } = await expireUnpaidTransfersWorkflow(getContainer()).run({
          input: { now: new Date(deadline.getTime() + 1000) },
        })
        expect(result.canceled).toContain(group.id)
        expect(result.failed).toEqual([])
        expect(await reserved()).toBe(before)
        const { data } = await api.get(`/store/ocop/order-groups/${group.id}`, headers)
        expect(data.order_group.orders.every((o: any) => o.status === "canceled")).toBe(true)
        expect(data.order_group.payment_status).toBe("canceled")
      })
    })
  },
})
