import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setupMarketplace } from "../../../src/scripts/setup"
import { adminHeaders } from "../../utils/admin"
import {
  companyPlaces,
  companyRegistration,
  Headers,
  newTaxCode,
  signUpCompany,
  signUpCustomer,
} from "../../utils/companies"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let office: Headers
    let officeEmail: string
    let place: Awaited<ReturnType<typeof companyPlaces>>

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const companiesWithTaxCode = async (tax_code: string) =>
      (await query().graph({ entity: "company", fields: ["id", "status", "staff.customer_id"], filters: { tax_code } }))
        .data
    const staffOf = async (customer_id: string) =>
      (await query().graph({ entity: "company_staff", fields: ["id", "role"], filters: { customer_id } })).data
    const addressRows = async (company_id: string) =>
      (await query().graph({ entity: "company_address", fields: ["id", "label", "street"], filters: { company_id } }))
        .data
    const outbox = async (to: string) =>
      (await query().graph({ entity: "notification", fields: ["to", "template"], filters: { to } })).data

    beforeAll(async () => {
      const setup = await setupMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      office = await adminHeaders(api, getContainer())
      officeEmail = setup.adminEmail
      place = await companyPlaces(getContainer())
    })

    const address = () => ({
      label: "Kho Điện Biên Phủ",
      recipient: "Lò Văn Minh",
      phone: "0987654321",
      street: "Tổ 5, phường Him Lam",
      province_code: place.province_code,
      commune_code: place.commune_code,
    })

    describe("POST /store/companies", () => {
      it("registers a pending company with the customer as its admin and its first address, and tells the office", async () => {
        const buyer = await signUpCustomer(api, store)
        const body = companyRegistration(place, { address: address() })
        const response = await api.post("/store/companies", body, buyer.headers)
        expect(response.status).toBe(201)
        expect(response.data.role).toBe("admin")
        expect(response.data.company).toMatchObject({
          legal_name: body.legal_name,
          tax_code: body.tax_code,
          status: "pending",
          net_terms_days: 0,
          credit_limit: 0,
          addresses: [expect.objectContaining({ label: "Kho Điện Biên Phủ" })],
        })
        const [row] = await companiesWithTaxCode(body.tax_code)
        expect(row).toMatchObject({ status: "pending", staff: [{ customer_id: buyer.customer.id }] })
        expect(await staffOf(buyer.customer.id)).toEqual([expect.objectContaining({ role: "admin" })])
        expect(await outbox(officeEmail)).toContainEqual(expect.objectContaining({ template: "company-registered" }))
      })

      it("answers 400 naming tax_code for a wrong check digit, and registers nothing", async () => {
        const buyer = await signUpCustomer(api, store)
        const good = newTaxCode()
        const bad = `${good.slice(0, 9)}${(Number(good[9]) + 1) % 10}`
        const response = await call(
          api.post("/store/companies", companyRegistration(place, { tax_code: bad }), buyer.headers)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^tax_code/)
        expect(response.data.code).toBe("invalid_tax_code")
        expect(await companiesWithTaxCode(bad)).toHaveLength(0)
        expect(await staffOf(buyer.customer.id)).toHaveLength(0)
      })

      it("takes a 12-digit personal id as tax code only for a household business", async () => {
        const personalId = `0010850${String(Date.now()).slice(-5)}`
        const company = await signUpCustomer(api, store)
        const refused = await call(
          api.post("/store/companies", companyRegistration(place, { tax_code: personalId }), company.headers)
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^tax_code: .*household business/)
        expect(await companiesWithTaxCode(personalId)).toHaveLength(0)

        const household = await signUpCustomer(api, store)
        const body = companyRegistration(place, { tax_code: personalId, household_business: true, buyer_type: "shop" })
        const accepted = await api.post("/store/companies", body, household.headers)
        expect(accepted.status).toBe(201)
        expect(accepted.data.company).toMatchObject({ tax_code: personalId, household_business: true })
      })

      it("answers 400 naming commune_code for a commune outside the invoice province, and registers nothing", async () => {
        const buyer = await signUpCustomer(api, store)
        const body = companyRegistration(place, { invoice_province_code: place.other_province })
        const response = await call(api.post("/store/companies", body, buyer.headers))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^invoice\.commune_code/)
        expect(response.data.code).toBe("invalid_commune_code")
        expect(await companiesWithTaxCode(body.tax_code)).toHaveLength(0)
      })

      it("checks the first delivery address's province and commune too", async () => {
        const buyer = await signUpCustomer(api, store)
        const body = companyRegistration(place, { address: { ...address(), province_code: place.other_province } })
        const response = await call(api.post("/store/companies", body, buyer.headers))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^address\.commune_code/)
        expect(await companiesWithTaxCode(body.tax_code)).toHaveLength(0)
      })

      it("answers 409 naming tax_code for a tax code already registered, and adds nothing", async () => {
        const first = await signUpCompany(api, getContainer(), store)
        const second = await signUpCustomer(api, store)
        const response = await call(
          api.post("/store/companies", companyRegistration(place, { tax_code: first.company.tax_code }), second.headers)
        )
        expect(response.status).toBe(409)
        expect(response.data.message).toMatch(/^tax_code/)
        expect(response.data.code).toBe("company_tax_code_taken")
        expect(await companiesWithTaxCode(first.company.tax_code)).toHaveLength(1)
        expect(await staffOf(second.customer.id)).toHaveLength(0)
      })

      it("registers one of two companies sent at once with the same tax code, and answers 409 to the other", async () => {
        const [first, second] = [await signUpCustomer(api, store), await signUpCustomer(api, store)]
        const taxCode = newTaxCode()
        const answers = await Promise.all(
          [first, second].map((buyer) =>
            call(api.post("/store/companies", companyRegistration(place, { tax_code: taxCode }), buyer.headers))
          )
        )
        expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
        expect(await companiesWithTaxCode(taxCode)).toHaveLength(1)
        const staff = [...(await staffOf(first.customer.id)), ...(await staffOf(second.customer.id))]
        expect(staff).toHaveLength(1)
      })

      it("answers 409 when the customer already buys for a company", async () => {
        const { headers, customer } = await signUpCompany(api, getContainer(), store)
        const body = companyRegistration(place)
        const response = await call(api.post("/store/companies", body, headers))
        expect(response.status).toBe(409)
        expect(response.data.code).toBe("already_company_staff")
        expect(await companiesWithTaxCode(body.tax_code)).toHaveLength(0)
        expect(await staffOf(customer.id)).toHaveLength(1)
      })

      it("answers 401 without a sign-in", async () => {
        expect((await call(api.post("/store/companies", companyRegistration(place), store))).status).toBe(401)
      })

      it("refuses fields the store sets (status, credit_limit) with 400", async () => {
        const buyer = await signUpCustomer(api, store)
        const body = companyRegistration(place, { status: "verified", credit_limit: 1_000_000_000 })
        const response = await call(api.post("/store/companies", body, buyer.headers))
        expect(response.status).toBe(400)
        expect(await companiesWithTaxCode(body.tax_code)).toHaveLength(0)
      })
    })

    describe("GET /store/companies/me", () => {
      it("answers 404 for a consumer", async () => {
        const consumer = await signUpCustomer(api, store, "consumer")
        const response = await call(api.get("/store/companies/me", consumer.headers))
        expect(response.status).toBe(404)
      })

      it("answers the company and my role", async () => {
        const { headers, company } = await signUpCompany(api, getContainer(), store)
        const { data } = await api.get("/store/companies/me", headers)
        expect(data).toMatchObject({ role: "admin", company: { id: company.id, status: "pending", addresses: [] } })
      })
    })

    describe("POST /store/companies/me", () => {
      it("lets the admin change the phone and the invoice e-mail", async () => {
        const { headers } = await signUpCompany(api, getContainer(), store)
        const { data } = await api.post(
          "/store/companies/me",
          { phone: "0901234567", invoice_email: "ketoan@example.vn" },
          headers
        )
        expect(data.company).toMatchObject({ phone: "0901234567", invoice_email: "ketoan@example.vn" })
      })

      it("refuses a new legal name once verified with 409 naming legal_name, and keeps the old one", async () => {
        const { headers, company, body } = await signUpCompany(api, getContainer(), store)
        await api.post(`/admin/companies/${company.id}/verify`, {}, office)
        const response = await call(api.post("/store/companies/me", { legal_name: "Tên khác" }, headers))
        expect(response.status).toBe(409)
        expect(response.data.message).toMatch(/^legal_name/)
        expect((await api.get("/store/companies/me", headers)).data.company.legal_name).toBe(body.legal_name)
      })

      it("registers a rejected company again when its admin corrects it, and tells the office", async () => {
        const { headers, company } = await signUpCompany(api, getContainer(), store)
        await api.post(`/admin/companies/${company.id}/reject`, { reason: "Sai tên theo giấy phép" }, office)
        const taxCode = newTaxCode()
        const { data } = await api.post(
          "/store/companies/me",
          { legal_name: "Công ty TNHH Siêu thị Him Lam", tax_code: taxCode },
          headers
        )
        expect(data.company).toMatchObject({ status: "pending", status_reason: null, tax_code: taxCode })
        const registered = (await outbox(officeEmail)).filter((mail: any) => mail.template === "company-registered")
        expect(registered.length).toBeGreaterThanOrEqual(2)
      })

      it("answers 400 naming invoice_email for a bad e-mail, and changes nothing", async () => {
        const { headers, company } = await signUpCompany(api, getContainer(), store)
        const response = await call(api.post("/store/companies/me", { invoice_email: "ketoan-at-example" }, headers))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^invoice_email/)
        expect((await api.get("/store/companies/me", headers)).data.company.invoice_email).toBe(company.invoice_email)
      })
    })

    describe("delivery addresses", () => {
      it("adds, changes, lists and removes the company's own addresses", async () => {
        const { headers, company } = await signUpCompany(api, getContainer(), store)
        const created = await api.post("/store/companies/me/addresses", address(), headers)
        expect(created.status).toBe(201)
        const id = created.data.address.id
        const changed = await api.post(
          `/store/companies/me/addresses/${id}`,
          { street: "Số 9 Hoàng Văn Thái" },
          headers
        )
        expect(changed.data.address).toMatchObject({ id, street: "Số 9 Hoàng Văn Thái", label: "Kho Điện Biên Phủ" })
        expect((await api.get("/store/companies/me/addresses", headers)).data.addresses).toEqual([
          expect.objectContaining({ id }),
        ])
        const removed = await api.delete(`/store/companies/me/addresses/${id}`, headers)
        expect(removed.data).toMatchObject({ id, deleted: true })
        expect(await addressRows(company.id)).toHaveLength(0)
      })

      it("answers 400 naming commune_code when the commune is not in the province, and adds nothing", async () => {
        const { headers, company } = await signUpCompany(api, getContainer(), store)
        const response = await call(
          api.post("/store/companies/me/addresses", { ...address(), province_code: place.other_province }, headers)
        )
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_commune_code")
        expect(await addressRows(company.id)).toHaveLength(0)
      })

      it("answers 404 for another company's address, and leaves it unchanged", async () => {
        const owner = await signUpCompany(api, getContainer(), store)
        const other = await signUpCompany(api, getContainer(), store)
        const {
          data: { address: theirs },
        } = await api.post("/store/companies/me/addresses", address(), owner.headers)
        const changed = await call(
          api.post(`/store/companies/me/addresses/${theirs.id}`, { street: "Đã đổi" }, other.headers)
        )
        expect(changed.status).toBe(404)
        const removed = await call(api.delete(`/store/companies/me/addresses/${theirs.id}`, other.headers))
        expect(removed.status).toBe(404)
        expect(await addressRows(owner.company.id)).toEqual([
          expect.objectContaining({ id: theirs.id, street: "Tổ 5, phường Him Lam" }),
        ])
        expect((await api.get("/store/companies/me/addresses", other.headers)).data.addresses).toEqual([])
      })

      it("lets a buyer read the addresses but not change them (403)", async () => {
        const { headers, company } = await signUpCompany(api, getContainer(), store)
        await api.post("/store/companies/me/addresses", address(), headers)
        const colleague = await signUpCustomer(api, store, "colleague")
        const companies = getContainer().resolve("company") as {
          createCompanyStaffs: (data: object) => Promise<unknown>
        }
        await companies.createCompanyStaffs({
          customer_id: colleague.customer.id,
          email: colleague.email,
          role: "buyer",
          company_id: company.id,
        })
        expect((await api.get("/store/companies/me/addresses", colleague.headers)).data.addresses).toHaveLength(1)
        const response = await call(api.post("/store/companies/me/addresses", address(), colleague.headers))
        expect(response.status).toBe(403)
        expect(response.data.code).toBe("company_admin_only")
        expect(await addressRows(company.id)).toHaveLength(1)
        expect((await api.get("/store/companies/me", colleague.headers)).data.role).toBe("buyer")
        const rename = await call(api.post("/store/companies/me", { phone: "0909090909" }, colleague.headers))
        expect(rename.status).toBe(403)
        expect((await api.get("/store/companies/me", headers)).data.company.phone).toBe("0912345678")
      })

      it("answers 404 to a consumer", async () => {
        const consumer = await signUpCustomer(api, store, "consumer")
        expect((await call(api.get("/store/companies/me/addresses", consumer.headers))).status).toBe(404)
      })
    })
  },
})
