import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../../src/modules/experience"
import type ExperienceModuleService from "../../../src/modules/experience/service"
import { setupMarketplace } from "../../../src/scripts/setup"
import { setProducerStatusWorkflow } from "../../../src/workflows/producer/workflows/set-producer-status"
import { adminHeaders } from "../../utils/admin"
import { insertBooking } from "../../utils/bookings"
import { muongAngCommune } from "../../utils/fixtures"
import { bearer, signUpApprovedProducer } from "../../utils/producer-portal"

const DAY_MS = 24 * 60 * 60 * 1000
const dayFromNow = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let communeCode: string
    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const post = (url: string, body: unknown = {}) => call(api.post(url, body, headers))
    const get = (url: string) => call(api.get(url, headers))
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const experiences = () => getContainer().resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const outbox = async (to: string) =>
      (await query().graph({ entity: "notification", fields: ["to", "template"], filters: { to } })).data
    const productStatus = async (id: string) =>
      (await query().graph({ entity: "product", fields: ["status"], filters: { id } })).data[0].status

    beforeAll(async () => {
      await setupMarketplace(getContainer())
      headers = await adminHeaders(api, getContainer())
      communeCode = (await muongAngCommune(getContainer())).code
    })

    // A host's first experience, created in the portal (pending, on a draft product).
    const pendingExperience = async (overrides: Record<string, unknown> = {}) => {
      const host = await signUpApprovedProducer(api, getContainer())
      const { data } = await api.post(
        "/producer/experiences",
        {
          kind: "craft_workshop",
          title_vi: "Lớp dệt thổ cẩm Thái",
          description_vi: "Học dệt một chiếc khăn piêu cùng nghệ nhân.",
          meeting_address: "Bản Hón, xã Mường Ảng",
          duration_minutes: 240,
          province_code: "11",
          commune_code: communeCode,
          participant_types: [{ kind: "adult", name_vi: "Người lớn", price: 350000 }],
          ...overrides,
        },
        bearer(host.token)
      )
      const experience = await experiences().retrieveExperience(data.experience.id)
      return { host, experience }
    }

    describe("GET /admin/ocop/experiences", () => {
      it("lists the pending experiences, oldest first, and not the published ones", async () => {
        const first = await pendingExperience()
        const second = await pendingExperience({ title_vi: "Lớp nấu cơm lam" })
        await post(`/admin/ocop/experiences/${second.experience.id}/approve`)

        const { data } = await get("/admin/ocop/experiences")
        expect(data.experiences.map((e: any) => e.id)).toEqual([first.experience.id])
        const published = await get("/admin/ocop/experiences?status=published")
        expect(published.data.experiences.map((e: any) => e.id)).toEqual([second.experience.id])
      })

      it("refuses an unknown status (400)", async () => {
        expect((await get("/admin/ocop/experiences?status=maybe")).status).toBe(400)
      })
    })

    describe("POST /admin/ocop/experiences/:id/approve", () => {
      it("publishes the experience and its product, and e-mails the host", async () => {
        const { host, experience } = await pendingExperience()
        const response = await post(`/admin/ocop/experiences/${experience.id}/approve`)

        expect(response.status).toBe(200)
        expect(response.data.experience).toMatchObject({ id: experience.id, status: "published", reject_reason: null })
        expect(await productStatus(experience.product_id)).toBe("published")
        expect(await outbox(host.email)).toEqual([
          expect.objectContaining({ template: "producer-experience-approved" }),
        ])
      })

      it("refuses a second decision (400 naming status) and e-mails nothing more", async () => {
        const { host, experience } = await pendingExperience()
        await post(`/admin/ocop/experiences/${experience.id}/approve`)
        const again = await post(`/admin/ocop/experiences/${experience.id}/approve`)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^status: /)
        expect(await outbox(host.email)).toHaveLength(1)
      })

      it("refuses a suspended host's experience, leaving it pending and its product a draft", async () => {
        const { host, experience } = await pendingExperience()
        await setProducerStatusWorkflow(getContainer()).run({
          input: { id: host.producer.id, status: "suspended", status_reason: "Kiểm tra" },
        })
        const response = await post(`/admin/ocop/experiences/${experience.id}/approve`)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^producer: /)
        expect((await experiences().retrieveExperience(experience.id)).status).toBe("pending")
        expect(await productStatus(experience.product_id)).toBe("draft")
      })

      it("answers 404 for an unknown experience", async () => {
        expect((await post("/admin/ocop/experiences/exp_missing/approve")).status).toBe(404)
      })
    })

    describe("POST /admin/ocop/experiences/:id/reject", () => {
      it("rejects with the reason the host reads, keeps the product a draft and e-mails the host", async () => {
        const { host, experience } = await pendingExperience()
        const response = await post(`/admin/ocop/experiences/${experience.id}/reject`, { reason: "Thiếu ảnh thật" })

        expect(response.status).toBe(200)
        expect(response.data.experience).toMatchObject({ status: "rejected", reject_reason: "Thiếu ảnh thật" })
        expect(await productStatus(experience.product_id)).toBe("draft")
        expect(await outbox(host.email)).toEqual([
          expect.objectContaining({ template: "producer-experience-rejected" }),
        ])

        // The host edits it: it goes back to the queue without the old reason.
        const edited = await api.post(
          `/producer/experiences/${experience.id}`,
          { description_vi: "Học dệt khăn piêu, có ảnh lớp học." },
          bearer(host.token)
        )
        expect(edited.data.experience).toMatchObject({ status: "pending", reject_reason: null })
      })

      it("refuses a rejection without a reason (400 naming reason) and changes nothing", async () => {
        const { experience } = await pendingExperience()
        const response = await post(`/admin/ocop/experiences/${experience.id}/reject`, {})
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^reason/)
        expect((await experiences().retrieveExperience(experience.id)).status).toBe("pending")
      })
    })

    describe("GET /admin/ocop/experiences/bookings", () => {
      it("lists every booking of a date range, and only a province's when asked", async () => {
        const { experience } = await pendingExperience()
        const [soon, later] = await experiences().createExperienceSessions([
          {
            experience_id: experience.id,
            starts_at: new Date(Date.now() + 2 * DAY_MS),
            ends_at: new Date(Date.now() + 2 * DAY_MS + 4 * 3600_000),
            capacity: 8,
          },
          {
            experience_id: experience.id,
            starts_at: new Date(Date.now() + 20 * DAY_MS),
            ends_at: new Date(Date.now() + 20 * DAY_MS + 4 * 3600_000),
            capacity: 8,
          },
        ])
        const inRange = await insertBooking(getContainer(), { session_id: soon.id, seats: 2 })
        await insertBooking(getContainer(), { session_id: later.id, seats: 2 })

        const { data } = await get(`/admin/ocop/experiences/bookings?from=${dayFromNow(0)}&to=${dayFromNow(7)}`)
        expect(data.count).toBe(1)
        expect(data.bookings[0]).toMatchObject({
          id: inRange.id,
          seats: 2,
          experience: { id: experience.id, province_code: "11", title_vi: "Lớp dệt thổ cẩm Thái" },
        })
        const inProvince = await get(
          `/admin/ocop/experiences/bookings?from=${dayFromNow(0)}&to=${dayFromNow(30)}&province_code=11`
        )
        expect(inProvince.data.count).toBe(2)
        const otherProvince = await get(
          `/admin/ocop/experiences/bookings?from=${dayFromNow(0)}&to=${dayFromNow(30)}&province_code=66`
        )
        expect(otherProvince.data).toMatchObject({ bookings: [], count: 0 })
      })

      it("refuses a range that ends before it starts or a missing day (400 naming the field)", async () => {
        const backwards = await get(`/admin/ocop/experiences/bookings?from=${dayFromNow(5)}&to=${dayFromNow(1)}`)
        expect(backwards.status).toBe(400)
        expect(backwards.data.message).toMatch(/^to/)
        const missing = await get(`/admin/ocop/experiences/bookings?to=${dayFromNow(1)}`)
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/^from/)
      })
    })
  },
})
