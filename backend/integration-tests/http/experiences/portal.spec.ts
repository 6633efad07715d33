import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import sharp from "sharp"
import { DEFAULT_CANCELLATION_POLICY } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../src/modules/experience"
import type ExperienceModuleService from "../../../src/modules/experience/service"
import { setupMarketplace } from "../../../src/scripts/setup"
import { approveExperienceWorkflow } from "../../../src/workflows/experience/workflows/review-experience"
import { insertBooking } from "../../utils/bookings"
import { muongAngCommune } from "../../utils/fixtures"
import { bearer, signUpApprovedProducer } from "../../utils/producer-portal"

const DAY_MS = 24 * 60 * 60 * 1000
// A Vietnam day `days` from today, as YYYY-MM-DD.
const dayFromNow = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const experiences = () => getContainer().resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    let communeCode: string

    beforeAll(async () => {
      await setupMarketplace(getContainer())
      communeCode = (await muongAngCommune(getContainer())).code
    })

    const farmTour = (overrides: Record<string, unknown> = {}) => ({
      kind: "farm_tour",
      title_vi: "Tham quan đồi chè shan tuyết",
      title_en: "Shan Tuyet tea hill walk",
      description_vi: "Đi bộ lên đồi chè cổ thụ, hái chè và sao chè cùng người Thái.",
      included_vi: ["Nước chè", "Hướng dẫn viên"],
      excluded_vi: ["Đưa đón"],
      meeting_address: "Nhà văn hoá bản Hón, xã Mường Ảng",
      meeting_lat: 21.52,
      meeting_lng: 103.23,
      duration_minutes: 180,
      languages: ["vi", "en"],
      min_participants: 2,
      province_code: "11",
      commune_code: communeCode,
      participant_types: [
        { kind: "adult", name_vi: "Người lớn", name_en: "Adult", price: 250000 },
        { kind: "child", name_vi: "Trẻ em 6–11 tuổi", min_age: 6, max_age: 11, needs_adult: true, price: 120000 },
      ],
      ...overrides,
    })
    const createExperience = async (token: string, overrides: Record<string, unknown> = {}) =>
      (await api.post("/producer/experiences", farmTour(overrides), bearer(token))).data.experience
    const variantCount = async () => (await query().graph({ entity: "product_variant", fields: ["id"] })).data.length
    const dailyRule = (days: number, overrides: Record<string, unknown> = {}) => ({
      from: dayFromNow(1),
      to: dayFromNow(days),
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      times: ["08:00"],
      duration_minutes: 180,
      capacity: 10,
      ...overrides,
    })
    const generate = (token: string, experienceId: string, body: Record<string, unknown>) =>
      call(api.post(`/producer/experiences/${experienceId}/sessions`, body, bearer(token)))
    // A host with an experience and a week of daily sessions, the first of which is returned.
    const hostWithSession = async () => {
      const host = await signUpApprovedProducer(api, getContainer())
      const experience = await createExperience(host.token)
      const { data } = await generate(host.token, experience.id, { rule: dailyRule(7) })
      return { host, experience, session: data.sessions[0] }
    }

    describe("POST /producer/experiences", () => {
      it("creates a pending experience on a draft product: a variant per participant type, no inventory, no shipping, group VI", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const response = await api.post("/producer/experiences", farmTour(), bearer(token))

        expect(response.status).toBe(201)
        const { experience } = response.data
        expect(experience).toMatchObject({
          kind: "farm_tour",
          status: "pending",
          producer_id: producer.id,
          title_vi: "Tham quan đồi chè shan tuyết",
          included_vi: ["Nước chè", "Hướng dẫn viên"],
          excluded_vi: ["Đưa đón"],
          cancellation_policy: DEFAULT_CANCELLATION_POLICY,
          min_participants: 2,
          province_code: "11",
          commune_code: communeCode,
        })
        expect(experience.participant_types).toEqual([
          expect.objectContaining({ kind: "adult", name_vi: "Người lớn", price: 250000, seats: 1 }),
          expect.objectContaining({ kind: "child", min_age: 6, max_age: 11, needs_adult: true, price: 120000 }),
        ])
        const {
          data: [product],
        } = await query().graph({
          entity: "product",
          fields: [
            "status",
            "metadata",
            "variants.id",
            "variants.manage_inventory",
            "producer.id",
            "shipping_profile.id",
            "ocop_origin.commune_code",
            "sales_channels.id",
          ],
          filters: { id: experience.product_id },
        })
        expect(product).toMatchObject({
          status: "draft",
          metadata: expect.objectContaining({
            product_group: "VI",
            product_set: 26,
            title_en: "Shan Tuyet tea hill walk",
          }),
          producer: { id: producer.id },
          ocop_origin: { commune_code: communeCode },
        })
        expect(product.shipping_profile ?? null).toBeNull()
        expect(product.sales_channels).toHaveLength(1)
        expect(product.variants.map((v: any) => v.manage_inventory)).toEqual([false, false])
        expect(product.variants.map((v: any) => v.id).sort()).toEqual(
          experience.participant_types.map((t: any) => t.variant_id).sort()
        )
      })

      it("publishes a host's next experience at once once the office has published one", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const first = await createExperience(token)
        await approveExperienceWorkflow(getContainer()).run({ input: { id: first.id } })
        const second = await createExperience(token, { title_vi: "Lớp sao chè" })
        expect(second.status).toBe("published")
      })

      it.each([
        [
          "tiers out of order",
          {
            cancellation_policy: [
              { days_before: 2, refund_percent: 50 },
              { days_before: 7, refund_percent: 100 },
            ],
          },
          "cancellation_policy[1].days_before",
        ],
        [
          "a later tier that gives more back",
          {
            cancellation_policy: [
              { days_before: 7, refund_percent: 50 },
              { days_before: 2, refund_percent: 80 },
            ],
          },
          "cancellation_policy[1].refund_percent",
        ],
        [
          "a refund above 100 %",
          { cancellation_policy: [{ days_before: 3, refund_percent: 120 }] },
          "cancellation_policy[0].refund_percent",
        ],
        [
          "a homestay priced both by the room and by the guest",
          {
            kind: "homestay",
            participant_types: [
              { kind: "room", name_vi: "Phòng đôi", price: 450000 },
              { kind: "adult", name_vi: "Người lớn", price: 250000 },
            ],
          },
          "participant_types[1].kind",
        ],
        [
          "a private group of one",
          { participant_types: [{ kind: "group", name_vi: "Nhóm riêng", seats: 1, price: 2000000 }] },
          "participant_types[0].seats",
        ],
        ["no participant type", { participant_types: [] }, "participant_types"],
        ["a deposit of 0 %", { deposit_percent: 0 }, "deposit_percent"],
        ["a deposit of 100 %", { deposit_percent: 100 }, "deposit_percent"],
        ["a deposit above 100 %", { deposit_percent: 150 }, "deposit_percent"],
        ["a negative deposit", { deposit_percent: -10 }, "deposit_percent"],
        ["a deposit that is not a whole percentage", { deposit_percent: 30.5 }, "deposit_percent"],
        ["a deposit as text", { deposit_percent: "30" }, "deposit_percent"],
        [
          "a deposit on an experience paid on arrival",
          { deposit_percent: 30, pay_on_arrival: true },
          "deposit_percent",
        ],
        [
          "a negative price",
          { participant_types: [{ kind: "adult", name_vi: "Người lớn", price: -1 }] },
          "participant_types.0.price",
        ],
      ])("refuses %s (400 naming the field) and creates nothing", async (_case, overrides, field) => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const variantsBefore = await variantCount()
        const response = await call(api.post("/producer/experiences", farmTour(overrides), bearer(token)))

        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect(await experiences().listExperiences({ producer_id: producer.id })).toEqual([])
        expect(await variantCount()).toBe(variantsBefore)
      })
    })

    describe("POST /producer/experiences/:id", () => {
      it("edits the texts and a price: the variant's VND price follows", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const experience = await createExperience(token)
        const adult = experience.participant_types[0]
        const response = await api.post(
          `/producer/experiences/${experience.id}`,
          {
            title_en: "Tea hill walk",
            cutoff_hours: 12,
            included_en: ["Tea", "Guide"],
            participant_types: [{ id: adult.id, price: 300000 }],
          },
          bearer(token)
        )

        expect(response.status).toBe(200)
        expect(response.data.experience).toMatchObject({
          title_en: "Tea hill walk",
          cutoff_hours: 12,
          included_vi: ["Nước chè", "Hướng dẫn viên"],
          included_en: ["Tea", "Guide"],
        })
        expect(response.data.experience.participant_types[0].price).toBe(300000)
        const {
          data: [variant],
        } = await query().graph({
          entity: "product_variant",
          fields: ["prices.amount", "prices.currency_code"],
          filters: { id: adult.variant_id },
        })
        expect(variant.prices).toEqual([expect.objectContaining({ amount: 300000, currency_code: "vnd" })])
      })

      it("sets and clears a deposit; refuses a bad one, or one beside pay on arrival, naming deposit_percent and changing nothing", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const experience = await createExperience(token, { deposit_percent: 30 })
        expect(experience).toMatchObject({ deposit_percent: 30, pay_on_arrival: false })
        const edit = (body: Record<string, unknown>) =>
          call(api.post(`/producer/experiences/${experience.id}`, body, bearer(token)))

        for (const body of [
          { pay_on_arrival: true },
          { deposit_percent: 100 },
          { deposit_percent: 0, title_vi: "Đổi tên" },
          { deposit_percent: 2.5 },
        ]) {
          const refused = await edit(body)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain("deposit_percent")
        }
        const unchanged = await experiences().retrieveExperience(experience.id)
        expect(unchanged).toMatchObject({ deposit_percent: 30, pay_on_arrival: false, title_vi: farmTour().title_vi })

        const lowered = await edit({ deposit_percent: 50 })
        expect(lowered.data.experience.deposit_percent).toBe(50)
        const onArrival = await edit({ deposit_percent: null, pay_on_arrival: true })
        expect(onArrival.status).toBe(200)
        expect(onArrival.data.experience).toMatchObject({ deposit_percent: null, pay_on_arrival: true })
        const refused = await edit({ deposit_percent: 20 })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("deposit_percent")
        expect((await experiences().retrieveExperience(experience.id)).deposit_percent).toBeNull()
      })

      it("refuses bad policy tiers and another experience's participant type, changing nothing", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const experience = await createExperience(token)
        const other = await createExperience(token, { title_vi: "Khác" })
        const tiers = await call(
          api.post(
            `/producer/experiences/${experience.id}`,
            { title_vi: "Đổi tên", cancellation_policy: [{ days_before: 400, refund_percent: 100 }] },
            bearer(token)
          )
        )
        expect(tiers.status).toBe(400)
        expect(tiers.data.message).toContain("cancellation_policy[0].days_before")
        const foreign = await call(
          api.post(
            `/producer/experiences/${experience.id}`,
            { participant_types: [{ id: other.participant_types[0].id, price: 1 }] },
            bearer(token)
          )
        )
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toContain("participant_types[0].id")
        const { data } = await api.get(`/producer/experiences/${experience.id}`, bearer(token))
        expect(data.experience).toMatchObject({
          title_vi: farmTour().title_vi,
          cancellation_policy: DEFAULT_CANCELLATION_POLICY,
        })
        expect(data.experience.participant_types[0].price).toBe(250000)
      })
    })

    describe("photos", () => {
      it("are the product's images, uploaded through the producer image route of the product", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const experience = await createExperience(token)
        const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#3a7d44" } })
          .jpeg()
          .toBuffer()
        const form = new FormData()
        form.append("file", new Blob([jpeg], { type: "image/jpeg" }), "doi-che.jpg")
        const upload = await call(api.post(`/producer/products/${experience.product_id}/images`, form, bearer(token)))
        expect(upload.status).toBe(201)
        const { data } = await api.get(`/producer/experiences/${experience.id}`, bearer(token))
        expect(data.experience.images).toHaveLength(1)
      })
    })

    describe("POST /producer/experiences/:id/sessions", () => {
      it("generates 365 daily sessions from a weekly rule without a single new variant; the same rule again adds none", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const experience = await createExperience(token)
        const variantsBefore = await variantCount()
        // From the day after tomorrow: tomorrow's 08:00 is inside the 24 h cut-off once it is 08:00 in Vietnam.
        const rule = dailyRule(365, { from: dayFromNow(2), to: dayFromNow(366) })

        const response = await generate(token, experience.id, { rule })

        expect(response.status).toBe(201)
        expect(response.data.count).toBe(365)
        expect(response.data.sessions[0]).toMatchObject({
          capacity: 10,
          vacancies: 10,
          taken: 0,
          status: "open",
          bookable: true,
        })
        expect(await variantCount()).toBe(variantsBefore)
        const again = await generate(token, experience.id, { rule })
        expect(again.data.count).toBe(0)
        expect(
          await experiences().listExperienceSessions({ experience_id: experience.id }, { take: null })
        ).toHaveLength(365)
      })

      it("makes a homestay's nights: check-in in the afternoon, out the next morning, rooms as capacity", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const homestay = await createExperience(token, {
          kind: "homestay",
          duration_minutes: 20 * 60,
          participant_types: [{ kind: "room", name_vi: "Phòng đôi", price: 450000 }],
        })
        const response = await generate(token, homestay.id, {
          rule: dailyRule(3, { times: ["14:00"], duration_minutes: 20 * 60, capacity: 4 }),
        })
        expect(response.status).toBe(201)
        expect(response.data.count).toBe(3)
        const [night] = response.data.sessions
        expect(night.capacity).toBe(4)
        // 14:00 in Vietnam is 07:00 UTC; out at 10:00 the next morning.
        expect(night.starts_at).toMatch(/T07:00:00.000Z$/)
        expect(new Date(night.ends_at).getTime() - new Date(night.starts_at).getTime()).toBe(20 * 3600_000)
      })

      it("adds one session", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const experience = await createExperience(token)
        const startsAt = new Date(Date.now() + 3 * DAY_MS).toISOString()
        const response = await generate(token, experience.id, { session: { starts_at: startsAt, capacity: 6 } })
        expect(response.status).toBe(201)
        expect(response.data.sessions).toEqual([
          expect.objectContaining({ starts_at: startsAt, capacity: 6, vacancies: 6 }),
        ])
        expect(new Date(response.data.sessions[0].ends_at).getTime() - Date.parse(startsAt)).toBe(180 * 60_000)
      })

      it.each([
        [
          "a rule over 1,000 sessions",
          { rule: dailyRule(400, { times: ["08:00", "14:00", "16:00"] }) },
          "rule: makes more than 1000",
        ],
        ["a rule that starts in the past", { rule: dailyRule(5, { from: dayFromNow(-3) }) }, "rule.from"],
        ["a rule that ends before it starts", { rule: dailyRule(5, { from: dayFromNow(6) }) }, "rule.to"],
        [
          "a session in the past",
          { session: { starts_at: new Date(Date.now() - DAY_MS).toISOString(), capacity: 5 } },
          "session.starts_at",
        ],
        [
          "both a rule and a session",
          { rule: dailyRule(2), session: { starts_at: new Date().toISOString(), capacity: 5 } },
          "rule",
        ],
        ["a capacity of 0", { rule: dailyRule(2, { capacity: 0 }) }, "rule.capacity"],
      ])("refuses %s (400 naming the field) and creates no session", async (_case, body, field) => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const experience = await createExperience(token)
        const response = await generate(token, experience.id, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect(await experiences().listExperienceSessions({ experience_id: experience.id })).toEqual([])
      })
    })

    describe("GET /producer/experiences/:id/sessions", () => {
      it("lists the sessions of a range with their vacancies after bookings and lapsed holds", async () => {
        const { host, experience, session } = await hostWithSession()
        await insertBooking(getContainer(), { session_id: session.id, seats: 3 })
        await insertBooking(getContainer(), { session_id: session.id, seats: 2, status: "held" })
        // A cart left alone: its hold lapsed and its places are free again.
        await insertBooking(getContainer(), {
          session_id: session.id,
          seats: 4,
          status: "held",
          expires_at: new Date(Date.now() - 60_000),
        })
        const { data } = await api.get(
          `/producer/experiences/${experience.id}/sessions?from=${dayFromNow(0)}&to=${dayFromNow(3)}`,
          bearer(host.token)
        )
        expect(data.sessions.length).toBe(3)
        expect(data.sessions[0]).toMatchObject({ id: session.id, capacity: 10, taken: 5, vacancies: 5 })
        expect(data.sessions[1]).toMatchObject({ taken: 0, vacancies: 10 })
      })

      it("refuses a range of more than 92 days or backwards", async () => {
        const { host, experience } = await hostWithSession()
        const long = await call(
          api.get(
            `/producer/experiences/${experience.id}/sessions?from=${dayFromNow(0)}&to=${dayFromNow(120)}`,
            bearer(host.token)
          )
        )
        expect(long.status).toBe(400)
        expect(long.data.message).toMatch(/^to: /)
        const backwards = await call(
          api.get(
            `/producer/experiences/${experience.id}/sessions?from=${dayFromNow(5)}&to=${dayFromNow(1)}`,
            bearer(host.token)
          )
        )
        expect(backwards.status).toBe(400)
      })
    })

    describe("POST /producer/experience-sessions/:id", () => {
      it("lowers the capacity to what is booked, and closes the session", async () => {
        const { host, session } = await hostWithSession()
        await insertBooking(getContainer(), { session_id: session.id, seats: 4 })
        const lowered = await api.post(
          `/producer/experience-sessions/${session.id}`,
          { capacity: 4 },
          bearer(host.token)
        )
        expect(lowered.data.session).toMatchObject({ capacity: 4, vacancies: 0, taken: 4 })
        const closed = await api.post(
          `/producer/experience-sessions/${session.id}`,
          { status: "closed" },
          bearer(host.token)
        )
        expect(closed.data.session).toMatchObject({ status: "closed", bookable: false })
      })

      it("refuses a capacity below the places booked and held: 409 capacity_below_booked naming capacity, nothing changed", async () => {
        const { host, session } = await hostWithSession()
        await insertBooking(getContainer(), { session_id: session.id, seats: 3 })
        await insertBooking(getContainer(), { session_id: session.id, seats: 2, status: "held" })
        const response = await call(
          api.post(`/producer/experience-sessions/${session.id}`, { capacity: 4 }, bearer(host.token))
        )
        expect(response.status).toBe(409)
        expect(response.data).toMatchObject({ code: "capacity_below_booked", field: "capacity" })
        expect((await experiences().retrieveExperienceSession(session.id)).capacity).toBe(10)
      })

      it("refuses to cancel a session by an edit (400)", async () => {
        const { host, session } = await hostWithSession()
        const response = await call(
          api.post(`/producer/experience-sessions/${session.id}`, { status: "cancelled" }, bearer(host.token))
        )
        expect(response.status).toBe(400)
        expect((await experiences().retrieveExperienceSession(session.id)).status).toBe("open")
      })
    })

    describe("a session's guest list", () => {
      const guests = [
        { name: "Nguyễn Thị Lan", nationality: "VN", phone: "0912345678" },
        { name: "Anna Müller", nationality: "DE", passport_number: "C01X00T47" },
      ]

      it("lists the requested, confirmed and checked-in bookings with their guests, not held or cancelled ones", async () => {
        const { host, session } = await hostWithSession()
        const confirmed = await insertBooking(getContainer(), { session_id: session.id, seats: 2, guests })
        const requested = await insertBooking(getContainer(), { session_id: session.id, seats: 1, status: "requested" })
        await insertBooking(getContainer(), { session_id: session.id, seats: 1, status: "held" })
        await insertBooking(getContainer(), { session_id: session.id, seats: 1, status: "cancelled" })

        const { data } = await api.get(`/producer/experience-sessions/${session.id}/bookings`, bearer(host.token))

        expect(data.bookings.map((b: any) => b.id).sort()).toEqual([confirmed.id, requested.id].sort())
        expect(data.bookings.find((b: any) => b.id === confirmed.id).guests).toEqual(guests)
      })

      it("exports it as XLSX with the foreign guests' nationality and passport", async () => {
        const { host, session } = await hostWithSession()
        await insertBooking(getContainer(), { session_id: session.id, seats: 2, guests })
        const response = await api.get(`/producer/experience-sessions/${session.id}/guest-list.xlsx`, {
          ...bearer(host.token),
          responseType: "arraybuffer",
        })
        expect(response.headers["content-type"]).toContain("spreadsheetml")
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(Buffer.from(response.data) as never)
        const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]
        expect(rows[0]).toContain("Số hộ chiếu")
        expect(rows.map((row) => row.slice(3, 7))).toContainEqual(
          ["Anna Müller", "DE", undefined, "C01X00T47"].map((v) => v ?? "")
        )
        expect(rows.map((row) => row.slice(3, 6))).toContainEqual(["Nguyễn Thị Lan", "VN", "0912345678"])
      })
    })

    describe("a deposit booking's rest, for the host to take on arrival", () => {
      it("is on the session's guest list, its XLSX and the check-in answer", async () => {
        const { host, session } = await hostWithSession()
        const booking = await insertBooking(getContainer(), {
          session_id: session.id,
          seats: 2,
          deposit: { deposit_total: 150_000, due_on_arrival: 350_000 },
        })
        const paidInFull = await insertBooking(getContainer(), { session_id: session.id, seats: 1 })

        const { data } = await api.get(`/producer/experience-sessions/${session.id}/bookings`, bearer(host.token))
        expect(data.bookings.find((b: any) => b.id === booking.id)).toMatchObject({
          total: 500_000,
          deposit_total: 150_000,
          due_on_arrival: 350_000,
        })
        expect(data.bookings.find((b: any) => b.id === paidInFull.id)).toMatchObject({
          deposit_total: null,
          due_on_arrival: null,
        })

        const response = await api.get(`/producer/experience-sessions/${session.id}/guest-list.xlsx`, {
          ...bearer(host.token),
          responseType: "arraybuffer",
        })
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(Buffer.from(response.data) as never)
        const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]
        const column = rows[0].indexOf("Thu khi khách đến")
        expect(column).toBeGreaterThan(0)
        const dueOf = (id: string) => rows.find((row) => row[1] === id)?.[column]
        expect(dueOf(booking.id)).toMatch(/^350\.000\s₫$/)
        expect(dueOf(paidInFull.id) ?? "").toBe("")

        const checkedIn = await api.post(
          "/producer/bookings/check-in",
          { code: booking.voucher_code },
          bearer(host.token)
        )
        expect(checkedIn.data.booking).toMatchObject({ status: "checked_in", due_on_arrival: 350_000 })
      })
    })

    describe("POST /producer/bookings/check-in", () => {
      const checkIn = (token: string, code: string) =>
        call(api.post("/producer/bookings/check-in", { code }, bearer(token)))

      it("checks a confirmed voucher in once; a second scan is 409 voucher_already_checked_in", async () => {
        const { host, session } = await hostWithSession()
        const booking = await insertBooking(getContainer(), { session_id: session.id, seats: 2 })

        const first = await checkIn(host.token, booking.voucher_code!.toUpperCase())
        expect(first.status).toBe(200)
        expect(first.data.booking).toMatchObject({ id: booking.id, status: "checked_in" })
        expect(first.data.booking.checked_in_at).not.toBeNull()

        const second = await checkIn(host.token, booking.voucher_code!)
        expect(second.status).toBe(409)
        expect(second.data.code).toBe("voucher_already_checked_in")
      })

      it("refuses a forged code, another host's code, a cancelled booking and a past session with voucher_invalid", async () => {
        const { host, session, experience } = await hostWithSession()
        const other = await hostWithSession()
        const others = await insertBooking(getContainer(), { session_id: other.session.id, seats: 1 })
        const cancelled = await insertBooking(getContainer(), { session_id: session.id, seats: 1, status: "cancelled" })
        const [past] = await experiences().createExperienceSessions([
          {
            experience_id: experience.id,
            starts_at: new Date(Date.now() - 2 * DAY_MS),
            ends_at: new Date(Date.now() - 2 * DAY_MS + 3 * 3600_000),
            capacity: 10,
          },
        ])
        const over = await insertBooking(getContainer(), { session_id: past.id, seats: 1 })

        for (const code of [
          "0123456789abcdef0123456789abcdef",
          others.voucher_code!,
          cancelled.voucher_code!,
          over.voucher_code!,
        ]) {
          const response = await checkIn(host.token, code)
          expect(response.status).toBe(400)
          expect(response.data).toMatchObject({ code: "voucher_invalid", field: "code" })
        }
        expect((await experiences().retrieveBooking(others.id)).status).toBe("confirmed")
        expect((await experiences().retrieveBooking(over.id)).status).toBe("confirmed")
      })

      it("checks in exactly once when the same voucher is scanned twice at the same moment", async () => {
        const { host, session } = await hostWithSession()
        const booking = await insertBooking(getContainer(), { session_id: session.id, seats: 2 })
        const answers = await Promise.all([
          checkIn(host.token, booking.voucher_code!),
          checkIn(host.token, booking.voucher_code!),
        ])
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
        expect((await experiences().retrieveBooking(booking.id)).status).toBe("checked_in")
      })

      it("refuses a code that is not a voucher's shape (400 naming code)", async () => {
        const { host } = await hostWithSession()
        const response = await checkIn(host.token, "' or 1=1 --")
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^code/)
      })
    })
  },
})
