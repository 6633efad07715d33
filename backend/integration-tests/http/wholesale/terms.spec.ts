import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICE_REFERENCE_PREFIX, TERMS_PROVIDER_ID } from "@ocop/shared"
import ExcelJS from "exceljs"
import { COMPANY_MODULE } from "../../../src/modules/company"
import type CompanyModuleService from "../../../src/modules/company/service"
import { LEDGER_MODULE } from "../../../src/modules/ledger"
import type LedgerModuleService from "../../../src/modules/ledger/service"
import { makeReference } from "../../../src/modules/payment-vietqr/reference"
import { adminHeaders } from "../../utils/admin"
import { BUYER_ADDRESS, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signInSeededProducer } from "../../utils/producer-orders"
import { freshTaxCode } from "../../utils/producer-portal"

type Headers = { headers: Record<string, string> }
const DAY_MS = 24 * 60 * 60 * 1000
const BANK_TRANSFER = "pp_vietqr_vietqr"

// Read by medusa-config.ts when the runner boots the app: bank transfers need a collection account.
process.env.VIETQR_BANK_BIN = "970436"
process.env.VIETQR_ACCOUNT_NUMBER = "0071000123456"
process.env.VIETQR_ACCOUNT_NAME = "CHO OCOP TEST"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string
    let first: StockedVariant
    let second: StockedVariant

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      ;[first, second] = await stockedVariantPerProducer(getContainer())
    }, 360_000)

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const companies = () => getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
    const ledger = () => getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    let serial = 0

    /** A signed-in customer; with `company`, staff of a new company with these terms. */
    async function buyer(company?: { status?: string; net_terms_days?: number; credit_limit?: number }) {
      serial += 1
      const email = `terms-${Date.now()}-${serial}@example.vn`
      const password = "mat-khau-123"
      const {
        data: { token },
      } = await api.post("/auth/customer/emailpass/register", { email, password })
      const auth = { headers: { ...store.headers, authorization: `Bearer ${token}` } }
      const {
        data: { customer },
      } = await api.post("/store/customers", { email, first_name: "Lan", last_name: "Nguyễn" }, auth)
      const { data } = await api.post("/auth/customer/emailpass", { email, password })
      const headers = { headers: { ...store.headers, authorization: `Bearer ${data.token}` } }
      if (!company) return { headers, customerId: customer.id as string, companyId: "" }
      const created = await companies().createCompanies({
        legal_name: `Công ty TNHH Thử ${serial}`,
        tax_code: freshTaxCode(),
        buyer_type: "supermarket",
        phone: "0912345678",
        invoice_email: email,
        invoice_street: "12 Trần Phú",
        invoice_province_code: "11",
        invoice_commune_code: "03127",
        status: "verified",
        net_terms_days: 30,
        credit_limit: 100_000_000,
        ...company,
      } as never)
      await companies().createCompanyStaffs({
        company_id: created.id,
        customer_id: customer.id,
        email,
        role: "admin",
      } as never)
      return { headers, customerId: customer.id as string, companyId: created.id as string }
    }

    /**
     * The buyer's cart with one unit of each variant, delivery chosen and a payment session with `providerId`.
     * Lines and address come with the cart's creation (held to the same checks as adding them later):
     * every cart change refreshes the whole cart.
     */
    async function readyCart(headers: Headers, items: StockedVariant[], providerId = TERMS_PROVIDER_ID) {
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          items: items.map((item) => ({ variant_id: item.variant_id, quantity: 1 })),
          shipping_address: BUYER_ADDRESS,
          billing_address: BUYER_ADDRESS,
        },
        headers
      )
      const {
        data: { shipping_options },
      } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
      for (const item of items) {
        const option = shipping_options.find(
          (o: any) => o.data?.producer_id === item.producer_id && o.type?.code === "standard"
        )
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, headers)
      }
      const {
        data: { payment_collection },
      } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: providerId },
        headers
      )
      const {
        data: { cart: ready },
      } = await api.get(`/store/carts/${cart.id}?fields=total`, headers)
      return { cartId: cart.id as string, total: Number(ready.total) }
    }

    const complete = (headers: Headers, cartId: string) =>
      failure(api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers))

    const ordersOf = async (customerId: string) =>
      (await query().graph({ entity: "order", fields: ["id"], filters: { customer_id: customerId } })).data.length

    /** The company's invoices once the checkout's subscriber has written them. */
    async function invoicesOf(companyId: string, count: number) {
      return vi.waitFor(
        async () => {
          const invoices = await ledger().listInvoices({ company_id: companyId }, { order: { issued_at: "ASC" } })
          if (invoices.length < count) throw new Error(`${invoices.length} of ${count} invoices so far`)
          return invoices
        },
        { timeout: 15_000, interval: 100 }
      )
    }

    /** An invoice written directly, due `daysAgo` days before now (null: not delivered yet). */
    const invoiceDue = (companyId: string, amount: number, daysAgo: number | null, producerId = first.producer_id) =>
      ledger().createInvoices({
        company_id: companyId,
        order_id: `order_test_${Date.now()}_${serial++}`,
        parent_order_id: `order_parent_${serial}`,
        producer_id: producerId,
        reference: makeReference(INVOICE_REFERENCE_PREFIX),
        amount,
        issued_at: new Date(Date.now() - 100 * DAY_MS),
        due_at: daysAgo === null ? null : new Date(Date.now() - daysAgo * DAY_MS),
      })

    describe("paying on terms", () => {
      it("refuses terms to a consumer and to an unverified company, ordering nothing", async () => {
        for (const who of [await buyer(), await buyer({ status: "pending" }), await buyer({ net_terms_days: 0 })]) {
          const { cartId } = await readyCart(who.headers, [first])
          const refused = await complete(who.headers, cartId)
          expect(refused.status).toBe(400)
          expect(refused.data.code).toBe("terms_not_allowed")
          expect(refused.data.message).toMatch(/^payment:/)
          expect(await ordersOf(who.customerId)).toBe(0)
        }
      })

      it("accepts an order that takes the balance exactly to the credit limit, and refuses one đồng above", async () => {
        const who = await buyer({ credit_limit: 0 })
        const { cartId, total } = await readyCart(who.headers, [first, second])
        await companies().updateCompanies({ id: who.companyId, credit_limit: total } as never)
        const placed = await complete(who.headers, cartId)
        expect(placed.status).toBe(201)

        // One invoice per producer order, for that order's total, due once delivered.
        const invoices = await invoicesOf(who.companyId, 2)
        const orders = placed.data.order_group.orders
        expect(invoices.map((i) => i.order_id).sort()).toEqual(orders.map((o: any) => o.id).sort())
        expect(invoices.reduce((sum, i) => sum + Number(i.amount), 0)).toBe(total)
        expect(invoices.every((i) => i.status === "open" && i.due_at === null && i.reference.startsWith("HD"))).toBe(
          true
        )

        const next = await readyCart(who.headers, [first])
        await companies().updateCompanies({ id: who.companyId, credit_limit: total + next.total - 1 } as never)
        const refused = await complete(who.headers, next.cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("credit_limit_exceeded")
        expect(refused.data.message).toMatch(/^total:/)
        expect(await ordersOf(who.customerId)).toBe(1 + orders.length)

        await companies().updateCompanies({ id: who.companyId, credit_limit: total + next.total } as never)
        expect((await complete(who.headers, next.cartId)).status).toBe(201)
      })

      it("counts a checkout on terms against the limit before its invoices are written", async () => {
        const who = await buyer({ credit_limit: 0 })
        const a = await readyCart(who.headers, [first])
        const b = await readyCart(who.headers, [first])
        await companies().updateCompanies({ id: who.companyId, credit_limit: a.total + b.total - 1 } as never)
        // Both at once: the company's lock lets only one pass the check.
        const answers = await Promise.all([complete(who.headers, a.cartId), complete(who.headers, b.cartId)])
        expect(answers.map((r) => r.status).sort()).toEqual([201, 400])
        expect(answers.find((r) => r.status === 400).data.code).toBe("credit_limit_exceeded")
      })

      it("blocks terms while an invoice is overdue, but not a bank transfer", async () => {
        const who = await buyer({})
        await invoiceDue(who.companyId, 10_000, 1)
        const onTerms = await readyCart(who.headers, [first])
        const refused = await complete(who.headers, onTerms.cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("overdue_balance")
        expect(await ordersOf(who.customerId)).toBe(0)

        const byTransfer = await readyCart(who.headers, [first], BANK_TRANSFER)
        expect((await complete(who.headers, byTransfer.cartId)).status).toBe(201)
        // A bank-transfer checkout writes no invoice.
        await new Promise((r) => setTimeout(r, 500))
        expect(await ledger().listInvoices({ company_id: who.companyId })).toHaveLength(1)
      })

      it("an invoice due today is not overdue yet", async () => {
        const who = await buyer({})
        await invoiceDue(who.companyId, 10_000, 0)
        const { cartId } = await readyCart(who.headers, [first])
        expect((await complete(who.headers, cartId)).status).toBe(201)
      })
    })

    describe("invoices follow their producer order", () => {
      it("falls due net_terms_days after delivery; a cancelled order's invoice is cancelled", async () => {
        const who = await buyer({ net_terms_days: 45 })
        const producer = await signInSeededProducer(api, getContainer(), first.producer_id)
        const placed = (await complete(who.headers, (await readyCart(who.headers, [first])).cartId)).data.order_group
        const cancelled = (await complete(who.headers, (await readyCart(who.headers, [first])).cartId)).data.order_group
        await invoicesOf(who.companyId, 2)
        const [order] = placed.orders
        await api.post(`/producer/orders/${order.id}/pack`, {}, producer)
        await api.post(`/producer/orders/${order.id}/ship`, { carrier: "GHN", tracking_number: "GHN7788" }, producer)
        await api.post(`/producer/orders/${order.id}/deliver`, {}, producer)
        await api.post(`/producer/orders/${cancelled.orders[0].id}/cancel`, { reason: "Hết hàng" }, producer)

        const {
          data: [delivered],
        } = await query().graph({ entity: "order", fields: ["fulfillments.delivered_at"], filters: { id: order.id } })
        const deliveredAt = new Date((delivered as any).fulfillments[0].delivered_at).getTime()
        await vi.waitFor(
          async () => {
            const [invoice] = await ledger().listInvoices({ order_id: order.id })
            expect(invoice.due_at && new Date(invoice.due_at).getTime()).toBe(deliveredAt + 45 * DAY_MS)
            const [gone] = await ledger().listInvoices({ order_id: cancelled.orders[0].id })
            expect(gone.status).toBe("cancelled")
          },
          { timeout: 15_000, interval: 100 }
        )

        // The producer sees what the company owes it; the cancelled invoice owes nothing.
        const { data } = await api.get("/producer/receivables", producer)
        const mine = data.invoices.filter((i: any) => i.company_id === who.companyId)
        expect(mine.map((i: any) => [i.order_id, i.status, i.outstanding]).sort()).toEqual(
          [
            [order.id, "open", Number(order.total)],
            [cancelled.orders[0].id, "cancelled", 0],
          ].sort()
        )
        expect(data.invoices.every((i: any) => i.producer_id === first.producer_id)).toBe(true)
      })
    })

    describe("GET /store/companies/me/ledger", () => {
      it("puts open invoices in their ageing bucket at the edges, by Vietnam's calendar", async () => {
        const who = await buyer({})
        const edges: [number | null, string][] = [
          [null, "current"],
          [0, "current"],
          [1, "1_30"],
          [30, "1_30"],
          [31, "31_60"],
          [60, "31_60"],
          [61, "61_90"],
          [90, "61_90"],
          [91, "over_90"],
        ]
        for (const [i, [days]] of edges.entries()) await invoiceDue(who.companyId, 1_000 * (i + 1), days)
        const paid = await invoiceDue(who.companyId, 5_000_000, 200)
        await ledger().updateInvoices({ id: paid.id, status: "paid", paid_amount: 5_000_000 })

        const { status, data } = await api.get("/store/companies/me/ledger", who.headers)
        expect(status).toBe(200)
        const byAmount = new Map(data.invoices.map((i: any) => [i.amount, i.bucket]))
        expect(edges.map((_, i) => byAmount.get(1_000 * (i + 1)))).toEqual(edges.map(([, bucket]) => bucket))
        expect(byAmount.get(5_000_000)).toBeNull()
        expect(data.summary).toMatchObject({
          current: 3_000,
          "1_30": 7_000,
          "31_60": 11_000,
          "61_90": 15_000,
          over_90: 9_000,
          open: 45_000,
          overdue: 42_000,
        })
        expect(data.terms).toEqual({
          eligible: true,
          net_terms_days: 30,
          credit_limit: 100_000_000,
          available: 100_000_000 - 45_000,
        })
      })

      it("shows only the company's own invoices: another company's is 404, and a consumer has no ledger", async () => {
        const mine = await buyer({})
        const theirs = await buyer({})
        const own = await invoiceDue(mine.companyId, 7_000, 3)
        const other = await invoiceDue(theirs.companyId, 9_000, 3)

        const { data } = await api.get("/store/companies/me/ledger", mine.headers)
        expect(data.invoices.map((i: any) => i.id)).toEqual([own.id])
        expect((await api.get(`/store/companies/me/ledger/invoices/${own.id}`, mine.headers)).data.invoice.id).toBe(
          own.id
        )
        const hidden = await failure(api.get(`/store/companies/me/ledger/invoices/${other.id}`, mine.headers))
        expect(hidden.status).toBe(404)

        const consumer = await buyer()
        expect((await failure(api.get("/store/companies/me/ledger", consumer.headers))).status).toBe(404)
        expect((await failure(api.get("/store/companies/me/ledger", store))).status).toBe(401)
      })

      it("exports the ledger as XLSX with a row per invoice and names kept as text", async () => {
        const who = await buyer({})
        await companies().updateCompanies({ id: who.companyId, legal_name: '=HYPERLINK("http://x")' } as never)
        const a = await invoiceDue(who.companyId, 1_250_000, 5)
        const b = await invoiceDue(who.companyId, 300_000, null)
        const response = await api.get("/store/companies/me/ledger/export", {
          ...who.headers,
          responseType: "arraybuffer",
        })
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toMatch(/spreadsheetml/)
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(Buffer.from(response.data) as never)
        const sheet = workbook.worksheets[0]
        expect(sheet.rowCount).toBe(3)
        const references = [sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value].sort()
        expect(references).toEqual([a.reference, b.reference].sort())
        const name = sheet.getRow(2).getCell(3)
        expect(name.type).toBe(ExcelJS.ValueType.String)
        expect(name.value).toBe('=HYPERLINK("http://x")')
      })
    })

    describe("admin ledger and bank statements", () => {
      it("a statement line quoting an invoice reference pays it, in parts, and only once", async () => {
        const who = await buyer({})
        const placed = (await complete(who.headers, (await readyCart(who.headers, [first])).cartId)).data.order_group
        const [invoice] = await invoicesOf(who.companyId, 1)
        const amount = Number(invoice.amount)
        const csv = [
          "Ngày giao dịch;Số tiền ghi có;Nội dung",
          `01/03/2026;${amount - 1000};CONG TY THU tra ${invoice.reference}`,
          `02/03/2026;1000;${invoice.reference.toLowerCase()} dot 2`,
        ].join("\n")
        const admin = await adminHeaders(api, getContainer())
        const { status, data } = await api.post("/admin/ocop/bank-statements", { csv }, admin)
        expect(status).toBe(200)
        expect(data.invoice_payments.map((p: any) => [p.line, p.amount, p.settles])).toEqual([
          [2, amount - 1000, false],
          [3, 1000, true],
        ])
        expect(data.mismatches).toEqual([])
        const [paid] = await ledger().listInvoices({ id: invoice.id })
        expect([paid.status, Number(paid.paid_amount)]).toEqual(["paid", amount])
        // The checkout's terms payment is captured for the paid invoice.
        const { data: groupView } = await api.get(`/store/ocop/order-groups/${placed.id}`, who.headers)
        expect(groupView.order_group.payment_status).toBe("captured")

        const { data: again } = await api.post("/admin/ocop/bank-statements", { csv }, admin)
        expect(again.invoice_payments).toEqual([])
        expect(again.mismatches.map((m: any) => m.reason)).toEqual(["already_paid", "already_paid"])
        expect(await ledger().listInvoicePayments({ invoice_id: invoice.id } as never)).toHaveLength(2)
      })

      it("a paid invoice shows its producer's order paid in the portal, and no other order of the checkout", async () => {
        const who = await buyer({})
        await complete(who.headers, (await readyCart(who.headers, [first, second])).cartId)
        // The larger invoice is paid: its captured amount would cover the smaller order too.
        const [larger, smaller] = (await invoicesOf(who.companyId, 2)).sort(
          (a, b) => Number(b.amount) - Number(a.amount)
        )
        const csv = [
          "Ngày giao dịch;Số tiền ghi có;Nội dung",
          `01/03/2026;${larger.amount};TT ${larger.reference}`,
        ].join("\n")
        await api.post("/admin/ocop/bank-statements", { csv }, await adminHeaders(api, getContainer()))

        const orderIn = async (invoice: { order_id: string; producer_id: string }) => {
          const producer = await signInSeededProducer(api, getContainer(), invoice.producer_id)
          return (await api.get(`/producer/orders/${invoice.order_id}`, producer)).data.order
        }
        expect(await orderIn(larger)).toMatchObject({ payment_method: "terms", payment_status: "captured" })
        expect(await orderIn(smaller)).toMatchObject({ payment_method: "terms", payment_status: "authorized" })
      })

      it("lists each company's ageing and exports it", async () => {
        const who = await buyer({})
        await invoiceDue(who.companyId, 40_000, 45)
        await invoiceDue(who.companyId, 2_000, null)
        const admin = await adminHeaders(api, getContainer())
        const { status, data } = await api.get(`/admin/ledger?company_id=${who.companyId}`, admin)
        expect(status).toBe(200)
        expect(data.companies).toEqual([
          expect.objectContaining({
            company_id: who.companyId,
            open: 42_000,
            overdue: 40_000,
            "31_60": 40_000,
            current: 2_000,
          }),
        ])
        const overdueOnly = (await api.get("/admin/ledger?overdue_only=true", admin)).data
        expect(overdueOnly.companies.every((c: any) => c.overdue > 0)).toBe(true)
        const bad = await failure(api.get("/admin/ledger?overdue_only=maybe", admin))
        expect(bad.status).toBe(400)

        const file = await api.get(`/admin/ledger/export?company_id=${who.companyId}`, {
          ...admin,
          responseType: "arraybuffer",
        })
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(Buffer.from(file.data) as never)
        expect(workbook.worksheets[0].rowCount).toBe(3)
      })
    })
  },
})
