import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CALENDAR_MAX_DAYS, vietnamDate } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../src/modules/experience"
import type ExperienceModuleService from "../../../src/modules/experience/service"
import { SESSIONS_BELOW_MINIMUM_SQL } from "../../../src/modules/experience/service"
import { releaseLapsedHoldsWorkflow } from "../../../src/workflows/experience/workflows/release-lapsed-holds"
import { stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { createTestExperience, daysAhead, type TestExperience } from "../../utils/experiences"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signedInCustomer } from "../../utils/quote-buyers"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string
    let host: StockedVariant
    let workshop: TestExperience

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      ;[host] = await stockedVariantPerProducer(getContainer())
      workshop = await createTestExperience(getContainer(), {
        producerId: host.producer_id,
        sessions: [
          { starts_at: daysAhead(5), capacity: 10 },
          { starts_at: daysAhead(6), capacity: 3 },
          { starts_at: daysAhead(7), capacity: 5, status: "cancelled" },
          // Inside the 24-hour cut-off.
          { starts_at: new Date(Date.now() + 12 * 3_600_000), capacity: 5 },
        ],
      })
    }, 360_000)

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const experiences = () => getContainer().resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function newCart(headers: Headers = store) {
      const { data } = await api.post("/store/carts", { region_id: regionId, email: "lan@example.vn" }, headers)
      return data.cart.id as string
    }
    const hold = (cartId: string, body: Record<string, unknown>, headers: Headers = store) =>
      call(api.post(`/store/ocop/carts/${cartId}/bookings`, body, headers))
    const adults = (count: number, session = workshop.session_ids[0]) => ({
      session_id: session,
      participants: { [workshop.adult_id]: count },
    })
    async function cartLines(cartId: string) {
      const { data } = await query().graph({
        entity: "cart",
        fields: ["items.id", "items.variant_id", "items.quantity", "items.requires_shipping", "items.metadata"],
        filters: { id: cartId },
      })
      return data[0].items as any[]
    }
    async function takenIn(sessionId: string) {
      const [session] = await experiences().sessionVacancies([sessionId])
      return session
    }

    describe("GET /store/experiences", () => {
      it("lists published experiences with their lowest price and host", async () => {
        await experiences().updateExperiences({ id: workshop.id, status: "published" })
        const pending = await createTestExperience(getContainer(), { producerId: host.producer_id, sessions: [] })
        await experiences().updateExperiences({ id: pending.id, status: "pending" })

        const { status, data } = await api.get(`/store/experiences?producer_id=${host.producer_id}`, store)
        expect(status).toBe(200)
        expect(data.count).toBe(1)
        expect(data.experiences[0]).toMatchObject({
          handle: workshop.handle,
          kind: "craft_workshop",
          price_from: 250_000,
          producer: { id: host.producer_id },
        })
        expect(data.experiences[0].former_district).toEqual(expect.any(String))
      })

      it("answers a product page with the experiences of the product's producer", async () => {
        const { data } = await api.get(`/store/experiences?near_product=${host.product_id}`, store)
        expect(data.experiences.map((e: any) => e.id)).toContain(workshop.id)
      })

      it("refuses an unknown product and a kind that does not exist, naming the field", async () => {
        const unknown = await call(api.get("/store/experiences?near_product=prod_missing", store))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/^near_product/)
        const kind = await call(api.get("/store/experiences?kind=spa", store))
        expect(kind.status).toBe(400)
        expect(kind.data.message).toMatch(/kind/)
      })
    })

    describe("GET /store/experiences/:handle", () => {
      it("shows a published experience with its participant prices", async () => {
        const { data } = await api.get(`/store/experiences/${workshop.handle}`, store)
        expect(data.experience).toMatchObject({ id: workshop.id, producer: { id: host.producer_id }, thumbnail: null })
        const prices = Object.fromEntries(data.experience.participant_types.map((t: any) => [t.kind, t.price]))
        expect(prices).toEqual({ adult: 450_000, child: 250_000 })
      })

      it("does not show one that is not published", async () => {
        await experiences().updateExperiences({ id: workshop.id, status: "pending" })
        const response = await call(api.get(`/store/experiences/${workshop.handle}`, store))
        expect(response.status).toBe(404)
      })
    })

    describe("GET /store/experiences/:handle/calendar", () => {
      it("gives every day of the range with its sessions and status", async () => {
        const cart = await newCart()
        // 3 of the second session's 3 places: sold out; the first keeps 9 of 10 places.
        expect((await hold(cart, adults(1))).status).toBe(201)
        expect((await hold(cart, adults(3, workshop.session_ids[1]))).status).toBe(201)

        const from = vietnamDate(daysAhead(1))
        const to = vietnamDate(daysAhead(8))
        const { data } = await api.get(`/store/experiences/${workshop.handle}/calendar?from=${from}&to=${to}`, store)
        expect(data.days.map((d: any) => d.date)).toEqual(
          [1, 2, 3, 4, 5, 6, 7, 8].map((n) => vietnamDate(daysAhead(n)))
        )
        const day = (at: Date) => data.days.find((d: any) => d.date === vietnamDate(at))
        expect(day(daysAhead(5))).toMatchObject({ status: "available", sessions: [{ capacity: 10, vacancies: 9 }] })
        expect(day(daysAhead(6))).toMatchObject({ status: "sold_out", sessions: [{ vacancies: 0, bookable: false }] })
        expect(day(daysAhead(7)).status).toBe("closed")
        expect(day(daysAhead(3))).toEqual({ date: vietnamDate(daysAhead(3)), status: "closed", sessions: [] })
      })

      it("refuses a range longer than the calendar shows, or backwards", async () => {
        const long = await call(
          api.get(
            `/store/experiences/${workshop.handle}/calendar?from=2027-01-01&to=${vietnamDate(
              new Date(Date.UTC(2027, 0, CALENDAR_MAX_DAYS + 1))
            )}`,
            store
          )
        )
        expect(long.status).toBe(400)
        expect(long.data.message).toMatch(/to/)
        const backwards = await call(
          api.get(`/store/experiences/${workshop.handle}/calendar?from=2027-01-05&to=2027-01-01`, store)
        )
        expect(backwards.status).toBe(400)
      })
    })

    describe("POST /store/ocop/carts/:id/bookings", () => {
      it("holds the places and adds one line per participant type, without shipping", async () => {
        const cart = await newCart()
        const { status, data } = await hold(cart, {
          session_id: workshop.session_ids[0],
          participants: { [workshop.adult_id]: 2, [workshop.child_id]: 1 },
        })
        expect(status).toBe(201)
        expect(data.booking).toMatchObject({ status: "held", seats: 3, session_id: workshop.session_ids[0] })
        expect(new Date(data.booking.expires_at).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
        const lines = await cartLines(cart)
        expect(lines.map((l) => [l.quantity, l.requires_shipping, l.metadata.booking_id]).sort()).toEqual([
          [1, false, data.booking.id],
          [2, false, data.booking.id],
        ])
        expect((await takenIn(workshop.session_ids[0])).taken).toBe(3)
      })

      it("counts adults and children of one cart against one capacity", async () => {
        const cart = await newCart()
        const both = { [workshop.adult_id]: 2, [workshop.child_id]: 1 }
        expect((await hold(cart, { session_id: workshop.session_ids[1], participants: both })).status).toBe(201)
        const more = await hold(cart, adults(1, workshop.session_ids[1]))
        expect(more.status).toBe(409)
        expect(more.data).toMatchObject({ code: "session_full", field: "session_id" })
        expect((await cartLines(cart)).length).toBe(2)
      })

      it("sells the last 3 places to exactly 3 of 20 buyers racing for them", async () => {
        const session = workshop.session_ids[0]
        const early = await newCart()
        expect((await hold(early, adults(7, session))).status).toBe(201)
        const carts = await Promise.all(Array.from({ length: 20 }, () => newCart()))

        const answers = await Promise.all(carts.map((cart) => hold(cart, adults(1, session))))

        expect(answers.filter((a) => a.status === 201)).toHaveLength(3)
        expect(answers.filter((a) => a.status === 409).every((a) => a.data.code === "session_full")).toBe(true)
        expect(answers.filter((a) => a.status === 409)).toHaveLength(17)
        const after = await takenIn(session)
        expect(after.taken).toBe(10)
        expect(after.capacity - after.taken).toBeGreaterThanOrEqual(0)
        const bookings = await experiences().listBookings({ session_id: session })
        expect(bookings.reduce((sum, b) => sum + b.seats, 0)).toBe(10)
        // The losers' carts got no line.
        const losers = carts.filter((_, i) => answers[i].status === 409)
        expect((await Promise.all(losers.map(cartLines))).flat()).toHaveLength(0)
      })

      it("frees the places of a hold that lapsed for another cart, and the job releases its booking", async () => {
        const session = workshop.session_ids[1]
        const idle = await newCart()
        const { data } = await hold(idle, adults(3, session))
        expect((await hold(await newCart(), adults(1, session))).status).toBe(409)

        const [held] = await experiences().listBookingHolds({ booking_id: data.booking.id })
        await experiences().updateBookingHolds({ id: held.id, expires_at: new Date(Date.now() - 1000) })
        expect((await hold(await newCart(), adults(2, session))).status).toBe(201)

        const { result } = await releaseLapsedHoldsWorkflow(getContainer()).run({ input: { now: new Date() } })
        expect(result).toEqual([data.booking.id])
        const [released] = await experiences().listBookings({ id: data.booking.id })
        expect(released.status).toBe("released")
        expect(await experiences().listBookingHolds({ booking_id: data.booking.id })).toHaveLength(0)
      })

      it("pushes a held booking's expiry on when the cart changes", async () => {
        const cart = await newCart()
        const { data } = await hold(cart, adults(1))
        const [held] = await experiences().listBookingHolds({ booking_id: data.booking.id })
        const soon = new Date(Date.now() + 60_000)
        await experiences().updateBookingHolds({ id: held.id, expires_at: soon })
        await api.post(`/store/carts/${cart}/line-items`, { variant_id: host.variant_id, quantity: 1 }, store)
        let pushed = soon
        for (let i = 0; i < 50 && pushed.getTime() === soon.getTime(); i++) {
          await new Promise((r) => setTimeout(r, 100))
          pushed = (await experiences().listBookingHolds({ booking_id: data.booking.id }))[0].expires_at as Date
        }
        expect(new Date(pushed).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
      })

      describe("bad input: a 4xx naming the field, nothing held", () => {
        const cases: [string, () => Record<string, unknown>, number, RegExp, string?][] = [
          ["no participant", () => ({ session_id: workshop.session_ids[0], participants: {} }), 400, /^participants/],
          [
            "more participants than places",
            () => adults(4, workshop.session_ids[1]),
            409,
            /^session_id/,
            "session_full",
          ],
          [
            "a child without an adult",
            () => ({ session_id: workshop.session_ids[0], participants: { [workshop.child_id]: 1 } }),
            400,
            /^participants\.exptype_/,
          ],
          [
            "a participant type of another experience",
            () => ({ session_id: workshop.session_ids[0], participants: { exptype_other: 1 } }),
            400,
            /^participants\.exptype_other/,
          ],
          ["a negative count", () => adults(-1), 400, /^participants\./],
          [
            "a session past its cut-off",
            () => adults(1, workshop.session_ids[3]),
            400,
            /^session_id: .*cut-off/,
            "session_not_bookable",
          ],
          [
            "a cancelled session",
            () => adults(1, workshop.session_ids[2]),
            400,
            /^session_id: .*cancelled/,
            "session_not_bookable",
          ],
          ["an unknown session", () => adults(1, "exses_missing"), 404, /^session_id/],
          ["nights for a workshop", () => ({ ...adults(1), nights: 2 }), 400, /^nights/],
          [
            "a Vietnamese guest without a phone",
            () => ({ ...adults(1), guests: [{ name: "Lan", nationality: "VN" }] }),
            400,
            /^guests\[0\]\.phone/,
          ],
          ["a price from the client", () => ({ ...adults(1), unit_price: 1 }), 400, /unit_price/],
        ]
        it.each(cases)("%s", async (_name, body, status, message, code) => {
          const cart = await newCart()
          const response = await hold(cart, body())
          expect(response.status).toBe(status)
          expect(response.data.message).toMatch(message)
          if (code) expect(response.data.code).toBe(code)
          expect(await experiences().listBookings({ cart_id: cart })).toHaveLength(0)
          expect(await cartLines(cart)).toHaveLength(0)
        })

        it("refuses participants below the experience's minimum", async () => {
          await experiences().updateExperiences({ id: workshop.id, min_participants: 2 })
          const cart = await newCart()
          const response = await hold(cart, adults(1))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(/^participants: at least 2/)
        })

        it("does not book another customer's cart", async () => {
          const owner = await signedInCustomer(api, store)
          const cart = await newCart(owner)
          const response = await hold(cart, adults(1))
          expect(response.status).toBe(404)
        })
      })
    })

    describe("a booking in the cart", () => {
      it("lists the cart's bookings with their experience", async () => {
        const cart = await newCart()
        const { data: held } = await hold(cart, adults(2))
        const { data } = await api.get(`/store/ocop/carts/${cart}/bookings`, store)
        expect(data.bookings).toEqual([
          expect.objectContaining({
            id: held.booking.id,
            experience: expect.objectContaining({ handle: workshop.handle }),
          }),
        ])
      })

      it("takes guests, refusing a foreign guest without a passport", async () => {
        const cart = await newCart()
        const { data: held } = await hold(cart, adults(2))
        const url = `/store/ocop/carts/${cart}/bookings/${held.booking.id}`
        const bad = await call(api.post(url, { guests: [{ name: "John Smith", nationality: "GB" }] }, store))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^guests\[0\]\.passport_number/)
        const guests = [
          { name: "Nguyễn Thị Lan", nationality: "VN", phone: "0912345678" },
          { name: "John Smith", nationality: "GB", passport_number: "123456789" },
        ]
        const { data } = await api.post(url, { guests }, store)
        expect(data.booking.guests).toEqual(guests)
      })

      it("refuses to change a booking line's quantity through the cart", async () => {
        const cart = await newCart()
        await hold(cart, adults(2))
        const [line] = await cartLines(cart)
        const response = await call(api.post(`/store/carts/${cart}/line-items/${line.id}`, { quantity: 5 }, store))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^quantity/)
        expect((await cartLines(cart))[0].quantity).toBe(2)
      })

      it("removes a booking: its lines go and its places are free again", async () => {
        const cart = await newCart()
        const { data: held } = await hold(cart, adults(3, workshop.session_ids[1]))
        const { data } = await api.delete(`/store/ocop/carts/${cart}/bookings/${held.booking.id}`, store)
        expect(data).toEqual({ id: held.booking.id, deleted: true })
        expect(await cartLines(cart)).toHaveLength(0)
        expect((await takenIn(workshop.session_ids[1])).taken).toBe(0)
        const other = await call(api.delete(`/store/ocop/carts/${await newCart()}/bookings/${held.booking.id}`, store))
        expect(other.status).toBe(404)
      })
    })

    describe("the jobs' scans on loaded tables", () => {
      // 200 experiences with 120 days of past sessions (still `open`: a session is not closed once
      // it ran) and 60 to come, a confirmed booking with a lasting hold on each, a few lapsing holds:
      // written and analysed in a transaction that is rolled back, so no other test sees them.
      const LOAD = [
        `insert into experience (id, producer_id, product_id, handle, kind, title_vi, description_vi, meeting_address,
                                 duration_minutes, cancellation_policy, cutoff_hours, min_participants)
         select 'exp_load_' || e, 'pro_load_' || e, 'prod_load_' || e, 'load-' || e, 'farm_tour', 'x', 'x', 'x',
                180, '[]', 24 + (e % 2) * 24, 2
           from generate_series(1, 200) e`,
        `insert into experience_session (id, experience_id, starts_at, ends_at, capacity, status)
         select 'exses_load_' || e || '_' || d, 'exp_load_' || e, now() + d * interval '1 day',
                now() + d * interval '1 day' + interval '3 hours', 10, 'open'
           from generate_series(1, 200) e, generate_series(-120, 60) d`,
        `insert into booking (id, status, cart_id, session_id, starts_at, ends_at, participants, seats,
                              cancellation_policy, experience_id)
         select 'bkg_load_' || e || '_' || d, 'confirmed', 'cart_load', 'exses_load_' || e || '_' || d, now(), now(),
                '{}', 1, '[]', 'exp_load_' || e
           from generate_series(1, 200) e, generate_series(-120, 60) d`,
        `insert into booking_hold (id, seats, expires_at, session_id, booking_id)
         select 'bhold_load_' || e || '_' || d, 1, case when d > 0 and d % 20 = 0 then now() + interval '10 minutes' end,
                'exses_load_' || e || '_' || d, 'bkg_load_' || e || '_' || d
           from generate_series(1, 200) e, generate_series(-120, 60) d`,
        "analyze experience, experience_session, booking, booking_hold",
      ]
      type PlanNode = { "Relation Name"?: string; "Node Type": string; "Index Name"?: string; "Index Cond"?: string }
      const nodesOf = (node: PlanNode & { Plans?: PlanNode[] }): PlanNode[] => [
        node,
        ...((node as { Plans?: PlanNode[] }).Plans ?? []).flatMap(nodesOf),
      ]

      it("read the lapsing holds and the open sessions past their cut-off through indexes, never the whole table", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const trx = await knex.transaction()
        try {
          for (const statement of LOAD) await trx.raw(statement)
          const scansOf = async (sql: string, bindings: unknown[], table: string) => {
            const { rows } = await trx.raw(`explain (format json) ${sql}`, bindings)
            return nodesOf(rows[0]["QUERY PLAN"][0].Plan).filter((node) => node["Relation Name"] === table)
          }
          const now = new Date()
          // The release job's read (release-lapsed-holds: holds with expires_at < now, 1,000 at a time).
          const release = await scansOf(
            "select id, booking_id from booking_hold where expires_at < ? and deleted_at is null limit 1000",
            [now],
            "booking_hold"
          )
          expect(release.map((node) => node["Index Name"])).toEqual(["IDX_booking_hold_lapsing"])
          // The below-minimum job's: only the sessions before now + the longest cut-off, by index.
          const sessions = await scansOf(SESSIONS_BELOW_MINIMUM_SQL, [now, now, now, now], "experience_session")
          expect(sessions).toHaveLength(1)
          expect(sessions[0]["Node Type"]).toMatch(/Index/)
          expect(sessions[0]["Index Cond"]).toMatch(/starts_at > .* AND \(?starts_at <= /)
          expect(sessions[0]["Index Name"]).toBe("IDX_experience_session_open_starts_at")
        } finally {
          await trx.rollback()
        }
      })
    })
  },
})
