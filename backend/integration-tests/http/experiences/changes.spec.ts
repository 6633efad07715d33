import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import cancelSessionsBelowMinimum from "../../../src/jobs/cancel-sessions-below-minimum"
import { EXPERIENCE_MODULE } from "../../../src/modules/experience"
import type ExperienceModuleService from "../../../src/modules/experience/service"
import { bookingCart, COD, VIETQR } from "../../utils/booking-cart"
import { createTestExperience, type TestExperience } from "../../utils/experiences"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { bearer, signUpApprovedProducer } from "../../utils/producer-portal"
import { signedInCustomer } from "../../utils/quote-buyers"

process.env.VIETQR_BANK_BIN = "970436"
process.env.VIETQR_ACCOUNT_NUMBER = "0071000123456"
process.env.VIETQR_ACCOUNT_NAME = "CHO OCOP TEST"
const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX

type Headers = { headers: Record<string, string> }

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const ADULT_PRICE = 450_000
const fromNow = (ms: number) => new Date(Date.now() + ms)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
    }, 360_000)

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const experiences = () => getContainer().resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const booking = async (id: string) => (await experiences().listBookings({ id }, { relations: ["holds"] }))[0]

    async function confirmed(id: string) {
      await vi.waitFor(async () => expect((await booking(id)).status).not.toBe("held"), { timeout: 10_000 })
      return booking(id)
    }

    /** The checkout's payment of the producer order the booking is in. */
    async function paymentOf(bookingId: string) {
      const { order_id } = await booking(bookingId)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({ entity: "order", fields: ["order_group.parent_order_id"], filters: { id: order_id! } })
      const {
        data: [parent],
      } = await query.graph({
        entity: "order",
        fields: [
          "payment_collections.payments.id",
          "payment_collections.payments.amount",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: (order as any).order_group.parent_order_id },
      })
      return (parent as any).payment_collections[0].payments[0]
    }

    /** A booking of `adults` by a signed-in buyer for `sessionId`, checked out and (VietQR) paid. */
    async function paidBooking(experience: TestExperience, sessionId: string, adults = 1, provider = VIETQR) {
      const buyer = await signedInCustomer(api, store, "traveller")
      const cart = await bookingCart(api, buyer, {
        region_id: regionId,
        session_id: sessionId,
        participants: { [experience.adult_id]: adults },
        provider,
      })
      const completed = await call(api.post(`/store/ocop/carts/${cart.cartId}/complete`, {}, buyer))
      expect(completed.status).toBe(201)
      await confirmed(cart.bookingId)
      if (provider === VIETQR) {
        const payment = await paymentOf(cart.bookingId)
        await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: payment.id, amount: payment.amount } })
      }
      return { ...cart, buyer }
    }

    function outbox(template: string, bookingId: string) {
      return vi.waitFor(
        () => {
          const messages = fs
            .readdirSync(OUTBOX)
            .filter((f) => f.endsWith(".json"))
            .map((f) => JSON.parse(fs.readFileSync(path.join(OUTBOX, f), "utf8")))
            .filter((m) => m.template === template && m.data?.booking_id === bookingId)
          if (!messages.length) throw new Error(`no ${template} e-mail for ${bookingId} yet`)
          return messages
        },
        { timeout: 8_000, interval: 100 }
      )
    }

    describe("GET /store/customers/me/bookings", () => {
      it("says what was paid for each booking: nothing before the bank transfer arrives, its total after", async () => {
        const experience = await createTestExperience(getContainer(), {
          sessions: [{ starts_at: fromNow(10 * DAY), capacity: 4 }],
        })
        const buyer = await signedInCustomer(api, store, "payer")
        const cart = await bookingCart(api, buyer, {
          region_id: regionId,
          session_id: experience.session_ids[0],
          participants: { [experience.adult_id]: 1 },
          provider: VIETQR,
        })
        expect((await call(api.post(`/store/ocop/carts/${cart.cartId}/complete`, {}, buyer))).status).toBe(201)
        await confirmed(cart.bookingId)

        const unpaid = await api.get("/store/customers/me/bookings", buyer)
        expect(unpaid.data.bookings).toMatchObject([{ id: cart.bookingId, total: ADULT_PRICE, paid: 0 }])
        const payment = await paymentOf(cart.bookingId)
        await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: payment.id, amount: payment.amount } })
        const paid = await api.get("/store/customers/me/bookings", buyer)
        expect(paid.data.bookings).toMatchObject([{ id: cart.bookingId, total: ADULT_PRICE, paid: ADULT_PRICE }])
      })
    })

    describe("POST /store/customers/me/bookings/:id/cancel", () => {
      // The default policy: 100 % until 7 days before the start, 50 % until 2 days, nothing after.
      it.each([
        ["7 days and an hour", 7 * DAY + HOUR, ADULT_PRICE],
        ["7 days less an hour", 7 * DAY - HOUR, ADULT_PRICE / 2],
        ["2 days and an hour", 2 * DAY + HOUR, ADULT_PRICE / 2],
        ["2 days less an hour", 2 * DAY - HOUR, 0],
      ])("refunds what the policy gives when cancelled %s before the start", async (_label, before, refund) => {
        const experience = await createTestExperience(getContainer(), {
          sessions: [{ starts_at: fromNow(before), capacity: 4 }],
          cutoff_hours: 1,
        })
        const { bookingId, buyer } = await paidBooking(experience, experience.session_ids[0])

        const { status, data } = await api.post(`/store/customers/me/bookings/${bookingId}/cancel`, {}, buyer)
        expect(status).toBe(200)
        expect(data.booking).toMatchObject({ id: bookingId, status: "cancelled", refund_amount: refund })
        const payment = await paymentOf(bookingId)
        expect((payment.refunds ?? []).map((r: any) => Number(r.amount))).toEqual(refund ? [refund] : [])
        const cancelled = await booking(bookingId)
        expect(cancelled).toMatchObject({ status: "cancelled" })
        expect(Number(cancelled.refund_amount)).toBe(refund)
        expect(cancelled.holds).toEqual([])
        const [session] = await experiences().sessionVacancies(experience.session_ids)
        expect(session.vacancies).toBe(4)
        const [email] = await outbox("booking-cancelled", bookingId)
        expect(email.subject).toMatch(/^Đã hủy đặt chỗ/)
      })

      it("refunds nothing for a booking to be paid on arrival, and frees its places", async () => {
        const experience = await createTestExperience(getContainer(), {
          sessions: [{ starts_at: fromNow(10 * DAY), capacity: 2 }],
          pay_on_arrival: true,
        })
        const { bookingId, buyer } = await paidBooking(experience, experience.session_ids[0], 2, COD)
        expect((await experiences().sessionVacancies(experience.session_ids))[0].vacancies).toBe(0)
        const { data } = await api.post(`/store/customers/me/bookings/${bookingId}/cancel`, {}, buyer)
        expect(data.booking.refund_amount).toBe(0)
        expect((await experiences().sessionVacancies(experience.session_ids))[0].vacancies).toBe(2)
      })

      it("answers 404 for another customer's booking and 400 for a second cancellation, changing nothing", async () => {
        const experience = await createTestExperience(getContainer(), {
          sessions: [{ starts_at: fromNow(10 * DAY), capacity: 4 }],
        })
        const { bookingId, buyer } = await paidBooking(experience, experience.session_ids[0])
        const [voucher] = await outbox("booking-confirmed", bookingId)
        expect(voucher.to).toBe(buyer.email)
        expect(voucher.subject).toMatch(/^Phiếu đặt chỗ: /)
        expect(voucher.text).toContain((await booking(bookingId)).voucher_code)
        const stranger = await signedInCustomer(api, store, "stranger")
        const foreign = await call(api.post(`/store/customers/me/bookings/${bookingId}/cancel`, {}, stranger))
        expect(foreign.status).toBe(404)
        expect((await booking(bookingId)).status).toBe("confirmed")

        expect((await api.post(`/store/customers/me/bookings/${bookingId}/cancel`, {}, buyer)).status).toBe(200)
        const again = await call(api.post(`/store/customers/me/bookings/${bookingId}/cancel`, {}, buyer))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^booking: a cancelled booking cannot be cancelled/)
        expect((await paymentOf(bookingId)).refunds).toHaveLength(1)
        const unknownField = await call(
          api.post(`/store/customers/me/bookings/${bookingId}/cancel`, { refund: 1 }, buyer)
        )
        expect(unknownField.status).toBe(400)
        expect(unknownField.data.message).toMatch(/^refund/)
        const signedOut = await call(api.post(`/store/customers/me/bookings/${bookingId}/cancel`, {}, store))
        expect(signedOut.status).toBe(401)
      })
    })

    describe("POST /store/customers/me/bookings/:id/move", () => {
      it("moves the booking and its places to another session with room; a full one answers 409", async () => {
        const experience = await createTestExperience(getContainer(), {
          sessions: [
            { starts_at: fromNow(10 * DAY), capacity: 4 },
            { starts_at: fromNow(11 * DAY), capacity: 4 },
            { starts_at: fromNow(12 * DAY), capacity: 1 },
          ],
        })
        const [first, second, small] = experience.session_ids
        const { bookingId, buyer } = await paidBooking(experience, first, 2)

        const full = await call(
          api.post(`/store/customers/me/bookings/${bookingId}/move`, { session_id: small }, buyer)
        )
        expect(full.status).toBe(409)
        expect(full.data).toMatchObject({ code: "session_full", field: "session_id" })

        const { status } = await api.post(
          `/store/customers/me/bookings/${bookingId}/move`,
          { session_id: second },
          buyer
        )
        expect(status).toBe(200)
        const moved = await booking(bookingId)
        expect(moved.session_id).toBe(second)
        expect(moved.holds.map((hold) => hold.session_id)).toEqual([second])
        const vacancies = await experiences().sessionVacancies([first, second, small])
        expect(Object.fromEntries(vacancies.map((s) => [s.id, s.vacancies]))).toEqual({
          [first]: 4,
          [second]: 2,
          [small]: 1,
        })

        const other = await createTestExperience(getContainer(), {
          sessions: [{ starts_at: fromNow(10 * DAY), capacity: 4 }],
        })
        const elsewhere = await call(
          api.post(`/store/customers/me/bookings/${bookingId}/move`, { session_id: other.session_ids[0] }, buyer)
        )
        expect(elsewhere.status).toBe(400)
        expect(elsewhere.data.message).toMatch(/^session_id: not a session of this booking's experience/)
      })
    })

    describe("a booking with a deposit (30 % of 450.000 ₫ = 135.000 ₫ a place online, the rest on arrival)", () => {
      const DEPOSIT = 135_000
      const depositExperience = (sessions: { starts_at: Date; capacity: number }[], options = {}) =>
        createTestExperience(getContainer(), { sessions, deposit_percent: 30, cutoff_hours: 1, ...options })
      const refundsOf = async (bookingId: string) =>
        ((await paymentOf(bookingId)).refunds ?? []).map((refund: any) => Number(refund.amount))

      it("is shown to its buyer with what was paid, and a cancellation at the 50 % tier refunds half the deposit", async () => {
        const experience = await depositExperience([{ starts_at: fromNow(5 * DAY), capacity: 4 }])
        const { bookingId, buyer } = await paidBooking(experience, experience.session_ids[0])
        const { data } = await api.get("/store/customers/me/bookings", buyer)
        expect(data.bookings).toMatchObject([
          {
            id: bookingId,
            total: ADULT_PRICE,
            deposit_total: DEPOSIT,
            due_on_arrival: ADULT_PRICE - DEPOSIT,
            paid: DEPOSIT,
          },
        ])

        const cancelled = await api.post(`/store/customers/me/bookings/${bookingId}/cancel`, {}, buyer)
        expect(cancelled.data.booking).toMatchObject({ status: "cancelled", refund_amount: DEPOSIT / 2 })
        expect(await refundsOf(bookingId)).toEqual([DEPOSIT / 2])
      })

      it("a host's cancellation of the session refunds the whole deposit", async () => {
        const host = await signUpApprovedProducer(api, getContainer())
        const experience = await depositExperience([{ starts_at: fromNow(5 * DAY), capacity: 4 }], {
          producerId: host.producer.id,
        })
        const { bookingId } = await paidBooking(experience, experience.session_ids[0], 2)
        const { status } = await api.post(
          `/producer/experience-sessions/${experience.session_ids[0]}/cancel`,
          { reason: "Lũ về, đường vào bản bị ngập" },
          bearer(host.token)
        )
        expect(status).toBe(200)
        const cancelled = await booking(bookingId)
        expect(cancelled.status).toBe("cancelled")
        expect(Number(cancelled.refund_amount)).toBe(2 * DEPOSIT)
        expect(await refundsOf(bookingId)).toEqual([2 * DEPOSIT])
      })

      it("the below-minimum job refunds the whole deposit", async () => {
        const experience = await depositExperience([{ starts_at: fromNow(3 * DAY), capacity: 10 }], {
          min_participants: 3,
          cutoff_hours: 24,
        })
        const [session] = experience.session_ids
        const { bookingId } = await paidBooking(experience, session, 3)
        await experiences().updateBookingHolds({ id: (await booking(bookingId)).holds[0].id, seats: 2 })
        await experiences().updateExperienceSessions([{ id: session, starts_at: fromNow(23 * HOUR) }])
        await cancelSessionsBelowMinimum(getContainer())
        const cancelled = await booking(bookingId)
        expect(cancelled.status).toBe("cancelled")
        expect(Number(cancelled.refund_amount)).toBe(3 * DEPOSIT)
        expect(await refundsOf(bookingId)).toEqual([3 * DEPOSIT])
      })

      it("keeps its money when moved to another session", async () => {
        const experience = await depositExperience([
          { starts_at: fromNow(10 * DAY), capacity: 4 },
          { starts_at: fromNow(11 * DAY), capacity: 4 },
        ])
        const [first, second] = experience.session_ids
        const { bookingId, buyer } = await paidBooking(experience, first, 2)
        const money = (row: any) => [row.total, row.deposit_total, row.due_on_arrival].map(Number)
        expect(money(await booking(bookingId))).toEqual([2 * ADULT_PRICE, 2 * DEPOSIT, 2 * (ADULT_PRICE - DEPOSIT)])
        await api.post(`/store/customers/me/bookings/${bookingId}/move`, { session_id: second }, buyer)
        const moved = await booking(bookingId)
        expect(moved.session_id).toBe(second)
        expect(money(moved)).toEqual([2 * ADULT_PRICE, 2 * DEPOSIT, 2 * (ADULT_PRICE - DEPOSIT)])
        expect(await refundsOf(bookingId)).toEqual([])
      })
    })

    describe("POST /producer/bookings/:id/accept and /decline (on-request experiences)", () => {
      it("confirms a requested booking, or declines it with a full refund and a reason; another host gets 404", async () => {
        const host = await signUpApprovedProducer(api, getContainer())
        const experience = await createTestExperience(getContainer(), {
          producerId: host.producer.id,
          confirmation: "on_request",
          sessions: [{ starts_at: fromNow(5 * DAY), capacity: 6 }],
        })
        const first = await paidBooking(experience, experience.session_ids[0])
        const second = await paidBooking(experience, experience.session_ids[0], 2)
        expect((await booking(first.bookingId)).status).toBe("requested")

        const other = await signUpApprovedProducer(api, getContainer())
        const foreign = await call(api.post(`/producer/bookings/${first.bookingId}/accept`, {}, bearer(other.token)))
        expect(foreign.status).toBe(404)
        expect((await booking(first.bookingId)).status).toBe("requested")

        const accepted = await api.post(`/producer/bookings/${first.bookingId}/accept`, {}, bearer(host.token))
        expect(accepted.data.booking).toMatchObject({ id: first.bookingId, status: "confirmed" })
        const again = await call(api.post(`/producer/bookings/${first.bookingId}/accept`, {}, bearer(host.token)))
        expect(again.status).toBe(400)

        const noReason = await call(api.post(`/producer/bookings/${second.bookingId}/decline`, {}, bearer(host.token)))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/^reason/)
        const declined = await api.post(
          `/producer/bookings/${second.bookingId}/decline`,
          { reason: "Nhà đã kín khách hôm đó" },
          bearer(host.token)
        )
        expect(declined.data.booking).toMatchObject({ status: "cancelled", refund_amount: 2 * ADULT_PRICE })
        expect((await paymentOf(second.bookingId)).refunds.map((r: any) => Number(r.amount))).toEqual([2 * ADULT_PRICE])
        const [email] = await outbox("booking-cancelled", second.bookingId)
        expect(email.text).toMatch(/Nhà đã kín khách hôm đó/)
        expect((await experiences().sessionVacancies(experience.session_ids))[0].vacancies).toBe(5)
      })
    })

    describe("POST /store/carts/:id/line-items with an experience's participant variant", () => {
      it("is refused naming variant_id (places are sold only through a booking, even with a forged booking_id), and a booking's line is not removed alone", async () => {
        const experience = await createTestExperience(getContainer(), {
          sessions: [{ starts_at: fromNow(10 * DAY), capacity: 4 }],
        })
        const [adult] = await experiences().listParticipantTypes({ id: experience.adult_id })
        const { cartId, bookingId } = await bookingCart(api, store, {
          region_id: regionId,
          session_id: experience.session_ids[0],
          participants: { [experience.adult_id]: 1 },
        })
        for (const metadata of [undefined, { booking_id: bookingId }, { booking_id: "bkg_forged" }]) {
          const refused = await call(
            api.post(
              `/store/carts/${cartId}/line-items`,
              { variant_id: adult.variant_id, quantity: 3, metadata },
              store
            )
          )
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/^variant_id: .* is a place on an experience/)
        }
        const { data } = await api.get(`/store/carts/${cartId}`, store)
        expect(data.cart.items.map((item: any) => item.quantity)).toEqual([1])

        const removed = await call(api.delete(`/store/carts/${cartId}/line-items/${data.cart.items[0].id}`, store))
        expect(removed.status).toBe(400)
        expect(removed.data.message).toMatch(/^line_id: this line belongs to booking/)
        expect((await api.get(`/store/carts/${cartId}`, store)).data.cart.items).toHaveLength(1)
      })
    })

    describe("jobs/cancel-sessions-below-minimum", () => {
      it("cancels a session short of its minimum at cut-off with full refunds, and leaves one that reached it", async () => {
        const experience = await createTestExperience(getContainer(), {
          sessions: [
            { starts_at: fromNow(3 * DAY), capacity: 10 },
            { starts_at: fromNow(3 * DAY + HOUR), capacity: 10 },
          ],
          min_participants: 3,
          cutoff_hours: 24,
        })
        const [short, enough] = experience.session_ids
        const lonely = await paidBooking(experience, short, 3)
        const party = await paidBooking(experience, enough, 3)
        // Two of the three leave the short session (a buyer cancelled and booked fewer, say).
        await experiences().updateBookingHolds({ id: (await booking(lonely.bookingId)).holds[0].id, seats: 2 })
        await cancelSessionsBelowMinimum(getContainer())
        expect((await experiences().listExperienceSessions({ id: short }))[0].status).toBe("open")

        // The cut-off passes: 23 hours before the start.
        await experiences().updateExperienceSessions([
          { id: short, starts_at: fromNow(23 * HOUR) },
          { id: enough, starts_at: fromNow(23 * HOUR) },
        ])
        await cancelSessionsBelowMinimum(getContainer())
        const sessions = await experiences().listExperienceSessions({ id: [short, enough] })
        expect(Object.fromEntries(sessions.map((s) => [s.id, s.status]))).toEqual({
          [short]: "cancelled",
          [enough]: "open",
        })
        const cancelled = await booking(lonely.bookingId)
        expect(cancelled.status).toBe("cancelled")
        expect(Number(cancelled.refund_amount)).toBe(3 * ADULT_PRICE)
        expect((await paymentOf(lonely.bookingId)).refunds.map((r: any) => Number(r.amount))).toEqual([3 * ADULT_PRICE])
        expect((await booking(party.bookingId)).status).toBe("confirmed")
        const [email] = await outbox("booking-cancelled", lonely.bookingId)
        expect(email.text).toMatch(/chưa đủ số khách tối thiểu/)

        // Run again: nothing more happens.
        await cancelSessionsBelowMinimum(getContainer())
        expect((await paymentOf(lonely.bookingId)).refunds).toHaveLength(1)
      })
    })
  },
})
