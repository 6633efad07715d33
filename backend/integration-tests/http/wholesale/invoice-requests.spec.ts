import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import { INVOICE_REQUEST_KEY } from "@ocop/shared"
import { COMPANY_MODULE } from "../../../src/modules/company"
import type CompanyModuleService from "../../../src/modules/company/service"
import { readyCart, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signInSeededProducer } from "../../utils/producer-orders"

type Headers = { headers: Record<string, string> }

const REQUEST = {
  legal_name: "Công ty TNHH Thực phẩm An Phú",
  tax_code: "0100109106",
  invoice_email: "ketoan@anphu.vn",
  invoice_street: "45 Lê Lợi",
  invoice_province_code: "11",
  invoice_commune_code: "03127",
}
// A spreadsheet would run this as a formula if the export wrote it as one.
const FORMULA_NAME = '=HYPERLINK("http://evil.example","Bấm vào đây")'
const DECREE_COLUMNS = [
  "Số đơn hàng",
  "Ngày đặt hàng",
  "Tên người mua (đơn vị)",
  "Mã số thuế / Số định danh",
  "Địa chỉ",
  "Email nhận hóa đơn",
  "Tên hàng hóa, dịch vụ",
  "Đơn vị tính",
  "Số lượng",
  "Đơn giá (VND, gồm VAT)",
  "Thành tiền (VND, gồm VAT)",
  "Tổng cộng đơn hàng (VND)",
  "Hình thức thanh toán",
]

const failure = (request: Promise<unknown>) =>
  request.then(
    () => {
      throw new Error("expected the request to fail")
    },
    (error) => error.response as { status: number; data: { message: string; code?: string } }
  )

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string
    let first: StockedVariant
    let second: StockedVariant
    let firstProducer: Headers
    let secondProducer: Headers
    // The runner snapshots the database after this hook and restores it before every test, so the
    // checkouts the tests read are made here, once.
    let orders: Map<string, string>
    let companyId: string
    let requestOrders: Map<string, string>
    let formulaOrder: string

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      ;[first, second] = await stockedVariantPerProducer(getContainer())
      firstProducer = await signInSeededProducer(api, getContainer(), first.producer_id)
      secondProducer = await signInSeededProducer(api, getContainer(), second.producer_id)

      const { headers, company } = await companyBuyer("verified", "0100109106")
      companyId = company.id
      const wholesale = await readyCart(api, headers, regionId, [first, second], "pp_system_default")
      orders = await complete(wholesale.cartId, headers)

      const consumer = await readyCart(api, store, regionId, [first, second], "pp_system_default")
      await api.post(`/store/carts/${consumer.cartId}/invoice-request`, REQUEST, store)
      requestOrders = await complete(consumer.cartId, store)

      const formula = await readyCart(api, store, regionId, [first], "pp_system_default")
      await api.post(`/store/carts/${formula.cartId}/invoice-request`, { ...REQUEST, legal_name: FORMULA_NAME }, store)
      formulaOrder = (await complete(formula.cartId, store)).get(first.producer_id)!
    }, 900_000)

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const companies = (): CompanyModuleService => getContainer().resolve(COMPANY_MODULE)

    /** A signed-in customer's headers (with the store's key). */
    async function customer(email: string): Promise<Headers & { id: string }> {
      const {
        data: { token },
      } = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-123" })
      const { data: created } = await api.post(
        "/store/customers",
        { email },
        { headers: { ...store.headers, authorization: `Bearer ${token}` } }
      )
      const { data } = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-123" })
      return { headers: { ...store.headers, authorization: `Bearer ${data.token}` }, id: created.customer.id }
    }

    /** A customer who buys for a company with this status. */
    async function companyBuyer(status: "verified" | "pending", taxCode: string) {
      const buyer = await customer(`buyer-${taxCode}-${Date.now()}@example.vn`)
      const company = await companies().createCompanies({
        legal_name: `Siêu thị Mường Thanh ${taxCode}`,
        tax_code: taxCode,
        household_business: false,
        buyer_type: "supermarket",
        phone: "0912345678",
        invoice_email: "hoadon@muongthanh.vn",
        invoice_street: "8 Võ Nguyên Giáp",
        invoice_province_code: "11",
        invoice_commune_code: "03127",
        status,
      })
      await companies().createCompanyStaffs({
        company_id: company.id,
        customer_id: buyer.id,
        email: "buyer@muongthanh.vn",
        role: "admin",
      })
      return { headers: buyer, company }
    }

    /** Completes a cart; returns its producer orders' ids by producer. */
    async function complete(cartId: string, headers: Headers) {
      const { data } = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)
      return new Map<string, string>(data.order_group.orders.map((o: any) => [o.producer.id, o.id]))
    }

    async function metadataOf(orderIds: string[]) {
      const { data } = await query().graph({ entity: "order", fields: ["id", "metadata"], filters: { id: orderIds } })
      return new Map(data.map((o: any) => [o.id as string, (o.metadata ?? {}) as Record<string, any>]))
    }

    async function cartMetadata(cartId: string) {
      const {
        data: [cart],
      } = await query().graph({ entity: "cart", fields: ["metadata"], filters: { id: cartId } })
      return (cart.metadata ?? {}) as Record<string, unknown>
    }

    describe("the checkout of a verified company's buyer", () => {
      it("puts the company's invoice data on every producer order, with the place names as text", async () => {
        const metadata = await metadataOf([...orders.values()])
        expect(metadata.size).toBe(2)
        for (const order of metadata.values()) {
          expect(order.invoice_buyer).toEqual({
            source: "company",
            company_id: companyId,
            legal_name: "Siêu thị Mường Thanh 0100109106",
            tax_code: "0100109106",
            household_business: false,
            buyer_type: "supermarket",
            email: "hoadon@muongthanh.vn",
            street: "8 Võ Nguyên Giáp",
            commune: "Phường Điện Biên Phủ",
            province: "Điện Biên",
            province_code: "11",
            commune_code: "03127",
          })
        }
      })

      it("keeps the invoice data as it was when the company changes afterwards", async () => {
        await companies().updateCompanies({ id: companyId, legal_name: "Tên mới", invoice_street: "1 Đường mới" })
        const metadata = await metadataOf([...orders.values()])
        for (const order of metadata.values()) {
          expect(order.invoice_buyer).toMatchObject({
            legal_name: "Siêu thị Mường Thanh 0100109106",
            street: "8 Võ Nguyên Giáp",
          })
        }
        const { data } = await api.get(`/producer/orders/${orders.get(first.producer_id)}`, firstProducer)
        expect(data.order.invoice_buyer).toMatchObject({ legal_name: "Siêu thị Mường Thanh 0100109106" })
      })

      it("shows the producer the request in its invoice requests", async () => {
        const { data } = await api.get("/producer/invoice-requests", firstProducer)
        expect(data.orders.map((o: any) => o.id)).toContain(orders.get(first.producer_id))
        expect(data.orders.map((o: any) => o.id)).not.toContain(orders.get(second.producer_id))
      })
    })

    describe("POST /store/carts/:id/invoice-request", () => {
      it("refuses a bad tax code with 400 naming tax_code, and changes nothing", { timeout: 180_000 }, async () => {
        const { cartId } = await readyCart(api, store, regionId, [first], "pp_system_default")
        const { status, data } = await failure(
          api.post(`/store/carts/${cartId}/invoice-request`, { ...REQUEST, tax_code: "0100109107" }, store)
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^tax_code/)
        expect(data.code).toBe("invalid_tax_code")
        expect((await cartMetadata(cartId))[INVOICE_REQUEST_KEY] ?? null).toBeNull()
      })

      it("refuses a commune outside the province with 400, and changes nothing", { timeout: 180_000 }, async () => {
        const { cartId } = await readyCart(api, store, regionId, [first], "pp_system_default")
        const { status, data } = await failure(
          api.post(`/store/carts/${cartId}/invoice-request`, { ...REQUEST, invoice_province_code: "01" }, store)
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^invoice_request\.commune_code/)
        expect((await cartMetadata(cartId))[INVOICE_REQUEST_KEY] ?? null).toBeNull()
      })

      it("refuses a verified company's buyer, who is invoiced to the company", async () => {
        const { headers } = await companyBuyer("verified", "0100109106-001")
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId }, headers)
        const { status, data } = await failure(api.post(`/store/carts/${cart.id}/invoice-request`, REQUEST, headers))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^invoice_request/)
        const { data: shown } = await api.get(`/store/carts/${cart.id}/invoice-request`, headers)
        expect(shown.invoice_buyer).toMatchObject({ source: "company", tax_code: "0100109106-001" })
      })

      it("takes a request from the buyer of a company not verified yet, who buys as a consumer", async () => {
        const { headers } = await companyBuyer("pending", "0100109106-002")
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId }, headers)
        const { data } = await api.post(`/store/carts/${cart.id}/invoice-request`, REQUEST, headers)
        expect(data.invoice_buyer).toMatchObject({ source: "request", tax_code: REQUEST.tax_code })
        expect((await cartMetadata(cart.id))[INVOICE_REQUEST_KEY]).toEqual(REQUEST)
        const { data: withdrawn } = await api.delete(`/store/carts/${cart.id}/invoice-request`, headers)
        expect(withdrawn.invoice_buyer).toBeNull()
        expect(await cartMetadata(cart.id)).not.toHaveProperty(INVOICE_REQUEST_KEY)
      })

      it("answers 404 to another customer's cart, and changes nothing", async () => {
        const owner = await customer(`owner-${Date.now()}@example.vn`)
        const other = await customer(`other-${Date.now()}@example.vn`)
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId }, owner)
        const { status } = await failure(api.post(`/store/carts/${cart.id}/invoice-request`, REQUEST, other))
        expect(status).toBe(404)
        expect((await cartMetadata(cart.id))[INVOICE_REQUEST_KEY] ?? null).toBeNull()
      })

      it(
        "carries a consumer's request onto every producer order; a withdrawn one is not carried",
        { timeout: 240_000 },
        async () => {
          const metadata = await metadataOf([...requestOrders.values()])
          expect(metadata.size).toBe(2)
          for (const order of metadata.values()) {
            expect(order.invoice_buyer).toMatchObject({
              source: "request",
              company_id: null,
              legal_name: REQUEST.legal_name,
              tax_code: REQUEST.tax_code,
              email: REQUEST.invoice_email,
              street: REQUEST.invoice_street,
              province: "Điện Biên",
            })
          }

          const withdrawn = await readyCart(api, store, regionId, [first], "pp_system_default")
          const { data } = await api.post(`/store/carts/${withdrawn.cartId}/invoice-request`, REQUEST, store)
          expect(data.invoice_buyer).toMatchObject({ source: "request", legal_name: REQUEST.legal_name })
          const { data: after } = await api.delete(`/store/carts/${withdrawn.cartId}/invoice-request`, store)
          expect(after.invoice_buyer).toBeNull()
          const plain = (await complete(withdrawn.cartId, store)).get(first.producer_id)!
          const plainMetadata = (await metadataOf([plain])).get(plain)
          expect(plainMetadata).toMatchObject({ cart_id: withdrawn.cartId })
          expect(plainMetadata?.invoice_buyer).toBeUndefined()
        }
      )

      it("takes a household business owner's personal id as tax code", { timeout: 180_000 }, async () => {
        const { cartId } = await readyCart(api, store, regionId, [first], "pp_system_default")
        const { data } = await api.post(
          `/store/carts/${cartId}/invoice-request`,
          { ...REQUEST, tax_code: "011085012345" },
          store
        )
        expect(data.invoice_buyer).toMatchObject({ tax_code: "011085012345", household_business: true })
      })
    })

    describe("GET /producer/invoice-requests/export", () => {
      it("writes the Decree's buyer and goods fields to XLSX, a formula-looking name as plain text", async () => {
        const response = await api.get("/producer/invoice-requests/export?format=xlsx", {
          ...firstProducer,
          responseType: "arraybuffer",
        })
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toContain("spreadsheetml")
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(Buffer.from(response.data))
        const sheet = workbook.worksheets[0]
        expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(DECREE_COLUMNS)
        const { data: view } = await api.get(`/producer/orders/${formulaOrder}`, firstProducer)
        const rows: ExcelJS.Row[] = []
        sheet.eachRow((row, n) => {
          if (n > 1 && row.getCell(1).value === String(view.order.display_id)) rows.push(row)
        })
        expect(rows.length).toBeGreaterThanOrEqual(1)
        const [row] = rows
        expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String)
        expect(row.getCell(3).value).toBe(FORMULA_NAME)
        expect(row.getCell(3).formula).toBeUndefined()
        expect(row.getCell(4).value).toBe(REQUEST.tax_code)
        expect(row.getCell(5).value).toBe("45 Lê Lợi, Phường Điện Biên Phủ, Điện Biên")
        expect(row.getCell(6).value).toBe(REQUEST.invoice_email)
        expect(row.getCell(7).value).toBe(view.order.items[0].title)
        expect(row.getCell(9).value).toBe(view.order.items[0].quantity)
        expect(row.getCell(10).value).toBe(view.order.items[0].unit_price)
        expect(row.getCell(11).value).toBe(view.order.items[0].total)
        expect(row.getCell(12).value).toBe(view.order.total)
        expect(row.getCell(13).value).toBe("Tiền mặt khi nhận hàng (COD)")
      })

      it("writes CSV in UTF-8 with a BOM, a formula-looking name escaped with '", async () => {
        const response = await api.get("/producer/invoice-requests/export?format=csv", {
          ...firstProducer,
          responseType: "arraybuffer",
        })
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toContain("text/csv")
        const bytes = Buffer.from(response.data)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const rows: string[][] = parse(bytes, { bom: true })
        expect(rows[0]).toEqual(DECREE_COLUMNS)
        const names = rows.slice(1).map((row) => row[2])
        expect(names).toContain(`'${FORMULA_NAME}`)
        expect(names).not.toContain(FORMULA_NAME)
        expect(rows.slice(1).every((row) => row.length === DECREE_COLUMNS.length)).toBe(true)
      })

      it("shows another producer none of it", async () => {
        const { data } = await api.get("/producer/invoice-requests", secondProducer)
        expect(data.orders.map((o: any) => o.id)).not.toContain(formulaOrder)
        const csv = await api.get("/producer/invoice-requests/export?format=csv", {
          ...secondProducer,
          responseType: "arraybuffer",
        })
        expect(Buffer.from(csv.data).toString("utf8")).not.toContain("HYPERLINK")
        const { status } = await failure(api.get(`/producer/orders/${formulaOrder}`, secondProducer))
        expect(status).toBe(404)
      })
    })

    describe("GET /producer/invoice-requests", () => {
      it("lists only orders with invoice data, newest first, a page at a time", async () => {
        const { data } = await api.get("/producer/invoice-requests?limit=2", firstProducer)
        expect(data.count).toBeGreaterThanOrEqual(3)
        expect(data.orders).toHaveLength(2)
        expect(data.orders.every((o: any) => o.invoice_buyer)).toBe(true)
        const dates = data.orders.map((o: any) => new Date(o.created_at).getTime())
        expect(dates[0]).toBeGreaterThanOrEqual(dates[1])
        const { data: next } = await api.get("/producer/invoice-requests?limit=2&offset=2", firstProducer)
        expect(next.orders.map((o: any) => o.id)).not.toContain(data.orders[0].id)
      })

      it("filters by the day the order was placed, in Việt Nam", async () => {
        const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())
        const { data: todays } = await api.get(`/producer/invoice-requests?from=${today}&to=${today}`, firstProducer)
        expect(todays.count).toBeGreaterThanOrEqual(3)
        const { data: before } = await api.get("/producer/invoice-requests?to=2020-01-01", firstProducer)
        expect(before.count).toBe(0)
        const export_ = await api.get(`/producer/invoice-requests/export?format=csv&to=2020-01-01`, firstProducer)
        expect(parse(export_.data, { bom: true })).toHaveLength(1)
      })

      it("refuses a range that ends before it starts, naming to", async () => {
        const { status, data } = await failure(
          api.get("/producer/invoice-requests?from=2025-02-01&to=2025-01-01", firstProducer)
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^to/)
      })

      it("refuses an unknown export format, naming format", async () => {
        const { status, data } = await failure(api.get("/producer/invoice-requests/export?format=pdf", firstProducer))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^format/)
      })
    })
  },
})
