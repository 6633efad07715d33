import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setupMarketplace } from "../../../src/scripts/setup"
import { COMPANY_MODULE } from "../../../src/modules/company"
import type CompanyModuleService from "../../../src/modules/company/service"

type Headers = { headers: Record<string, string> }

// 21 products of 10 variants, BULK-000 … BULK-209, sold without stock tracking.
const PLAIN_SKUS = Array.from({ length: 210 }, (_, i) => `BULK-${String(i).padStart(3, "0")}`)
const CASE_SKU = "CASE-12x6" // wholesale from 12, in cases of 6
const STOCKED_SKU = "STOCK-5" // 5 in stock
const DRAFT_SKU = "DRAFT-1" // a product not published

const csv = (rows: string[][], delimiter = ",") =>
  ["sku,quantity".replace(",", delimiter), ...rows.map((row) => row.join(delimiter))].join("\n")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string
    let salesChannelId: string
    let buyer: Headers
    let buyerId: string
    let colleague: Headers
    let otherCompanyBuyer: Headers
    let consumer: Headers
    let consumerId: string
    let variantIdBySku: Map<string, string>

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const as = (token: string): Headers => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
    let serial = 0

    async function signedInCustomer(name: string) {
      const email = `${name}-${Date.now()}-${serial++}@example.vn`
      const password = "mat-khau-123"
      const {
        data: { token },
      } = await api.post("/auth/customer/emailpass/register", { email, password })
      const {
        data: { customer },
      } = await api.post("/store/customers", { email, first_name: "Lan", last_name: "Nguyễn" }, as(token))
      const { data } = await api.post("/auth/customer/emailpass", { email, password })
      return { headers: as(data.token), id: customer.id as string, email }
    }

    /** A verified company with this customer as its admin, in the wholesale group. */
    async function verifiedCompany(
      container: MedusaContainer,
      customer: { id: string; email: string },
      taxCode: string
    ) {
      const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
      const company = await companies.createCompanies({
        legal_name: `Siêu thị ${taxCode}`,
        tax_code: taxCode,
        buyer_type: "supermarket",
        phone: "0912345678",
        invoice_email: customer.email,
        invoice_street: "12 Trần Phú",
        invoice_province_code: "11",
        invoice_commune_code: "03127",
        status: "verified",
      } as any)
      await companies.createCompanyStaffs({
        customer_id: customer.id,
        email: customer.email,
        role: "admin",
        company_id: company.id,
      } as any)
      const { wholesaleGroupId } = await setupMarketplace(container)
      await container
        .resolve(Modules.CUSTOMER)
        .addCustomerToGroup({ customer_id: customer.id, customer_group_id: wholesaleGroupId })
      return company
    }

    async function addStaff(container: MedusaContainer, companyId: string, customer: { id: string; email: string }) {
      const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
      await companies.createCompanyStaffs({
        customer_id: customer.id,
        email: customer.email,
        company_id: companyId,
      } as any)
    }

    beforeAll(async () => {
      const container = getContainer()
      const setup = await setupMarketplace(container)
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      salesChannelId = setup.salesChannelId
      const product = (
        title: string,
        skus: string[],
        extra: Record<string, unknown> = {},
        status = ProductStatus.PUBLISHED
      ) => ({
        title,
        handle: `${title.toLowerCase().replace(/\s+/g, "-")}-${Date.now()}`,
        status,
        sales_channels: [{ id: salesChannelId }],
        options: [{ title: "Mã", values: skus }],
        variants: skus.map((sku) => ({
          title: sku,
          sku,
          manage_inventory: false,
          options: { Mã: sku },
          prices: [{ currency_code: "vnd", amount: 50000 }],
          ...extra,
        })),
      })
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            ...Array.from({ length: 21 }, (_, i) =>
              product(`Trà shan tuyết ${i}`, PLAIN_SKUS.slice(i * 10, i * 10 + 10))
            ),
            product("Mật ong thùng", [CASE_SKU], { metadata: { wholesale_min_quantity: 12, case_pack: 6 } }),
            product("Miến dong kho", [STOCKED_SKU], { manage_inventory: true }),
            product("Sản phẩm nháp", [DRAFT_SKU], {}, ProductStatus.DRAFT),
          ],
        },
      })
      variantIdBySku = new Map(result.flatMap((p) => p.variants.map((v) => [v.sku!, v.id] as [string, string])))
      const {
        data: [stocked],
      } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variantIdBySku.get(STOCKED_SKU)! },
      })
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: [
            {
              inventory_item_id: (stocked as any).inventory_items[0].inventory_item_id,
              location_id: setup.stockLocationId,
              stocked_quantity: 5,
            },
          ],
        },
      })

      const admin = await signedInCustomer("buyer")
      const company = await verifiedCompany(container, admin, "0100109106")
      buyer = admin.headers
      buyerId = admin.id
      const mate = await signedInCustomer("colleague")
      await addStaff(container, company.id, mate)
      colleague = mate.headers
      const other = await signedInCustomer("other-buyer")
      await verifiedCompany(container, other, "0101243150")
      otherCompanyBuyer = other.headers
      const plain = await signedInCustomer("consumer")
      consumer = plain.headers
      consumerId = plain.id
    }, 360_000)

    const newCart = async (who: Headers) =>
      (await api.post("/store/carts", { region_id: regionId }, who)).data.cart.id as string
    const cartLines = async (cartId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "cart", fields: ["items.variant_id", "items.quantity"], filters: { id: cartId } })
      return new Map(((data[0] as any).items ?? []).map((i: any) => [i.variant_id, Number(i.quantity)]))
    }
    const upload = (cartId: string, file: string, who: Headers = buyer) =>
      api.post(`/store/carts/${cartId}/bulk-lines`, { file }, who)

    describe("POST /store/carts/:id/bulk-lines", () => {
      it("takes a verified buyer's 150 units of a line, as the cart does: the consumer's 99 does not apply", async () => {
        const cartId = await newCart(buyer)
        const { status, data } = await upload(cartId, csv([["BULK-150", "150"]]))
        expect(status).toBe(200)
        expect(data.errors).toEqual([])
        expect((await cartLines(cartId)).get(variantIdBySku.get("BULK-150"))).toBe(150)
      })

      it("adds 200 good rows at once and gives each of 5 bad rows its reason", async () => {
        const cartId = await newCart(buyer)
        const good = PLAIN_SKUS.slice(0, 200).map((sku) => [sku, "2"])
        const bad = [
          ["NO-SUCH-SKU", "3"],
          [CASE_SKU, "6"],
          [STOCKED_SKU, "6"],
          [DRAFT_SKU, "1"],
          ["BULK-209", "1.5"],
        ]
        const rows = [...good.slice(0, 100), ...bad, ...good.slice(100)]
        const { status, data } = await upload(cartId, csv(rows))
        expect(status).toBe(200)
        expect(data.added).toHaveLength(200)
        expect(data.added[0]).toEqual({
          row: 2,
          sku: "BULK-000",
          variant_id: variantIdBySku.get("BULK-000"),
          quantity: 2,
        })
        expect(data.errors.map((e: any) => [e.row, e.sku, e.code])).toEqual([
          [102, "NO-SUCH-SKU", "unknown_sku"],
          [103, CASE_SKU, "below_minimum"],
          [104, STOCKED_SKU, "over_stock"],
          [105, DRAFT_SKU, "not_wholesale"],
          [106, "BULK-209", "invalid_quantity"],
        ])
        expect(data.errors[1].message).toBe(`quantity: at least 12 of ${CASE_SKU} per order`)
        expect(data.errors[2].message).toBe(`quantity: only 5 of ${STOCKED_SKU} left`)
        expect(data.errors.map((e: any) => e.limit)).toEqual([undefined, 12, 5, undefined, undefined])
        const lines = await cartLines(cartId)
        expect(lines.size).toBe(200)
        expect(PLAIN_SKUS.slice(0, 200).every((sku) => lines.get(variantIdBySku.get(sku)!) === 2)).toBe(true)
      })

      it("reads a BOM and semicolons, counts the cart's line toward the case pack, and refuses a duplicate", async () => {
        const cartId = await newCart(buyer)
        await upload(cartId, csv([[CASE_SKU, "12"]]))
        const file =
          "\uFEFF" +
          csv(
            [
              [CASE_SKU, "4"],
              ["BULK-001", "3"],
              ["BULK-001", "1"],
              [STOCKED_SKU, "5"],
            ],
            ";"
          )
        const { data } = await upload(cartId, file)
        expect(data.added.map((line: any) => [line.row, line.sku, line.quantity])).toEqual([
          [3, "BULK-001", 3],
          [5, STOCKED_SKU, 5],
        ])
        expect(data.errors.map((e: any) => [e.row, e.code])).toEqual([
          [2, "not_case_multiple"],
          [4, "duplicate_sku"],
        ])
        const lines = await cartLines(cartId)
        expect(lines.get(variantIdBySku.get(CASE_SKU)!)).toBe(12)
        expect(lines.get(variantIdBySku.get("BULK-001")!)).toBe(3)
      })

      it("never echoes a formula cell unescaped", async () => {
        const cartId = await newCart(buyer)
        const { data } = await upload(
          cartId,
          csv([
            ["\"=cmd|' /C calc'!A0\"", "1"],
            ["@SUM(A1)", "1"],
          ])
        )
        expect(data.errors.map((e: any) => e.sku)).toEqual(["'=cmd|' /C calc'!A0", "'@SUM(A1)"])
        expect(JSON.stringify(data)).not.toMatch(/[^']=cmd|[^']@SUM/)
        expect(data.added).toEqual([])
      })

      it("refuses a file that is not CSV, or has 10,000 rows, naming file, and leaves the cart as it was", async () => {
        const cartId = await newCart(buyer)
        await upload(cartId, csv([["BULK-005", "2"]]))
        const before = await cartLines(cartId)
        const binary = await failure(upload(cartId, "\u0089PNG\r\n\u001a\n\u0001\u0002IHDR\u00ff\u00fe"))
        expect(binary.status).toBe(400)
        expect(binary.data.message).toMatch(/^file: /)
        expect(binary.data.code).toBe("bulk_file_invalid")
        const headerless = await failure(upload(cartId, "BULK-006,2\nBULK-007,2"))
        expect(headerless.status).toBe(400)
        expect(headerless.data.message).toMatch(/^file: /)
        const huge = await failure(
          upload(cartId, csv(Array.from({ length: 10_000 }, (_, i) => [PLAIN_SKUS[i % 200], "1"])))
        )
        expect(huge.status).toBe(400)
        expect(huge.data).toMatchObject({
          code: "bulk_too_many_rows",
          message: "file: has 10000 rows; at most 1000 at a time",
        })
        expect(await cartLines(cartId)).toEqual(before)
      })

      it("answers 404 for another customer's cart and 403 to a customer without a verified company, adding nothing", async () => {
        const othersCart = await newCart(otherCompanyBuyer)
        const stranger = await failure(upload(othersCart, csv([["BULK-010", "2"]])))
        expect(stranger.status).toBe(404)
        const consumerCart = await newCart(consumer)
        const notBuyer = await failure(upload(consumerCart, csv([["BULK-010", "2"]]), consumer))
        expect(notBuyer.status).toBe(403)
        expect(notBuyer.data.code).toBe("not_wholesale_buyer")
        expect((await cartLines(othersCart)).size).toBe(0)
        expect((await cartLines(consumerCart)).size).toBe(0)
      })
    })

    describe("GET /store/wholesale/variants", () => {
      it("finds at most 10 published variants by SKU prefix, with their wholesale terms", async () => {
        const { data } = await api.get("/store/wholesale/variants?q=bulk-0", store)
        expect(data.variants).toHaveLength(10)
        expect(data.variants[0]).toMatchObject({ sku: "BULK-000", min_quantity: 1, case_pack: 1 })
        const { data: byCase } = await api.get(`/store/wholesale/variants?q=${CASE_SKU}`, store)
        expect(byCase.variants).toEqual([
          expect.objectContaining({ sku: CASE_SKU, product_title: "Mật ong thùng", min_quantity: 12, case_pack: 6 }),
        ])
        const { data: draft } = await api.get(`/store/wholesale/variants?q=${DRAFT_SKU}`, store)
        expect(draft.variants).toEqual([])
      })

      it("finds variants by product title and refuses an empty search", async () => {
        const { data } = await api.get(`/store/wholesale/variants?q=${encodeURIComponent("miến dong")}`, store)
        expect(data.variants.map((v: any) => v.sku)).toEqual([STOCKED_SKU])
        expect((await failure(api.get("/store/wholesale/variants?q=", store))).status).toBe(400)
      })
    })

    describe("purchase lists", () => {
      const lists = "/store/companies/me/purchase-lists"

      it("saves a cart as a list that a colleague sees and adds to a new cart with the upload's checks", async () => {
        const cartId = await newCart(buyer)
        await upload(
          cartId,
          csv([
            ["BULK-020", "4"],
            ["BULK-021", "2"],
            [CASE_SKU, "18"],
          ])
        )
        const { status, data } = await api.post(lists, { name: "Đơn hàng tuần", cart_id: cartId }, buyer)
        expect(status).toBe(201)
        expect(data.purchase_list).toMatchObject({ name: "Đơn hàng tuần", created_by: buyerId })
        expect(data.purchase_list.items.map((i: any) => [i.sku, i.quantity]).sort()).toEqual([
          ["BULK-020", 4],
          ["BULK-021", 2],
          [CASE_SKU, 18],
        ])
        const { data: seen } = await api.get(lists, colleague)
        expect(seen.purchase_lists.map((l: any) => l.id)).toContain(data.purchase_list.id)

        const fresh = await newCart(colleague)
        const { data: answer } = await api.post(
          `${lists}/${data.purchase_list.id}/add-to-cart`,
          { cart_id: fresh },
          colleague
        )
        expect(answer.errors).toEqual([])
        expect(answer.added).toHaveLength(3)
        const lines = await cartLines(fresh)
        expect(lines.get(variantIdBySku.get(CASE_SKU)!)).toBe(18)
        expect(lines.get(variantIdBySku.get("BULK-020")!)).toBe(4)
      })

      it("refuses to save an empty cart, naming cart_id, and saves nothing", async () => {
        const cartId = await newCart(buyer)
        const { status, data } = await failure(api.post(lists, { name: "Trống", cart_id: cartId }, buyer))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^cart_id: /)
        expect(data.code).toBe("purchase_list_empty")
        const companies: CompanyModuleService = getContainer().resolve(COMPANY_MODULE)
        expect(await companies.listPurchaseLists({ name: "Trống" })).toHaveLength(0)
      })

      it("answers 404 for another company's list and another customer's cart, changing nothing", async () => {
        const cartId = await newCart(buyer)
        await upload(cartId, csv([["BULK-030", "1"]]))
        const {
          data: { purchase_list: list },
        } = await api.post(lists, { name: "Riêng", cart_id: cartId }, buyer)
        const theirCart = await newCart(otherCompanyBuyer)
        expect((await failure(api.get(`${lists}/${list.id}`, otherCompanyBuyer))).status).toBe(404)
        expect((await failure(api.delete(`${lists}/${list.id}`, otherCompanyBuyer))).status).toBe(404)
        const add = await failure(
          api.post(`${lists}/${list.id}/add-to-cart`, { cart_id: theirCart }, otherCompanyBuyer)
        )
        expect(add.status).toBe(404)
        const { data } = await api.get(lists, otherCompanyBuyer)
        expect(data.purchase_lists.map((l: any) => l.id)).not.toContain(list.id)
        const intoTheirs = await failure(api.post(`${lists}/${list.id}/add-to-cart`, { cart_id: theirCart }, buyer))
        expect(intoTheirs.status).toBe(404)
        const saveTheirs = await failure(api.post(lists, { name: "Của họ", cart_id: theirCart }, buyer))
        expect(saveTheirs.status).toBe(404)
        expect((await cartLines(theirCart)).size).toBe(0)
        expect((await api.get(`${lists}/${list.id}`, buyer)).data.purchase_list.items).toHaveLength(1)
      })

      it("deletes a list", async () => {
        const cartId = await newCart(buyer)
        await upload(cartId, csv([["BULK-040", "1"]]))
        const {
          data: { purchase_list: list },
        } = await api.post(lists, { name: "Xoá", cart_id: cartId }, buyer)
        const { data } = await api.delete(`${lists}/${list.id}`, colleague)
        expect(data).toEqual({ id: list.id, object: "purchase_list", deleted: true })
        expect((await failure(api.get(`${lists}/${list.id}`, buyer))).status).toBe(404)
      })
    })

    describe("POST /store/orders/:id/reorder", () => {
      const pastOrder = async (customerId: string, lines: [string, number][]) => {
        const order = await getContainer()
          .resolve(Modules.ORDER)
          .createOrders({
            customer_id: customerId,
            email: "lan@example.vn",
            currency_code: "vnd",
            region_id: regionId,
            sales_channel_id: salesChannelId,
            items: lines.map(([sku, quantity]) => ({
              title: sku,
              variant_id: variantIdBySku.get(sku)!,
              quantity,
              unit_price: 50000,
            })),
          })
        return order.id
      }

      it("adds the caller's past order to the cart with the same checks", async () => {
        const orderId = await pastOrder(buyerId, [
          ["BULK-050", 3],
          [CASE_SKU, 10],
        ])
        const cartId = await newCart(buyer)
        const { data } = await api.post(`/store/orders/${orderId}/reorder`, { cart_id: cartId }, buyer)
        expect(data.added.map((l: any) => [l.sku, l.quantity])).toEqual([["BULK-050", 3]])
        expect(data.errors.map((e: any) => [e.row, e.sku, e.code])).toEqual([[2, CASE_SKU, "below_minimum"]])
        expect(await cartLines(cartId)).toEqual(new Map([[variantIdBySku.get("BULK-050"), 3]]))
      })

      it("lets a consumer reorder without the wholesale minimums", async () => {
        const orderId = await pastOrder(consumerId, [[CASE_SKU, 1]])
        const cartId = await newCart(consumer)
        const { data } = await api.post(`/store/orders/${orderId}/reorder`, { cart_id: cartId }, consumer)
        expect(data).toMatchObject({ errors: [], added: [expect.objectContaining({ sku: CASE_SKU, quantity: 1 })] })
      })

      it("answers 404 for another customer's order or cart, adding nothing", async () => {
        const orderId = await pastOrder(consumerId, [["BULK-060", 1]])
        const cartId = await newCart(buyer)
        const theirs = await failure(api.post(`/store/orders/${orderId}/reorder`, { cart_id: cartId }, buyer))
        expect(theirs.status).toBe(404)
        const own = await pastOrder(buyerId, [["BULK-061", 1]])
        const consumerCart = await newCart(consumer)
        const intoTheirs = await failure(api.post(`/store/orders/${own}/reorder`, { cart_id: consumerCart }, buyer))
        expect(intoTheirs.status).toBe(404)
        expect((await cartLines(cartId)).size).toBe(0)
        expect((await cartLines(consumerCart)).size).toBe(0)
      })
    })
  },
})
