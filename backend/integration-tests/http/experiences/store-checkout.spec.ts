import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { EXPERIENCE_MODULE } from "../../../src/modules/experience"
import type ExperienceModuleService from "../../../src/modules/experience/service"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { expireUnpaidTransfersWorkflow } from "../../../src/workflows/payment/workflows/expire-unpaid-transfers"
import { BOOKING_GUESTS, bookingCart, COD, VIETQR } from "../../utils/booking-cart"
import { BUYER_ADDRESS, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { createTestExperience, daysAhead, type TestExperience } from "../../utils/experiences"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signedInCustomer } from "../../utils/quote-buyers"

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
    let host: StockedVariant
    let homestay: TestExperience

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      ;[host] = await stockedVariantPerProducer(getContainer())
      homestay = await createTestExperience(getContainer(), {
        producerId: host.producer_id,
        kind: "homestay",
        pay_on_arrival: true,
        sessions: [
          { starts_at: daysAhead(10), capacity: 2 },
          { starts_at: daysAhead(11), capacity: 2 },
        ],
      })
    }, 360_000)

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const experiences = () => getContainer().resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /** A cart with a booking of `adults` for the homestay's first night (bookingCart), with the host's goods when `withGoods`. */
    const homestayCart = ({
      adults = 2,
      nights = 1,
      withGoods = false,
      provider = COD,
      guests = BOOKING_GUESTS as object[],
      headers = store,
    } = {}) =>
      bookingCart(api, headers, {
        region_id: regionId,
        session_id: homestay.session_ids[0],
        participants: { [homestay.adult_id]: adults },
        nights,
        provider,
        guests,
        ...(withGoods ? { goods: { variant_id: host.variant_id, producer_id: host.producer_id } } : {}),
      })
    const complete = (cartId: string, headers = store) =>
      call(api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers))
    const booking = async (id: string) => (await experiences().listBookings({ id }, { relations: ["holds"] }))[0]

    /** Waits for the placed checkout's subscriber to confirm the booking. */
    async function confirmed(id: string) {
      for (let i = 0; i < 100; i++) {
        const row = await booking(id)
        if (row.status !== "held") return row
        await new Promise((r) => setTimeout(r, 100))
      }
      return booking(id)
    }
    async function nothingOrdered(cartId: string, collectionId: string) {
      const { data: groups } = await query().graph({
        entity: "order_group",
        fields: ["id"],
        filters: { cart_id: cartId },
      })
      expect(groups).toHaveLength(0)
      const { data: collections } = await query().graph({
        entity: "payment_collection",
        fields: ["status", "payments.id", "payments.captured_at"],
        filters: { id: collectionId },
      })
      expect(collections[0].payments ?? []).toHaveLength(0)
    }

    describe("POST /store/ocop/carts/:id/complete with a booking", () => {
      it("confirms the booking into the host's producer order, beside the host's goods", async () => {
        const { cartId, bookingId } = await homestayCart({ withGoods: true })
        const { status, data } = await complete(cartId)
        expect(status).toBe(201)
        const orders = data.order_group.orders
        expect(orders).toHaveLength(1)

        const done = await confirmed(bookingId)
        expect(done).toMatchObject({ status: "confirmed", order_id: orders[0].id })
        expect(done.voucher_code).toMatch(/^[0-9a-f]{32}$/)
        expect(Number(done.total)).toBe(900_000)
        expect(done.holds.map((hold) => hold.expires_at)).toEqual([null])

        const { data: placed } = await query().graph({
          entity: "order",
          fields: ["items.requires_shipping", "items.variant_id", "items.metadata"],
          filters: { id: orders[0].id },
        })
        const lines = placed[0].items as any[]
        expect(lines.find((l) => l.variant_id === host.variant_id).requires_shipping).toBe(true)
        expect(lines.find((l) => l.metadata?.booking_id === bookingId).requires_shipping).toBe(false)
      })

      it("books two consecutive nights of a homestay as one booking", async () => {
        const { cartId, bookingId } = await homestayCart({ adults: 1, nights: 2 })
        expect((await complete(cartId)).status).toBe(201)
        const done = await confirmed(bookingId)
        expect(done).toMatchObject({ status: "confirmed", nights: 2 })
        expect(done.holds.map((hold) => hold.session_id).sort()).toEqual([...homestay.session_ids].sort())
        expect(Number(done.total)).toBe(900_000)
      })

      it("leaves the booking of an on-request experience requested, for its host to accept", async () => {
        await experiences().updateExperiences({ id: homestay.id, confirmation: "on_request" })
        const { cartId, bookingId } = await homestayCart({ adults: 1 })
        expect((await complete(cartId)).status).toBe(201)
        const done = await confirmed(bookingId)
        expect(done.status).toBe("requested")
        expect(done.holds.map((hold) => hold.expires_at)).toEqual([null])
      })

      it("refuses more nights than the homestay has in a row, naming nights", async () => {
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId, email: "lan@example.vn" }, store)
        const response = await call(
          api.post(
            `/store/ocop/carts/${cart.id}/bookings`,
            { session_id: homestay.session_ids[0], participants: { [homestay.adult_id]: 1 }, nights: 3 },
            store
          )
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^nights: no session for night 3/)
        expect(await experiences().listBookings({ cart_id: cart.id })).toHaveLength(0)
      })

      it("answers 409 session_full, nothing ordered or charged, when a lapsed hold's places were taken", async () => {
        const { cartId, bookingId, collectionId } = await homestayCart()
        const [held] = (await booking(bookingId)).holds
        await experiences().updateBookingHolds({ id: held.id, expires_at: new Date(Date.now() - 1000) })
        // Meanwhile another buyer takes the night's two places.
        const other = await homestayCart()
        expect((await booking(other.bookingId)).status).toBe("held")

        const { status, data } = await complete(cartId)
        expect(status).toBe(409)
        expect(data).toMatchObject({ code: "session_full", field: "session_id" })
        await nothingOrdered(cartId, collectionId)
        const [session] = await experiences().sessionVacancies([homestay.session_ids[0]])
        expect(session.taken).toBe(2)
      })

      it("takes a lapsed hold's places again when they are still free", async () => {
        const { cartId, bookingId } = await homestayCart()
        const [held] = (await booking(bookingId)).holds
        await experiences().updateBookingHolds({ id: held.id, expires_at: new Date(Date.now() - 1000) })
        expect((await complete(cartId)).status).toBe(201)
        expect((await confirmed(bookingId)).status).toBe("confirmed")
      })

      it("refuses a foreign guest without a passport: 400 booking_guests_missing", async () => {
        const { cartId, bookingId, collectionId } = await homestayCart({ guests: [] })
        await experiences().updateBookings({
          id: bookingId,
          guests: [{ name: "John Smith", nationality: "GB" }] as unknown as Record<string, unknown>,
        })
        const { status, data } = await complete(cartId)
        expect(status).toBe(400)
        expect(data.code).toBe("booking_guests_missing")
        expect(data.message).toMatch(/^bookings\[0\]\.guests\[0\]\.passport_number/)
        await nothingOrdered(cartId, collectionId)
      })

      it("refuses cash where the host does not take payment on arrival: 400 booking_payment_method", async () => {
        await experiences().updateExperiences({ id: homestay.id, pay_on_arrival: false })
        const { cartId, collectionId } = await homestayCart()
        const { status, data } = await complete(cartId)
        expect(status).toBe(400)
        expect(data.code).toBe("booking_payment_method")
        await nothingOrdered(cartId, collectionId)
      })

      it("keeps a bank-transfer checkout's places until the transfer expires, then cancels the booking", async () => {
        await experiences().updateExperiences({ id: homestay.id, pay_on_arrival: false })
        const { cartId, bookingId } = await homestayCart({ provider: VIETQR })
        const { status, data } = await complete(cartId)
        expect(status).toBe(201)
        expect((await confirmed(bookingId)).status).toBe("confirmed")

        const deadline = new Date(data.order_group.payment.bank_transfer.expires_at)
        await expireUnpaidTransfersWorkflow(getContainer()).run({ input: { now: new Date(deadline.getTime() + 1000) } })
        let cancelled = await booking(bookingId)
        for (let i = 0; i < 100 && cancelled.status !== "cancelled"; i++) {
          await new Promise((r) => setTimeout(r, 100))
          cancelled = await booking(bookingId)
        }
        expect(cancelled.status).toBe("cancelled")
        expect(cancelled.holds).toHaveLength(0)
      })
    })

    describe("a booking of an experience with a deposit", () => {
      // 30 % of 450.000 ₫ is 135.000 ₫; of 250.500 ₫ it is 75.150 ₫, rounded up to 76.000 ₫.
      const depositWorkshop = () =>
        createTestExperience(getContainer(), {
          producerId: host.producer_id,
          prices: { adult: 450_000, child: 250_500 },
          deposit_percent: 30,
          sessions: [{ starts_at: daysAhead(10), capacity: 10 }],
        })
      const cartLines = async (cartId: string) =>
        ((await api.get(`/store/carts/${cartId}`, store)).data.cart.items as any[])
          .map((item) => ({
            unit_price: item.unit_price,
            quantity: item.quantity,
            full_unit_price: item.metadata?.full_unit_price,
          }))
          .sort((a, b) => b.unit_price - a.unit_price)

      it("puts the deposit in the cart (kept when the cart is refreshed) and the booking's money on the booking", async () => {
        const workshop = await depositWorkshop()
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId, email: "lan@example.vn" }, store)
        const held = await api.post(
          `/store/ocop/carts/${cart.id}/bookings`,
          { session_id: workshop.session_ids[0], participants: { [workshop.adult_id]: 2, [workshop.child_id]: 1 } },
          store
        )
        const deposits = [
          { unit_price: 135_000, quantity: 2, full_unit_price: 450_000 },
          { unit_price: 76_000, quantity: 1, full_unit_price: 250_500 },
        ]
        expect(await cartLines(cart.id)).toEqual(deposits)
        expect(held.data.booking).toMatchObject({ total: 1_150_500, deposit_total: 346_000, due_on_arrival: 804_500 })

        // The host raises the adult price meanwhile; an address change makes Medusa re-price the cart.
        const [adult] = await experiences().listParticipantTypes({ id: workshop.adult_id })
        await updateProductVariantsWorkflow(getContainer()).run({
          input: { product_variants: [{ id: adult.variant_id, prices: [{ currency_code: "vnd", amount: 500_000 }] }] },
        })
        await api.post(`/store/carts/${cart.id}`, { shipping_address: BUYER_ADDRESS }, store)
        expect(await cartLines(cart.id)).toEqual(deposits)
        const { data } = await api.get(`/store/carts/${cart.id}`, store)
        expect(data.cart.total).toBe(346_000)
      })

      it("charges only the deposit by VietQR and confirms the booking with the rest due on arrival", async () => {
        const workshop = await depositWorkshop()
        const buyer = await signedInCustomer(api, store, "deposit")
        const { cartId, bookingId, collectionId } = await bookingCart(api, buyer, {
          region_id: regionId,
          session_id: workshop.session_ids[0],
          participants: { [workshop.adult_id]: 2 },
          provider: VIETQR,
        })
        const { status, data } = await complete(cartId, buyer)
        expect(status).toBe(201)
        expect(data.order_group.payment.bank_transfer.amount).toBe(270_000)
        const {
          data: [collection],
        } = await query().graph({ entity: "payment_collection", fields: ["amount"], filters: { id: collectionId } })
        expect(Number(collection.amount)).toBe(270_000)
        expect(Number(data.order_group.orders[0].total)).toBe(270_000)

        const done = await confirmed(bookingId)
        expect(done.status).toBe("confirmed")
        expect([done.total, done.deposit_total, done.due_on_arrival].map(Number)).toEqual([900_000, 270_000, 630_000])
        const mine = await api.get("/store/customers/me/bookings", buyer)
        expect(mine.data.bookings).toMatchObject([
          { id: bookingId, total: 900_000, deposit_total: 270_000, due_on_arrival: 630_000, paid: 0 },
        ])
        const voucher = await vi.waitFor(
          () => {
            const found = fs
              .readdirSync(OUTBOX)
              .map((file) => JSON.parse(fs.readFileSync(path.join(OUTBOX, file), "utf8")))
              .find((message) => message.template === "booking-confirmed" && message.data?.booking_id === bookingId)
            if (!found) throw new Error("no voucher e-mail yet")
            return found
          },
          { timeout: 8_000, interval: 100 }
        )
        expect(voucher.text).toMatch(/Đặt cọc trực tuyến: 270\.000\s₫ — còn lại trả khi đến: 630\.000\s₫/)
      })
    })

    describe("GET /store/customers/me/bookings", () => {
      it("lists the signed-in customer's own bookings only", async () => {
        const lan = await signedInCustomer(api, store, "lan")
        const minh = await signedInCustomer(api, store, "minh")
        const { bookingId } = await homestayCart({ adults: 1, headers: lan })
        await homestayCart({ adults: 1, headers: minh })

        const { data } = await api.get("/store/customers/me/bookings", lan)
        expect(data.bookings.map((b: any) => b.id)).toEqual([bookingId])
        expect(data.bookings[0].experience.handle).toBe(homestay.handle)
        const anonymous = await call(api.get("/store/customers/me/bookings", store))
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
