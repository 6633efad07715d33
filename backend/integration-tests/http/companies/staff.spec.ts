import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { wholesaleGroupIdOf } from "../../../src/lib/buyer-company"
import { COMPANY_MODULE } from "../../../src/modules/company"
import type CompanyModuleService from "../../../src/modules/company/service"
import { BUYER_ADDRESS as ADDRESS, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { freshTaxCode } from "../../utils/producer-portal"

const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX
process.env.STOREFRONT_URL = "http://shop.example.vn"

type Headers = { headers: Record<string, string> }
// Building and completing carts takes a while on a shared test machine.
const CHECKOUT_MS = 240_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string
    let variants: StockedVariant[]

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      variants = await stockedVariantPerProducer(getContainer())
    }, 360_000)

    const companies = () => getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const as = (token: string): Headers => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
    let serial = 0
    const newEmail = (name: string) => `${name}-${Date.now()}-${serial++}@example.vn`

    /** A registered, signed-in customer. */
    async function customer(email = newEmail("lan")) {
      const {
        data: { token },
      } = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-123" })
      const { data } = await api.post(
        "/store/customers",
        { email, first_name: "Lan", last_name: "Nguyễn", phone: "0912345678" },
        as(token)
      )
      const signIn = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-123" })
      return { id: data.customer.id as string, email, headers: as(signIn.data.token) }
    }

    /** A verified company whose admin is a fresh customer in the wholesale group. */
    async function companyWithAdmin(approval_threshold: number | null = null) {
      const admin = await customer(newEmail("admin"))
      const company = await companies().createCompanies({
        legal_name: `Siêu thị Mường Thanh ${serial++}`,
        tax_code: freshTaxCode(),
        buyer_type: "supermarket",
        phone: "0912345678",
        invoice_email: "ketoan@example.vn",
        invoice_street: "12 Trần Phú",
        invoice_province_code: "11",
        invoice_commune_code: "03127",
        status: "verified",
        approval_threshold,
      })
      const staff = await addStaff(company.id, admin, "admin")
      return { company, admin: { ...admin, staff_id: staff.id } }
    }

    async function addStaff(
      company_id: string,
      who: { id: string; email: string },
      role: "admin" | "buyer",
      monthly_spending_limit: number | null = null
    ) {
      const staff = await companies().createCompanyStaffs({
        company_id,
        customer_id: who.id,
        email: who.email,
        role,
        monthly_spending_limit,
      })
      await getContainer()
        .resolve(Modules.CUSTOMER)
        .addCustomerToGroup({ customer_id: who.id, customer_group_id: await wholesaleGroupIdOf(getContainer()) })
      return staff
    }

    const inGroup = async (customerId: string) => {
      const groupId = await wholesaleGroupIdOf(getContainer())
      const [found] = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: customerId }, { relations: ["groups"] })
      return found.groups!.some((group) => group.id === groupId)
    }

    /** The invitation's token, as the e-mailed link carries it. */
    async function invitedToken(email: string) {
      const [sent] = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: email, template: "company-staff-invited" }, { order: { created_at: "DESC" } })
      return new URL(String((sent.data as { url: string }).url)).searchParams.get("token")!
    }

    /**
     * A signed-in customer's cart of one variant, with an address, a delivery and COD. The line and the
     * address come with the cart's creation (held to the same checks as adding them later): every cart
     * change refreshes the whole cart.
     */
    async function readyCart(who: Headers, variant: StockedVariant, quantity = 1) {
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          items: [{ variant_id: variant.variant_id, quantity }],
          shipping_address: ADDRESS,
          billing_address: ADDRESS,
        },
        who
      )
      const {
        data: { shipping_options },
      } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, who)
      const option = shipping_options.find(
        (o: any) => o.data?.producer_id === variant.producer_id && o.type?.code === "standard"
      )
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, who)
      const {
        data: { payment_collection },
      } = await api.post("/store/payment-collections", { cart_id: cart.id }, who)
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        who
      )
      const { data } = await api.get(`/store/carts/${cart.id}?fields=total`, who)
      return { cartId: cart.id as string, total: Number(data.cart.total) }
    }
    const complete = (cartId: string, who: Headers) =>
      failure(api.post(`/store/ocop/carts/${cartId}/complete`, {}, who))
    const ordersOf = async (customerId: string) =>
      getContainer()
        .resolve(Modules.ORDER)
        .listOrders({ customer_id: customerId }, { select: ["id"] })

    describe("invitations", () => {
      it("invites a colleague who accepts and becomes staff with the invited role and limit", async () => {
        const { company, admin } = await companyWithAdmin()
        const email = newEmail("mua")
        const { status, data } = await api.post(
          "/store/companies/me/invites",
          { email, role: "buyer", monthly_spending_limit: 5_000_000 },
          admin.headers
        )
        expect(status).toBe(201)
        expect(data.invite).toMatchObject({ email, role: "buyer", monthly_spending_limit: 5_000_000 })
        expect(data.invite.token).toBeUndefined()
        const token = await invitedToken(email)
        const [stored] = await companies().listCompanyInvites({ id: data.invite.id })
        expect(stored.token).not.toBe(token)
        expect(stored.token).toMatch(/^[0-9a-f]{64}$/)

        const { data: listed } = await api.get("/store/companies/me/invites", admin.headers)
        expect(listed.invites.map((i: any) => i.id)).toEqual([data.invite.id])

        const colleague = await customer(email)
        const accepted = await api.post("/store/company-invites/accept", { token }, colleague.headers)
        expect(accepted.status).toBe(201)
        expect(accepted.data.staff).toMatchObject({ email, role: "buyer", monthly_spending_limit: 5_000_000 })
        const [staff] = await companies().listCompanyStaffs({ customer_id: colleague.id })
        expect(staff).toMatchObject({ company_id: company.id, role: "buyer" })
        expect(await inGroup(colleague.id)).toBe(true)
        expect((await companies().listCompanyInvites({ id: data.invite.id }))[0].accepted_at).not.toBeNull()

        const again = await failure(api.post("/store/company-invites/accept", { token }, colleague.headers))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^token/)
        const { data: staffList } = await api.get("/store/companies/me/staff", colleague.headers)
        expect(staffList.staff.map((s: any) => s.email).sort()).toEqual([admin.email, email].sort())
      })

      it("refuses a token for another e-mail or an expired one, and makes no staff", async () => {
        const { admin } = await companyWithAdmin()
        const email = newEmail("mua")
        const { data } = await api.post("/store/companies/me/invites", { email }, admin.headers)
        const token = await invitedToken(email)

        const stranger = await customer()
        const wrong = await failure(api.post("/store/company-invites/accept", { token }, stranger.headers))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/^email/)
        expect(wrong.data.code).toBe("invite_for_another_email")
        expect(await companies().listCompanyStaffs({ customer_id: stranger.id })).toHaveLength(0)

        await companies().updateCompanyInvites({ id: data.invite.id, expires_at: new Date(Date.now() - 1000) })
        const invitee = await customer(email)
        const expired = await failure(api.post("/store/company-invites/accept", { token }, invitee.headers))
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(/^token/)
        expect(expired.data.code).toBe("invite_unusable")
        expect(await companies().listCompanyStaffs({ customer_id: invitee.id })).toHaveLength(0)
        expect(await inGroup(invitee.id)).toBe(false)
      })

      it("refuses a customer already on another company's staff (409) and a buyer's invitation (403)", async () => {
        const { admin } = await companyWithAdmin()
        const other = await companyWithAdmin()
        await api.post("/store/companies/me/invites", { email: other.admin.email }, admin.headers)
        const token = await invitedToken(other.admin.email)
        const refused = await failure(api.post("/store/company-invites/accept", { token }, other.admin.headers))
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("already_company_staff")

        const buyer = await customer()
        await addStaff(other.company.id, buyer, "buyer")
        const denied = await failure(api.post("/store/companies/me/invites", { email: newEmail("x") }, buyer.headers))
        expect(denied.status).toBe(403)
      })

      it("withdraws an invitation", async () => {
        const { admin } = await companyWithAdmin()
        const { data } = await api.post("/store/companies/me/invites", { email: newEmail("mua") }, admin.headers)
        const { status } = await api.delete(`/store/companies/me/invites/${data.invite.id}`, admin.headers)
        expect(status).toBe(200)
        expect(await companies().listCompanyInvites({ id: data.invite.id })).toHaveLength(0)
      })
    })

    describe("roles and removal", () => {
      it("sets a colleague's role and limit, and refuses a bad limit naming the field", async () => {
        const { company, admin } = await companyWithAdmin()
        const buyer = await customer()
        const staff = await addStaff(company.id, buyer, "buyer")
        const { data } = await api.post(
          `/store/companies/me/staff/${staff.id}`,
          { role: "admin", monthly_spending_limit: 2_000_000 },
          admin.headers
        )
        expect(data.staff).toMatchObject({ id: staff.id, role: "admin", monthly_spending_limit: 2_000_000 })
        const bad = await failure(
          api.post(`/store/companies/me/staff/${staff.id}`, { monthly_spending_limit: -1 }, admin.headers)
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/monthly_spending_limit/)
        expect((await companies().retrieveCompanyStaff(staff.id)).monthly_spending_limit).toBe(2_000_000)
      })

      it("keeps the last admin: neither removed nor made a buyer (409 naming role)", async () => {
        const { admin } = await companyWithAdmin()
        const removed = await failure(api.delete(`/store/companies/me/staff/${admin.staff_id}`, admin.headers))
        expect(removed.status).toBe(409)
        expect(removed.data.code).toBe("last_company_admin")
        expect(removed.data.message).toMatch(/^role/)
        const demoted = await failure(
          api.post(`/store/companies/me/staff/${admin.staff_id}`, { role: "buyer" }, admin.headers)
        )
        expect(demoted.status).toBe(409)
        expect((await companies().retrieveCompanyStaff(admin.staff_id)).role).toBe("admin")
      })

      it("removes a colleague, who leaves the wholesale group", async () => {
        const { company, admin } = await companyWithAdmin()
        const buyer = await customer()
        const staff = await addStaff(company.id, buyer, "buyer")
        const { status } = await api.delete(`/store/companies/me/staff/${staff.id}`, admin.headers)
        expect(status).toBe(200)
        expect(await companies().listCompanyStaffs({ id: staff.id })).toHaveLength(0)
        expect(await inGroup(buyer.id)).toBe(false)
        expect(await inGroup(admin.id)).toBe(true)
      })
    })

    describe("scoping", () => {
      it("answers 404 for another company's staff, invitation and approval, and changes nothing", async () => {
        const mine = await companyWithAdmin()
        const theirs = await companyWithAdmin(0)
        const theirBuyer = await customer()
        const theirStaff = await addStaff(theirs.company.id, theirBuyer, "buyer", 1_000)
        const { data: invited } = await api.post(
          "/store/companies/me/invites",
          { email: newEmail("mua") },
          theirs.admin.headers
        )
        const approval = await companies().createCompanyApprovals({
          company_id: theirs.company.id,
          cart_id: "cart_x",
          requested_by: theirBuyer.id,
          total: 100,
        })

        const attempts = [
          () =>
            api.post(`/store/companies/me/staff/${theirStaff.id}`, { monthly_spending_limit: 9 }, mine.admin.headers),
          () => api.delete(`/store/companies/me/staff/${theirStaff.id}`, mine.admin.headers),
          () => api.delete(`/store/companies/me/invites/${invited.invite.id}`, mine.admin.headers),
          () => api.post(`/store/companies/me/approvals/${approval.id}/approve`, {}, mine.admin.headers),
          () => api.post(`/store/companies/me/approvals/${approval.id}/reject`, {}, mine.admin.headers),
        ]
        for (const attempt of attempts) expect((await failure(attempt())).status).toBe(404)

        expect(await companies().retrieveCompanyStaff(theirStaff.id)).toMatchObject({ monthly_spending_limit: 1_000 })
        expect(await companies().listCompanyInvites({ id: invited.invite.id })).toHaveLength(1)
        expect((await companies().retrieveCompanyApproval(approval.id)).status).toBe("pending")
        const { data: listed } = await api.get("/store/companies/me/staff", mine.admin.headers)
        expect(listed.staff.map((s: any) => s.id)).toEqual([mine.admin.staff_id])
        const { data: approvals } = await api.get("/store/companies/me/approvals", mine.admin.headers)
        expect(approvals.approvals).toEqual([])
      })

      it("answers 404 to a consumer asking for company staff", async () => {
        const consumer = await customer()
        expect((await failure(api.get("/store/companies/me/staff", consumer.headers))).status).toBe(404)
      })
    })

    describe("limits at checkout", () => {
      /** A company buyer with two carts ready, and a monthly spending limit `limitOf` their totals. */
      async function buyerWithTwoCarts(limitOf: (first: number, second: number) => number) {
        const { company } = await companyWithAdmin()
        const buyer = await customer()
        const staff = await addStaff(company.id, buyer, "buyer")
        const first = await readyCart(buyer.headers, variants[0])
        const second = await readyCart(buyer.headers, variants[1])
        await companies().updateCompanyStaffs({
          id: staff.id,
          monthly_spending_limit: limitOf(first.total, second.total),
        })
        return { buyer, first, second }
      }

      it(
        "completes a first order within the monthly limit and refuses a second that passes it, ordering nothing",
        async () => {
          const { buyer, first, second } = await buyerWithTwoCarts((a, b) => a + Math.floor(b / 2))

          expect((await complete(first.cartId, buyer.headers)).status).toBe(201)
          const ordersAfterFirst = await ordersOf(buyer.id)
          const refused = await complete(second.cartId, buyer.headers)
          expect(refused.status).toBe(400)
          expect(refused.data.code).toBe("spending_limit_exceeded")
          expect(refused.data.message).toMatch(/^total/)
          expect(await ordersOf(buyer.id)).toHaveLength(ordersAfterFirst.length)
          const { data } = await api.get(`/store/carts/${second.cartId}?fields=completed_at`, buyer.headers)
          expect(data.cart.completed_at).toBeNull()
        },
        CHECKOUT_MS
      )

      it(
        "lets only one of two checkouts placed at once pass when together they pass the monthly limit",
        async () => {
          const { buyer, first, second } = await buyerWithTwoCarts(
            (a, b) => Math.max(a, b) + Math.floor(Math.min(a, b) / 2)
          )

          // The company's lock makes the second wait for the first's order before it reads what was spent.
          const answers = await Promise.all([
            complete(first.cartId, buyer.headers),
            complete(second.cartId, buyer.headers),
          ])
          expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400])
          expect(answers.find((answer) => answer.status === 400)!.data.code).toBe("spending_limit_exceeded")
        },
        CHECKOUT_MS
      )

      it(
        "refuses a buyer's cart above the threshold until an admin approves it, then completes it",
        async () => {
          const { company, admin } = await companyWithAdmin(0)
          const buyer = await customer()
          await addStaff(company.id, buyer, "buyer")
          const { cartId, total } = await readyCart(buyer.headers, variants[0])

          const refused = await complete(cartId, buyer.headers)
          expect(refused.status).toBe(400)
          expect(refused.data.code).toBe("approval_required")
          expect(await ordersOf(buyer.id)).toHaveLength(0)

          const asked = await api.post(`/store/carts/${cartId}/approval`, {}, buyer.headers)
          expect(asked.status).toBe(201)
          expect(asked.data.approval).toMatchObject({ cart_id: cartId, total, status: "pending" })
          const twice = await failure(api.post(`/store/carts/${cartId}/approval`, {}, buyer.headers))
          expect(twice.status).toBe(409)
          expect((await complete(cartId, buyer.headers)).data.code).toBe("approval_required")

          const forbidden = await failure(api.get("/store/companies/me/approvals", buyer.headers))
          expect(forbidden.status).toBe(403)
          const { data } = await api.get("/store/companies/me/approvals", admin.headers)
          expect(data.approvals).toHaveLength(1)
          expect(data.approvals[0].cart.items).toHaveLength(1)
          expect(data.approvals[0].requester.email).toBe(buyer.email)

          const approved = await api.post(
            `/store/companies/me/approvals/${asked.data.approval.id}/approve`,
            { reason: "Đơn tuần" },
            admin.headers
          )
          expect(approved.data.approval).toMatchObject({ status: "approved", decided_by: admin.id })
          const again = await failure(
            api.post(`/store/companies/me/approvals/${asked.data.approval.id}/reject`, {}, admin.headers)
          )
          expect(again.status).toBe(409)

          expect((await complete(cartId, buyer.headers)).status).toBe(201)
          expect((await ordersOf(buyer.id)).length).toBeGreaterThan(0)
        },
        CHECKOUT_MS
      )

      it(
        "does not let an approval cover a cart that grew after it",
        async () => {
          const { company, admin } = await companyWithAdmin(0)
          const buyer = await customer()
          await addStaff(company.id, buyer, "buyer")
          const { cartId } = await readyCart(buyer.headers, variants[0])
          const asked = await api.post(`/store/carts/${cartId}/approval`, {}, buyer.headers)
          await api.post(`/store/companies/me/approvals/${asked.data.approval.id}/approve`, {}, admin.headers)

          const { data } = await api.get(`/store/carts/${cartId}?fields=*items`, buyer.headers)
          await api.post(`/store/carts/${cartId}/line-items/${data.cart.items[0].id}`, { quantity: 2 }, buyer.headers)
          // A changed cart drops its payment session; the checkout makes a new one.
          const {
            data: { payment_collection },
          } = await api.post("/store/payment-collections", { cart_id: cartId }, buyer.headers)
          await api.post(
            `/store/payment-collections/${payment_collection.id}/payment-sessions`,
            { provider_id: "pp_system_default" },
            buyer.headers
          )
          const refused = await complete(cartId, buyer.headers)
          expect(refused.status).toBe(400)
          expect(refused.data.code).toBe("approval_required")
          expect(await ordersOf(buyer.id)).toHaveLength(0)
        },
        CHECKOUT_MS
      )

      it(
        "lets an admin order above the threshold without approval, and refuses another customer's cart approval",
        async () => {
          const { admin } = await companyWithAdmin(0)
          const { cartId } = await readyCart(admin.headers, variants[0])
          const stranger = await customer()
          expect((await failure(api.post(`/store/carts/${cartId}/approval`, {}, stranger.headers))).status).toBe(404)
          expect((await complete(cartId, admin.headers)).status).toBe(201)
        },
        CHECKOUT_MS
      )
    })
  },
})
