import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setProducerStatusWorkflow } from "../../../src/workflows/producer/workflows/set-producer-status"
import { setupProducerDemoAccount } from "../../../src/scripts/setup/producer-demo-account"
import { createTestProducer } from "../../utils/fixtures"
import {
  bearer,
  freshTaxCode,
  producerApplication,
  signUpApprovedProducer,
  signUpProducer,
} from "../../utils/producer-portal"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const register = async (email: string) =>
      (await api.post("/auth/producer/emailpass/register", { email, password: "producer-password-1" })).data
        .token as string
    const outbox = async (to: string) =>
      (await query().graph({ entity: "notification", fields: ["to", "template", "data"], filters: { to } })).data

    describe("POST /producer/applications", () => {
      it("creates a pending producer, its owner member and binds the sign-in to it", async () => {
        const { token, producer, member, email } = await signUpProducer(api, getContainer())
        expect(producer).toMatchObject({ status: "pending", email, former_district: "Huyện Mường Ảng" })
        expect(member).toMatchObject({ email, role: "owner" })
        const me = await api.get("/producer/me", bearer(token))
        expect(me.data.producer.id).toBe(producer.id)
        expect(me.data.member).toMatchObject({ id: member.id, role: "owner" })
      })

      it("answers 400 naming tax_code for a wrong check digit, and creates nothing", async () => {
        const token = await register(`bad-tax-${Date.now()}@example.vn`)
        const body = await producerApplication(getContainer(), { tax_code: "0100109107" })
        const response = await call(api.post("/producer/applications", body, bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^tax_code/)
        const { data } = await query().graph({
          entity: "producer",
          fields: ["id"],
          filters: { tax_code: "0100109107" },
        })
        expect(data).toHaveLength(0)
      })

      it("answers 400 naming the field for a missing representative", async () => {
        const token = await register(`no-rep-${Date.now()}@example.vn`)
        const { representative, ...body } = await producerApplication(getContainer())
        const response = await call(api.post("/producer/applications", body, bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/representative/)
      })

      it("refuses a second application from a sign-in that already belongs to a producer", async () => {
        const { token } = await signUpProducer(api, getContainer())
        const response = await call(
          api.post("/producer/applications", await producerApplication(getContainer()), bearer(token))
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^email/)
      })

      it("answers 401 without a sign-in", async () => {
        const response = await call(api.post("/producer/applications", await producerApplication(getContainer())))
        expect(response.status).toBe(401)
      })
    })

    describe("GET and POST /producer/me", () => {
      it("answers 401 for a registered sign-in that has not applied", async () => {
        const token = await register(`not-applied-${Date.now()}@example.vn`)
        expect((await call(api.get("/producer/me", bearer(token)))).status).toBe(401)
      })

      it("lets a rejected applicant correct its application, which goes back to pending", async () => {
        const { token, producer } = await signUpProducer(api, getContainer())
        await setProducerStatusWorkflow(getContainer()).run({
          input: { id: producer.id, status: "rejected", status_reason: "Thiếu giấy phép" },
        } as any)
        const response = await api.post("/producer/me", { story_vi: "Đã bổ sung giấy phép." }, bearer(token))
        expect(response.data.producer).toMatchObject({
          status: "pending",
          status_reason: null,
          story_vi: "Đã bổ sung giấy phép.",
        })
      })

      it("keeps the tax code the office's once approved", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const response = await call(api.post("/producer/me", { tax_code: "0100109106" }, bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^tax_code/)
      })

      it("lets a suspended producer read but not write (403)", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        await setProducerStatusWorkflow(getContainer()).run({
          input: { id: producer.id, status: "suspended", status_reason: "Kiểm tra" },
        })
        expect((await api.get("/producer/me", bearer(token))).status).toBe(200)
        expect((await call(api.post("/producer/me", { story_vi: "x" }, bearer(token)))).status).toBe(403)
      })
    })

    describe("members", () => {
      it("the owner invites a colleague by e-mail, who joins with the invited address and can sign in", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const email = `colleague-${Date.now()}@example.vn`
        const invited = await api.post("/producer/members/invites", { email }, bearer(owner.token))
        expect(invited.status).toBe(201)
        const [mail] = await outbox(email)
        expect(mail.template).toBe("producer-member-invited")
        const token = new URL(mail.data.url).searchParams.get("token")!

        const registration = await register(email)
        const joined = await api.post(
          "/producer/invites/accept",
          { token, name: "Quàng Thị Lan" },
          bearer(registration)
        )
        expect(joined.status).toBe(201)
        const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration))
        const me = await api.get("/producer/me", bearer(refreshed.token))
        expect(me.data).toMatchObject({ producer: { id: owner.producer.id }, member: { email, role: "member" } })

        const { data: list } = await api.get("/producer/members", bearer(owner.token))
        expect(list.members.map((m: any) => m.email)).toEqual([owner.email, email])
        expect(list.invites).toHaveLength(0)

        // A used invitation opens nothing more.
        const again = await call(
          api.post("/producer/invites/accept", { token }, bearer(await register(`late-${Date.now()}@example.vn`)))
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^token/)
      })

      it("refuses an invitation accepted with another e-mail (400 naming email)", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const email = `invited-${Date.now()}@example.vn`
        await api.post("/producer/members/invites", { email }, bearer(owner.token))
        const token = new URL((await outbox(email))[0].data.url).searchParams.get("token")!
        const response = await call(
          api.post("/producer/invites/accept", { token }, bearer(await register(`other-${Date.now()}@example.vn`)))
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^email/)
      })

      it("the owner removes a colleague, who is signed out; a member cannot remove or invite", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const email = `removed-${Date.now()}@example.vn`
        await api.post("/producer/members/invites", { email }, bearer(owner.token))
        const token = new URL((await outbox(email))[0].data.url).searchParams.get("token")!
        const registration = await register(email)
        const { data: joined } = await api.post("/producer/invites/accept", { token }, bearer(registration))
        const memberToken = (await api.post("/auth/token/refresh", {}, bearer(registration))).data.token

        expect(
          (await call(api.post("/producer/members/invites", { email: "x@example.vn" }, bearer(memberToken)))).status
        ).toBe(403)
        expect((await call(api.delete(`/producer/members/${owner.member.id}`, bearer(memberToken)))).status).toBe(403)
        expect((await call(api.delete(`/producer/members/${owner.member.id}`, bearer(owner.token)))).status).toBe(400)

        expect((await api.delete(`/producer/members/${joined.member.id}`, bearer(owner.token))).status).toBe(200)
        expect((await call(api.get("/producer/me", bearer(memberToken)))).status).toBe(401)
      })

      it("a pending producer cannot invite yet (403)", async () => {
        const { token } = await signUpProducer(api, getContainer())
        const response = await call(
          api.post("/producer/members/invites", { email: `early-${Date.now()}@example.vn` }, bearer(token))
        )
        expect(response.status).toBe(403)
      })
    })

    describe("password reset", () => {
      it("e-mails a producer member the portal's reset link; the new password signs in, the old one no more", async () => {
        const { email, password } = await signUpApprovedProducer(api, getContainer())
        expect((await api.post("/auth/producer/emailpass/reset-password", { identifier: email })).status).toBe(201)
        const mail = await vi.waitFor(
          async () => {
            const [found] = (await outbox(email)).filter((n: any) => n.template === "producer-password-reset")
            if (!found) throw new Error(`no reset e-mail to ${email} yet`)
            return found
          },
          { timeout: 5_000, interval: 100 }
        )
        const link = new URL(mail.data.reset_url)
        expect(link.pathname).toBe("/vi/producer/reset-password")
        const updated = await api.post(
          "/auth/producer/emailpass/update",
          { email, password: "new-producer-password-2" },
          bearer(link.searchParams.get("token")!)
        )
        expect(updated.status).toBe(200)
        expect((await call(api.post("/auth/producer/emailpass", { email, password }))).status).toBe(401)
        const { data } = await api.post("/auth/producer/emailpass", { email, password: "new-producer-password-2" })
        expect((await api.get("/producer/me", bearer(data.token))).data.member.email).toBe(email)
      })
    })

    describe("the demo producer sign-in (setup)", () => {
      it("signs the demo cooperative's owner in to the portal, once", async () => {
        const producer = await createTestProducer(getContainer(), {
          handle: "htx-ca-phe-muong-ang",
          tax_code: freshTaxCode(),
        })
        const email = "demo-owner@ocop.test"
        expect(await setupProducerDemoAccount(getContainer(), email, "demo-password-1")).toMatchObject({
          created: true,
        })
        expect(await setupProducerDemoAccount(getContainer(), email, "demo-password-1")).toMatchObject({
          created: false,
        })
        const { data } = await api.post("/auth/producer/emailpass", { email, password: "demo-password-1" })
        const me = await api.get("/producer/me", bearer(data.token))
        expect(me.data).toMatchObject({
          producer: { id: producer.id, status: "active" },
          member: { email, role: "owner" },
        })
      })
    })
  },
})
