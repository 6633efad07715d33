import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { setupMarketplace } from "../../../src/scripts/setup"
import { adminHeaders } from "../../utils/admin"
import { Headers, signUpCompany } from "../../utils/companies"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let office: Headers
    let wholesaleGroupId: string

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const post = (url: string, body: unknown = {}) => call(api.post(url, body, office))
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const companyRow = async (id: string) =>
      (
        await query().graph({
          entity: "company",
          fields: ["status", "status_reason", "net_terms_days", "credit_limit", "approval_threshold"],
          filters: { id },
        })
      ).data[0]
    const outbox = async (to: string) =>
      (await query().graph({ entity: "notification", fields: ["to", "template"], filters: { to } })).data
    const inWholesaleGroup = async (customerId: string) => {
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const [customer] = await customers.listCustomers({ id: customerId }, { relations: ["groups"] })
      return (customer.groups ?? []).some((group) => group.id === wholesaleGroupId)
    }
    const verified = async () => {
      const registered = await signUpCompany(api, getContainer(), store)
      await post(`/admin/companies/${registered.company.id}/verify`)
      return registered
    }

    beforeAll(async () => {
      const setup = await setupMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      wholesaleGroupId = setup.wholesaleGroupId
      office = await adminHeaders(api, getContainer())
    })

    describe("GET /admin/companies", () => {
      it("lists the queue by status, finds by legal name or tax code, and pages", async () => {
        const pending = await signUpCompany(api, getContainer(), store)
        const other = await verified()
        const { data } = await api.get("/admin/companies?status=pending&limit=200", office)
        const ids = data.companies.map((company: { id: string }) => company.id)
        expect(ids).toContain(pending.company.id)
        expect(ids).not.toContain(other.company.id)
        expect(data.companies.every((company: { status: string }) => company.status === "pending")).toBe(true)

        const byTaxCode = await api.get(`/admin/companies?q=${pending.company.tax_code}`, office)
        expect(byTaxCode.data.companies.map((company: { id: string }) => company.id)).toEqual([pending.company.id])
        const byName = await api.get(`/admin/companies?q=${encodeURIComponent("siêu thị mường")}&limit=1`, office)
        expect(byName.data).toMatchObject({ limit: 1, offset: 0 })
        expect(byName.data.companies).toHaveLength(1)
        expect(byName.data.count).toBeGreaterThanOrEqual(2)
      })

      it("answers 400 for an unknown status", async () => {
        expect((await call(api.get("/admin/companies?status=approved", office))).status).toBe(400)
      })

      it("answers 401 without an admin sign-in", async () => {
        expect((await call(api.get("/admin/companies"))).status).toBe(401)
      })
    })

    describe("GET /admin/companies/:id", () => {
      it("answers the company with its staff and addresses", async () => {
        const { company, customer } = await signUpCompany(api, getContainer(), store)
        const { data } = await api.get(`/admin/companies/${company.id}`, office)
        expect(data.company).toMatchObject({
          id: company.id,
          staff: [expect.objectContaining({ customer_id: customer.id, role: "admin" })],
          addresses: [],
        })
      })

      it("answers 404 for an unknown company", async () => {
        expect((await call(api.get("/admin/companies/comp_missing", office))).status).toBe(404)
      })
    })

    describe("POST /admin/companies/:id/verify", () => {
      it("verifies a pending company, puts its staff in the wholesale group and e-mails the company", async () => {
        const { company, customer, email } = await signUpCompany(api, getContainer(), store)
        expect(await inWholesaleGroup(customer.id)).toBe(false)
        const response = await post(`/admin/companies/${company.id}/verify`)
        expect(response.status).toBe(200)
        expect(response.data.company.status).toBe("verified")
        expect(await inWholesaleGroup(customer.id)).toBe(true)
        expect(await outbox(company.invoice_email)).toEqual([expect.objectContaining({ template: "company-verified" })])
        expect(await outbox(email)).toEqual([expect.objectContaining({ template: "company-verified" })])
      })

      it("answers 409 naming status for a verified company, and e-mails nothing more", async () => {
        const { company } = await verified()
        const response = await post(`/admin/companies/${company.id}/verify`)
        expect(response.status).toBe(409)
        expect(response.data.message).toMatch(/^status/)
        expect(await outbox(company.invoice_email)).toHaveLength(1)
      })

      it("answers 404 for an unknown company", async () => {
        expect((await post("/admin/companies/comp_missing/verify")).status).toBe(404)
      })
    })

    describe("POST /admin/companies/:id/reject", () => {
      it("rejects a pending company with its reason, which the company reads, and e-mails it", async () => {
        const { company, headers, customer } = await signUpCompany(api, getContainer(), store)
        const response = await post(`/admin/companies/${company.id}/reject`, { reason: "MST không khớp tên" })
        expect(response.status).toBe(200)
        expect(response.data.company).toMatchObject({ status: "rejected", status_reason: "MST không khớp tên" })
        expect((await api.get("/store/companies/me", headers)).data.company.status_reason).toBe("MST không khớp tên")
        expect(await outbox(company.invoice_email)).toEqual([expect.objectContaining({ template: "company-rejected" })])
        expect(await inWholesaleGroup(customer.id)).toBe(false)
      })

      it("answers 400 naming reason without one, and leaves the company pending", async () => {
        const { company } = await signUpCompany(api, getContainer(), store)
        const response = await post(`/admin/companies/${company.id}/reject`, {})
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^reason is required/)
        expect(await companyRow(company.id)).toMatchObject({ status: "pending", status_reason: null })
        expect(await outbox(company.invoice_email)).toHaveLength(0)
      })

      it("answers 409 naming status for a verified company, and keeps it verified", async () => {
        const { company, customer } = await verified()
        const response = await post(`/admin/companies/${company.id}/reject`, { reason: "Đổi ý" })
        expect(response.status).toBe(409)
        expect(response.data.message).toMatch(/^status/)
        expect(await companyRow(company.id)).toMatchObject({ status: "verified" })
        expect(await inWholesaleGroup(customer.id)).toBe(true)
      })
    })

    describe("POST /admin/companies/:id/suspend and /reinstate", () => {
      it("suspends a verified company with a reason, removes its staff from the wholesale group, and reinstates it", async () => {
        const { company, customer } = await verified()
        const suspended = await post(`/admin/companies/${company.id}/suspend`, { reason: "Nợ quá hạn 90 ngày" })
        expect(suspended.data.company).toMatchObject({ status: "suspended", status_reason: "Nợ quá hạn 90 ngày" })
        expect(await inWholesaleGroup(customer.id)).toBe(false)
        expect(await outbox(company.invoice_email)).toContainEqual(
          expect.objectContaining({ template: "company-suspended" })
        )

        const reinstated = await post(`/admin/companies/${company.id}/reinstate`)
        expect(reinstated.data.company).toMatchObject({ status: "verified", status_reason: null })
        expect(await inWholesaleGroup(customer.id)).toBe(true)
      })

      it("answers 409 naming status when suspending a pending company, and leaves it out of the group", async () => {
        const { company, customer } = await signUpCompany(api, getContainer(), store)
        const response = await post(`/admin/companies/${company.id}/suspend`, { reason: "Kiểm tra" })
        expect(response.status).toBe(409)
        expect(response.data.message).toMatch(/^status/)
        expect(await companyRow(company.id)).toMatchObject({ status: "pending" })
        expect(await inWholesaleGroup(customer.id)).toBe(false)
      })

      it("answers 409 naming status when reinstating a verified company", async () => {
        const { company } = await verified()
        expect((await post(`/admin/companies/${company.id}/reinstate`)).status).toBe(409)
      })
    })

    describe("POST /admin/companies/:id/terms", () => {
      it("sets net terms, credit limit and approval threshold", async () => {
        const { company } = await verified()
        const response = await post(`/admin/companies/${company.id}/terms`, {
          net_terms_days: 30,
          credit_limit: 50_000_000,
          approval_threshold: 10_000_000,
        })
        expect(response.status).toBe(200)
        expect(response.data.company).toMatchObject({
          net_terms_days: 30,
          credit_limit: 50_000_000,
          approval_threshold: 10_000_000,
        })
        const cleared = await post(`/admin/companies/${company.id}/terms`, { approval_threshold: null })
        expect(cleared.data.company).toMatchObject({ net_terms_days: 30, approval_threshold: null })
      })

      it.each([
        [{ net_terms_days: 20 }, "net_terms_days"],
        [{ credit_limit: -1 }, "credit_limit"],
        [{ credit_limit: 1000.5 }, "credit_limit"],
        [{ approval_threshold: 0 }, "approval_threshold"],
        [{ net_terms_days: 30, status: "verified" }, "status"],
      ])("answers 400 for %j naming %s, and changes nothing", async (body, field) => {
        const { company } = await verified()
        const response = await post(`/admin/companies/${company.id}/terms`, body)
        expect(response.status).toBe(400)
        expect(response.data.message.startsWith(field)).toBe(true)
        expect(await companyRow(company.id)).toMatchObject({
          net_terms_days: 0,
          credit_limit: 0,
          approval_threshold: null,
          status: "verified",
        })
      })

      it("answers 404 for an unknown company", async () => {
        expect((await post("/admin/companies/comp_missing/terms", { credit_limit: 0 })).status).toBe(404)
      })
    })
  },
})
