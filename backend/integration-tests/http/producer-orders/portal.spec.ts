import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { adminHeaders } from "../../utils/admin"
import { readyCart, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signInSeededProducer } from "../../utils/producer-orders"
import { productSearchClient } from "../search/product-search-client"
import { setProducerStatusWorkflow } from "../../../src/workflows/producer/workflows/set-producer-status"

// Read by medusa-config.ts when the runner boots the app: bank transfers need a collection account,
// and the e-mails are written to this folder.
process.env.VIETQR_BANK_BIN = "970436"
process.env.VIETQR_ACCOUNT_NUMBER = "0071000123456"
process.env.VIETQR_ACCOUNT_NAME = "CHO OCOP TEST"
const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string
    let publishableKey: string
    let first: StockedVariant
    let second: StockedVariant
    let firstProducer: Headers
    let firstMember: Headers
    let secondProducer: Headers
    let third: StockedVariant
    let thirdProducer: Headers

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      publishableKey = setup.publishableKey
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      ;[first, second, third] = await stockedVariantPerProducer(getContainer())
      firstProducer = await signInSeededProducer(api, getContainer(), first.producer_id)
      firstMember = await signInSeededProducer(api, getContainer(), first.producer_id, "member")
      secondProducer = await signInSeededProducer(api, getContainer(), second.producer_id)
      thirdProducer = await signInSeededProducer(api, getContainer(), third.producer_id)
    }, 360_000)

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /** A guest checkout of one unit of each variant; returns the group and each producer's order. */
    async function checkout(
      items: StockedVariant[],
      providerId = "pp_system_default",
      email = `buyer-${Date.now()}@example.vn`,
      note?: string
    ) {
      // The storefront's checkout keeps the buyer's delivery note in the cart's metadata.
      const { cartId } = await readyCart(api, store, regionId, items, providerId, {
        email,
        ...(note ? { metadata: { note } } : {}),
      })
      const { data } = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, store)
      const group = data.order_group
      const orderOf = (item: StockedVariant) => group.orders.find((o: any) => o.producer.id === item.producer_id)
      return { group, email, mine: orderOf(items[0]), theirs: items[1] ? orderOf(items[1]) : undefined }
    }

    const level = async (item: StockedVariant) => {
      const [found] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: item.inventory_item_id, location_id: item.location_id })
      return { stocked: Number(found.stocked_quantity), reserved: Number(found.reserved_quantity) }
    }

    /** The notification records of the e-mails sent to `to`. */
    const emailsTo = async (to: string) =>
      (await query().graph({ entity: "notification", fields: ["to", "template", "data"], filters: { to } })).data

    /** The e-mails with this template written to the outbox for `to` (subscribers run after the request). */
    async function outbox(to: string, template: string) {
      return vi.waitFor(
        () => {
          const messages = fs
            .readdirSync(OUTBOX)
            .filter((f) => f.endsWith(".json"))
            .map((f) => JSON.parse(fs.readFileSync(path.join(OUTBOX, f), "utf8")))
            .filter((m) => m.to === to && m.template === template)
          if (!messages.length) throw new Error(`no ${template} e-mail to ${to} yet`)
          return messages
        },
        { timeout: 8_000, interval: 100 }
      )
    }

    const paymentOf = async (parentOrderId: string) => {
      const {
        data: [parent],
      } = await query().graph({
        entity: "order",
        fields: [
          "payment_collections.payments.id",
          "payment_collections.payments.amount",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: parentOrderId },
      })
      const payment = (parent as any).payment_collections[0].payments[0]
      const sum = (rows: any[] | null) => (rows ?? []).reduce((total, r) => total + Number(r.amount), 0)
      return {
        id: payment.id as string,
        amount: Number(payment.amount),
        captured: sum(payment.captures),
        refunded: sum(payment.refunds),
      }
    }

    describe("GET /producer/orders", () => {
      it("lists the producer's own order of a checkout, not the other producer's order of the same checkout", async () => {
        const { mine, theirs } = await checkout([first, second])
        const { status, data } = await api.get("/producer/orders?limit=100", firstProducer)
        expect(status).toBe(200)
        const ids = data.orders.map((o: any) => o.id)
        expect(ids).toContain(mine.id)
        expect(ids).not.toContain(theirs.id)
        expect(data.count).toBe(data.orders.length)
        const order = data.orders.find((o: any) => o.id === mine.id)
        expect(order).toMatchObject({
          display_id: mine.display_id,
          status: "pending",
          fulfilment_status: "placed",
          payment_method: "cod",
          payment_status: "authorized",
          total: Number(mine.total),
          shipping_address: { first_name: "Lan", phone: "0912345678", province: "Điện Biên" },
          carrier: null,
          tracking_number: null,
          cancel_reason: null,
        })
        expect(order.items).toEqual([
          expect.objectContaining({
            title: mine.items[0].title,
            quantity: 1,
            unit_price: Number(mine.items[0].unit_price),
          }),
        ])
        expect(order.subtotal + order.shipping_total).toBe(order.total)
      })

      it("lists newest first, filters by fulfilment status and pages", async () => {
        const older = (await checkout([first])).mine
        const newer = (await checkout([first])).mine
        await api.post(`/producer/orders/${older.id}/accept`, {}, firstProducer)
        const { data: page } = await api.get("/producer/orders?limit=1&offset=0", firstProducer)
        expect(page.orders.map((o: any) => o.id)).toEqual([newer.id])
        expect(page).toMatchObject({ limit: 1, offset: 0 })
        const { data: accepted } = await api.get("/producer/orders?fulfilment_status=accepted", firstProducer)
        expect(accepted.orders.map((o: any) => o.id)).toContain(older.id)
        expect(accepted.orders.every((o: any) => o.fulfilment_status === "accepted")).toBe(true)
        expect(accepted.count).toBe(accepted.orders.length)
      })

      it("answers 400 naming the field for an unknown fulfilment status or a bad limit", async () => {
        const bad = await call(api.get("/producer/orders?fulfilment_status=lost", firstProducer))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^fulfilment_status must be one of placed, /)
        const limit = await call(api.get("/producer/orders?limit=0", firstProducer))
        expect(limit.status).toBe(400)
        expect(limit.data.message).toBe("limit must be between 1 and 100")
      })

      it("answers 401 without a sign-in", async () => {
        expect((await call(api.get("/producer/orders"))).status).toBe(401)
      })
    })

    describe("an order from placed to delivered (cash on delivery)", () => {
      it("accepts it and e-mails the buyer", async () => {
        const { mine, email } = await checkout([first, second])
        const { status, data } = await api.post(`/producer/orders/${mine.id}/accept`, {}, firstProducer)
        expect(status).toBe(200)
        expect(data.order.fulfilment_status).toBe("accepted")
        const [accepted, ...more] = await outbox(email, "order-accepted")
        expect(more).toHaveLength(0)
        expect(accepted.data.order_id).toBe(mine.id)
        expect(accepted.subject).toBe(`Cơ sở đã nhận đơn – Đơn #${mine.display_id}`)
      })

      it("packs it at the producer's location: the unit leaves the stock and its reservation, the buyer is e-mailed", async () => {
        const before = await level(first)
        const { mine, email } = await checkout([first, second])
        expect(await level(first)).toEqual({ stocked: before.stocked, reserved: before.reserved + 1 })
        const { status, data } = await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        expect(status).toBe(200)
        expect(data.order.fulfilment_status).toBe("packed")
        expect(await level(first)).toEqual({ stocked: before.stocked - 1, reserved: before.reserved })
        const {
          data: [fulfilled],
        } = await query().graph({ entity: "order", fields: ["fulfillments.location_id"], filters: { id: mine.id } })
        expect((fulfilled as any).fulfillments.map((f: any) => f.location_id)).toEqual([first.location_id])
        expect(await outbox(email, "order-packed")).toHaveLength(1)
      })

      it("ships it with the carrier and tracking number, which the buyer's e-mail gives", async () => {
        const { mine, email } = await checkout([first, second])
        await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        const { status, data } = await api.post(
          `/producer/orders/${mine.id}/ship`,
          { carrier: "Viettel Post", tracking_number: "VTP123456789" },
          firstProducer
        )
        expect(status).toBe(200)
        expect(data.order).toMatchObject({
          fulfilment_status: "shipped",
          carrier: "Viettel Post",
          tracking_number: "VTP123456789",
        })
        const [shipped] = await outbox(email, "order-shipped")
        expect(shipped.text).toContain("Mã vận đơn: VTP123456789")
      })

      it("marks it delivered: this order's part of the COD payment is captured, the buyer e-mailed, the checkout shows it delivered", async () => {
        const { group, mine, email } = await checkout([first, second])
        await api.post(`/producer/orders/${mine.id}/accept`, {}, firstProducer)
        await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        await api.post(
          `/producer/orders/${mine.id}/ship`,
          { carrier: "GHN", tracking_number: "GHN7788" },
          firstProducer
        )
        const { status, data } = await api.post(`/producer/orders/${mine.id}/deliver`, {}, firstProducer)
        expect(status).toBe(200)
        expect(data.order.fulfilment_status).toBe("delivered")
        await vi.waitFor(
          async () => expect((await paymentOf(group.parent_order_id)).captured).toBe(Number(mine.total)),
          { timeout: 5_000, interval: 100 }
        )
        expect(await outbox(email, "order-delivered")).toHaveLength(1)
        await vi.waitFor(
          async () =>
            expect((await emailsTo(email)).map((n) => n.template).sort()).toEqual([
              "order-accepted",
              "order-delivered",
              "order-packed",
              "order-placed",
              "order-shipped",
            ]),
          { timeout: 5_000, interval: 100 }
        )
        const { data: view } = await api.get(`/store/ocop/order-groups/${group.id}`, store)
        expect(view.order_group.orders.find((o: any) => o.id === mine.id).delivery_status).toBe("delivered")
        expect(view.order_group.payment_status).toBe("partially_captured")
        const { data: again } = await api.get(`/producer/orders/${mine.id}`, firstProducer)
        expect(again.order.payment_status).toBe("captured")
      })

      it("refuses every step after delivery with 400 naming order", async () => {
        const { mine } = await checkout([first])
        await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        await api.post(
          `/producer/orders/${mine.id}/ship`,
          { carrier: "GHN", tracking_number: "GHN7789" },
          firstProducer
        )
        await api.post(`/producer/orders/${mine.id}/deliver`, {}, firstProducer)
        for (const step of ["accept", "pack", "deliver"]) {
          const answer = await call(api.post(`/producer/orders/${mine.id}/${step}`, {}, firstProducer))
          expect(answer.status).toBe(400)
          expect(answer.data.message).toBe("order: it is delivered; nothing more can be done with it")
        }
        const cancel = await call(
          api.post(`/producer/orders/${mine.id}/cancel`, { reason: "Khách đổi ý" }, firstProducer)
        )
        expect(cancel.status).toBe(400)
        expect(cancel.data.message).toBe("order: it is delivered; nothing more can be done with it")
        expect((await api.get(`/producer/orders/${mine.id}`, firstProducer)).data.order.status).not.toBe("canceled")
      })
    })

    describe("steps out of order", () => {
      it("refuses shipping before packing and delivering before shipping, with 400 naming order, and changes nothing", async () => {
        const { mine } = await checkout([first])
        const ship = await call(
          api.post(`/producer/orders/${mine.id}/ship`, { carrier: "GHN", tracking_number: "GHN0001" }, firstProducer)
        )
        expect(ship.status).toBe(400)
        expect(ship.data.message).toBe("order: pack it before shipping")
        const deliver = await call(api.post(`/producer/orders/${mine.id}/deliver`, {}, firstProducer))
        expect(deliver.status).toBe(400)
        expect(deliver.data.message).toBe("order: ship it before marking it delivered")
        const { data } = await api.get(`/producer/orders/${mine.id}`, firstProducer)
        expect(data.order).toMatchObject({ fulfilment_status: "placed", carrier: null })
      })

      it("packs without accepting first, then refuses a second packing and accepting", async () => {
        const { mine } = await checkout([first])
        expect(
          (await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)).data.order.fulfilment_status
        ).toBe("packed")
        const again = await call(api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer))
        expect(again.status).toBe(400)
        expect(again.data.message).toBe("order: it is already packed")
        const accept = await call(api.post(`/producer/orders/${mine.id}/accept`, {}, firstProducer))
        expect(accept.status).toBe(400)
        expect(accept.data.message).toMatch(/^order/)
        const {
          data: [fulfilled],
        } = await query().graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: mine.id } })
        expect((fulfilled as any).fulfillments).toHaveLength(1)
      })

      it("packs an order once when two members pack it at the same time: the loser gets 409 naming order", async () => {
        const { mine } = await checkout([first])
        const answers = await Promise.all(
          [firstProducer, firstMember].map((who) =>
            call(api.post(`/producer/orders/${mine.id}/pack`, { expected_status: "placed" }, who))
          )
        )
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
        expect(answers.find((a) => a.status === 409).data).toMatchObject({
          code: "order_changed",
          message:
            "order: it was placed but is now packed (changed by someone else meanwhile); reload it and choose again",
        })
        const {
          data: [fulfilled],
        } = await query().graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: mine.id } })
        expect((fulfilled as any).fulfillments).toHaveLength(1)
      })

      it("an owner cancelling while a member packs: one goes through, the other gets 409 naming order, the buyer one e-mail", async () => {
        const { mine, email } = await checkout([first])
        const [packed, cancelled] = await Promise.all([
          call(api.post(`/producer/orders/${mine.id}/pack`, { expected_status: "placed" }, firstMember)),
          call(
            api.post(
              `/producer/orders/${mine.id}/cancel`,
              { reason: "Hết hàng", expected_status: "placed" },
              firstProducer
            )
          ),
        ])
        expect([packed.status, cancelled.status].sort()).toEqual([200, 409])
        const loser = packed.status === 409 ? packed : cancelled
        expect(loser.data.message).toMatch(/^order: it was placed but is now (packed|canceled) /)
        const { data } = await api.get(`/producer/orders/${mine.id}`, firstProducer)
        expect(data.order.fulfilment_status).toBe(packed.status === 200 ? "packed" : "canceled")
        const stepEmails = async () =>
          (await emailsTo(email)).filter((n) => n.template === "order-packed" || n.template === "order-cancelled")
        await vi.waitFor(async () => expect(await stepEmails()).toHaveLength(1), { timeout: 5_000, interval: 100 })
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        expect((await stepEmails()).map((n) => n.template)).toEqual([
          packed.status === 200 ? "order-packed" : "order-cancelled",
        ])
      })

      it("refuses with 409 a cancellation chosen on a page that still showed the order placed, after a member packed it", async () => {
        const { mine } = await checkout([first])
        await api.post(`/producer/orders/${mine.id}/pack`, {}, firstMember)
        const stale = await call(
          api.post(
            `/producer/orders/${mine.id}/cancel`,
            { reason: "Hết hàng", expected_status: "placed" },
            firstProducer
          )
        )
        expect(stale.status).toBe(409)
        expect(stale.data.message).toMatch(/^order: it was placed but is now packed/)
        expect((await api.get(`/producer/orders/${mine.id}`, firstProducer)).data.order.fulfilment_status).toBe(
          "packed"
        )
      })

      it("refuses cancelling a shipped parcel", async () => {
        const { mine } = await checkout([first])
        await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        await api.post(
          `/producer/orders/${mine.id}/ship`,
          { carrier: "GHN", tracking_number: "GHN0002" },
          firstProducer
        )
        const cancel = await call(api.post(`/producer/orders/${mine.id}/cancel`, { reason: "Hết hàng" }, firstProducer))
        expect(cancel.status).toBe(400)
        expect(cancel.data.message).toMatch(/^order: it has shipped/)
        expect((await api.get(`/producer/orders/${mine.id}`, firstProducer)).data.order.status).not.toBe("canceled")
      })

      it("answers 400 naming the field for a shipment without tracking number or a cancellation without reason", async () => {
        const { mine } = await checkout([first])
        await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        const ship = await call(api.post(`/producer/orders/${mine.id}/ship`, { carrier: "GHN" }, firstProducer))
        expect(ship.status).toBe(400)
        expect(ship.data.message).toBe("tracking_number is required")
        const cancel = await call(api.post(`/producer/orders/${mine.id}/cancel`, {}, firstProducer))
        expect(cancel.status).toBe(400)
        expect(cancel.data.message).toBe("reason is required")
        expect((await api.get(`/producer/orders/${mine.id}`, firstProducer)).data.order.fulfilment_status).toBe(
          "packed"
        )
      })
    })

    describe("POST /producer/orders/:id/cancel", () => {
      it("cancels a placed order with its reason: the reservation is released and the buyer told why", async () => {
        const before = await level(first)
        const { mine, email } = await checkout([first])
        expect((await level(first)).reserved).toBe(before.reserved + 1)
        const { status, data } = await api.post(
          `/producer/orders/${mine.id}/cancel`,
          { reason: "Hết hàng mùa này" },
          firstProducer
        )
        expect(status).toBe(200)
        expect(data.order).toMatchObject({
          status: "canceled",
          fulfilment_status: "canceled",
          cancel_reason: "Hết hàng mùa này",
          payment_status: "canceled",
        })
        expect(await level(first)).toEqual(before)
        const cancelled = await outbox(email, "order-cancelled")
        expect(cancelled).toHaveLength(1)
        expect(cancelled[0].data.order_id).toBe(mine.id)
        expect(cancelled[0].text).toContain("Lý do: Hết hàng mùa này")
      })

      it("cancels a packed order: the packed unit goes back on the shelf and nothing stays reserved", async () => {
        const before = await level(first)
        const { mine } = await checkout([first])
        await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        expect(await level(first)).toEqual({ stocked: before.stocked - 1, reserved: before.reserved })
        const { status, data } = await api.post(
          `/producer/orders/${mine.id}/cancel`,
          { reason: "Hàng bị vỡ khi đóng gói" },
          firstProducer
        )
        expect(status).toBe(200)
        expect(data.order.fulfilment_status).toBe("canceled")
        expect(await level(first)).toEqual(before)
      })

      it("refunds this order's total from a paid bank transfer, and leaves the other producer's order alone", async () => {
        const { group, mine, theirs } = await checkout([first, second], "pp_vietqr_vietqr")
        const paid = await paymentOf(group.parent_order_id)
        await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: paid.id, amount: paid.amount } })
        expect((await api.get(`/producer/orders/${mine.id}`, firstProducer)).data.order).toMatchObject({
          payment_method: "bank_transfer",
          payment_status: "captured",
        })

        const { status, data } = await api.post(
          `/producer/orders/${mine.id}/cancel`,
          { reason: "Không giao được tới xã này" },
          firstProducer
        )
        expect(status).toBe(200)
        expect(data.order.payment_status).toBe("refunded")
        const after = await paymentOf(group.parent_order_id)
        expect(after.refunded).toBe(Number(mine.total))
        expect(after.captured).toBe(paid.amount)
        const { data: other } = await api.get(`/producer/orders/${theirs.id}`, secondProducer)
        expect(other.order).toMatchObject({
          status: "pending",
          fulfilment_status: "placed",
          payment_status: "captured",
        })
      })
    })

    describe("a bank-transfer order", () => {
      it("shows it awaiting payment and refuses packing it with 400 naming order until the transfer arrives", async () => {
        const { group, mine } = await checkout([first], "pp_vietqr_vietqr")
        const { data: before } = await api.get(`/producer/orders/${mine.id}`, firstProducer)
        expect(before.order).toMatchObject({ payment_method: "bank_transfer", payment_status: "awaiting_payment" })
        const refused = await call(api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "order: the buyer has not paid this bank transfer yet; pack it once the order shows it paid"
        )
        const {
          data: [unpacked],
        } = await query().graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: mine.id } })
        expect((unpacked as any).fulfillments).toHaveLength(0)

        const paid = await paymentOf(group.parent_order_id)
        await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: paid.id, amount: paid.amount } })
        const { status, data } = await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        expect(status).toBe(200)
        expect(data.order).toMatchObject({ fulfilment_status: "packed", payment_status: "captured" })
      })
    })

    describe("the buyer's delivery note and the producer's new-order e-mail", () => {
      it("shows the note on the producer's order and e-mails the producer its order with the note and the payment state", async () => {
        const { mine } = await checkout([first, second], "pp_vietqr_vietqr", undefined, "Gọi trước khi giao")
        const { data } = await api.get(`/producer/orders/${mine.id}`, firstProducer)
        expect(data.order.note).toBe("Gọi trước khi giao")
        const {
          data: [producer],
        } = await query().graph({ entity: "producer", fields: ["email"], filters: { id: first.producer_id } })
        const [placed, ...more] = (await outbox(producer.email, "producer-order-placed")).filter(
          (m) => m.data.order_id === mine.id
        )
        expect(more).toHaveLength(0)
        expect(placed.subject).toBe(`Đơn hàng mới #${mine.display_id}`)
        expect(placed.text).toContain("Ghi chú của người mua: Gọi trước khi giao")
        expect(placed.text).toContain("Chuyển khoản VietQR: CHƯA thanh toán")
        expect(placed.text).toContain("Lan Nguyễn, 0912345678, 12 Trần Phú")
        expect(placed.text).toContain(`/vi/producer/orders/${mine.id}`)
      })

      it("gives no note when the buyer left none", async () => {
        const { mine } = await checkout([first])
        expect((await api.get(`/producer/orders/${mine.id}`, firstProducer)).data.order.note).toBeNull()
      })
    })

    describe("POST /producer/products/:id/variants/:variant_id/stock", () => {
      it("refuses a stock below what open orders reserved with 400 naming quantity and the reserved count, and changes nothing", async () => {
        await checkout([first])
        const before = await level(first)
        expect(before.reserved).toBeGreaterThan(0)
        const answer = await call(
          api.post(
            `/producer/products/${first.product_id}/variants/${first.variant_id}/stock`,
            { quantity: before.reserved - 1 },
            firstProducer
          )
        )
        expect(answer.status).toBe(400)
        expect(answer.data.message).toBe(
          `quantity: ${before.reserved} units are reserved by open orders; the stock cannot be set below ${before.reserved} until they are packed or cancelled`
        )
        expect(await level(first)).toEqual(before)
      })
    })

    describe("a checkout one producer cancelled", () => {
      it("is paid in full once the other producer's COD order is delivered: the cancelled order is not owed", async () => {
        const { group, mine, theirs, email } = await checkout([first, second])
        await api.post(`/producer/orders/${theirs.id}/cancel`, { reason: "Hết hàng" }, secondProducer)
        await api.post(`/producer/orders/${mine.id}/pack`, {}, firstProducer)
        await api.post(
          `/producer/orders/${mine.id}/ship`,
          { carrier: "GHN", tracking_number: "GHN9911" },
          firstProducer
        )
        await api.post(`/producer/orders/${mine.id}/deliver`, {}, firstProducer)
        await vi.waitFor(
          async () => expect((await paymentOf(group.parent_order_id)).captured).toBe(Number(mine.total)),
          { timeout: 5_000, interval: 100 }
        )
        const { data: view } = await api.get(`/store/ocop/order-groups/${group.id}`, store)
        expect(view.order_group.payment_status).toBe("captured")
        expect(await outbox(email, "order-paid")).toHaveLength(1)
      })
    })

    describe("a producer that may not sell", () => {
      it("takes a suspended producer's goods off sale (product page, search, carts) while it finishes its open orders; reinstating puts them back", async () => {
        const admin = await adminHeaders(api, getContainer())
        const search = productSearchClient(api, publishableKey)
        const inSearch = async () => (await search.products({ id: third.product_id })).hits.map((hit) => hit.id)
        await vi.waitFor(async () => expect(await inSearch()).toEqual([third.product_id]), {
          timeout: 10_000,
          interval: 200,
        })
        const { mine: toFinish } = await checkout([third])
        const { mine: toCancel } = await checkout([third])
        const { cartId: heldCart } = await readyCart(api, store, regionId, [third], "pp_system_default")
        const addToNewCart = async () => {
          const {
            data: { cart },
          } = await api.post("/store/carts", { region_id: regionId }, store)
          return call(
            api.post(`/store/carts/${cart.id}/line-items`, { variant_id: third.variant_id, quantity: 1 }, store)
          )
        }

        const suspended = await api.post(
          `/admin/ocop/producers/${third.producer_id}/suspend`,
          { reason: "Kiểm tra chất lượng" },
          admin
        )
        expect(suspended.data.producer.status).toBe("suspended")
        expect((await call(api.get(`/store/products/${third.product_id}`, store))).status).toBe(404)
        await vi.waitFor(async () => expect(await inSearch()).toEqual([]), { timeout: 10_000, interval: 200 })
        const added = await addToNewCart()
        expect(added.status).toBe(400)
        // A cart filled before the suspension cannot buy the goods either: nothing is ordered.
        const held = await call(api.post(`/store/ocop/carts/${heldCart}/complete`, {}, store))
        expect(held.status).toBe(409)
        expect(held.data.message).toMatch(/^items: /)
        expect(
          (await query().graph({ entity: "order_group", fields: ["id"], filters: { cart_id: heldCart } })).data
        ).toHaveLength(0)

        // What was ordered before is still owed to its buyers: the producer finishes or cancels it.
        for (const [step, body] of [
          ["accept", {}],
          ["pack", {}],
          ["ship", { carrier: "GHN", tracking_number: "GHN5501" }],
          ["deliver", {}],
        ] as const) {
          const answer = await call(api.post(`/producer/orders/${toFinish.id}/${step}`, body, thirdProducer))
          expect(answer.status).toBe(200)
        }
        expect((await api.get(`/producer/orders/${toFinish.id}`, thirdProducer)).data.order.fulfilment_status).toBe(
          "delivered"
        )
        const cancelled = await call(
          api.post(`/producer/orders/${toCancel.id}/cancel`, { reason: "Tạm ngừng bán" }, thirdProducer)
        )
        expect(cancelled.status).toBe(200)
        expect(cancelled.data.order.fulfilment_status).toBe("canceled")
        // Everything else stays refused.
        const stock = await call(
          api.post(
            `/producer/products/${third.product_id}/variants/${third.variant_id}/stock`,
            { quantity: 50 },
            thirdProducer
          )
        )
        expect(stock.status).toBe(403)
        expect(stock.data.message).toMatch(/^producer: suspended/)

        const reinstated = await api.post(`/admin/ocop/producers/${third.producer_id}/approve`, {}, admin)
        expect(reinstated.data.producer.status).toBe("active")
        expect((await api.get(`/store/products/${third.product_id}`, store)).status).toBe(200)
        await vi.waitFor(async () => expect(await inSearch()).toEqual([third.product_id]), {
          timeout: 10_000,
          interval: 200,
        })
        expect((await addToNewCart()).status).toBe(200)
      })

      it("answers 403 to a rejected producer's fulfilment steps", async () => {
        const { mine } = await checkout([first])
        await setProducerStatusWorkflow(getContainer()).run({
          input: { id: first.producer_id, status: "rejected", status_reason: "Thiếu giấy tờ" },
        })
        const answer = await call(
          api.post(`/producer/orders/${mine.id}/cancel`, { reason: "Không bán nữa" }, firstProducer)
        )
        expect(answer.status).toBe(403)
        expect(answer.data.message).toBe("producer: status is rejected; only an approved producer can do this")
        expect((await api.get(`/producer/orders/${mine.id}`, firstProducer)).data.order.status).toBe("pending")
      })
    })

    describe("another producer's order", () => {
      it("answers 404 on every order route and changes nothing", async () => {
        const { mine } = await checkout([first])
        const routes: [string, string, unknown?][] = [
          ["get", `/producer/orders/${mine.id}`],
          ["post", `/producer/orders/${mine.id}/accept`, {}],
          ["post", `/producer/orders/${mine.id}/pack`, {}],
          ["post", `/producer/orders/${mine.id}/ship`, { carrier: "GHN", tracking_number: "GHN0003" }],
          ["post", `/producer/orders/${mine.id}/deliver`, {}],
          ["post", `/producer/orders/${mine.id}/cancel`, { reason: "Không phải đơn của tôi" }],
        ]
        for (const [method, url, body] of routes) {
          const answer = await call(
            method === "get" ? api.get(url, secondProducer) : api.post(url, body, secondProducer)
          )
          expect(answer.status).toBe(404)
          expect(answer.data.message).toBe(`order: no order with id ${mine.id}`)
        }
        const { data } = await api.get(`/producer/orders/${mine.id}`, firstProducer)
        expect(data.order).toMatchObject({ status: "pending", fulfilment_status: "placed" })
        const { data: theirs } = await api.get("/producer/orders?limit=100", secondProducer)
        expect(theirs.orders.map((o: any) => o.id)).not.toContain(mine.id)
      })

      it("answers 404 for an order id that does not exist", async () => {
        const answer = await call(api.get("/producer/orders/order_nope", firstProducer))
        expect(answer.status).toBe(404)
        expect(answer.data.message).toBe("order: no order with id order_nope")
      })
    })
  },
})
