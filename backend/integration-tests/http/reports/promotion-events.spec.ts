import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import { PROMOTION_EVENT_IMPORT_MAX_ROWS } from "@ocop/shared"
import { productsShownAtEvents } from "../../../src/lib/report/promotion-events"
import { adminHeaders } from "../../utils/admin"
import { createTestExperience } from "../../utils/experiences"
import { setupSeededMarketplace } from "../../utils/marketplace"

type Headers = { headers: Record<string, string> }
type SeededProduct = {
  id: string
  handle: string
  title: string
  producer_id: string
  certificate_number: string
  province_code: string
  former_district: string
}

const EVENTS = "/admin/ocop/promotion-events"

const FAIR = {
  name: "Hội chợ OCOP Điện Biên 2026",
  kind: "fair",
  starts_on: "2026-03-05",
  ends_on: "2026-03-09",
  province_code: "11",
  place: "Quảng trường 7/5, phường Điện Biên Phủ",
  organiser: "Sở Nông nghiệp và Môi trường tỉnh Điện Biên",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    // Seeded products: two of Điện Biên's Mường Ảng district, two of another province.
    let muongAng: SeededProduct[]
    let elsewhere: SeededProduct[]
    // The storefront's POST /api/revalidate, as a stand-in that records the tags it is sent.
    const revalidated: string[] = []
    let storefront: http.Server

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      admin = await adminHeaders(api, getContainer())
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: [
          "id",
          "handle",
          "title",
          "producer.id",
          "ocop_certificates.certificate_number",
          "ocop_origin.province_code",
          "ocop_origin.former_district",
        ],
      })
      const products = (data as any[])
        .filter((p) => p.producer?.id && p.ocop_origin && p.ocop_certificates?.length)
        .map((p): SeededProduct => ({
          id: p.id,
          handle: p.handle,
          title: p.title,
          producer_id: p.producer.id,
          certificate_number: p.ocop_certificates[0].certificate_number,
          province_code: p.ocop_origin.province_code,
          former_district: p.ocop_origin.former_district,
        }))
      muongAng = products.filter((p) => p.province_code === "11" && p.former_district === "Huyện Mường Ảng")
      elsewhere = products.filter((p) => p.province_code !== "11")
      // Products of different producers, so that "records their producers" shows it is each product's own.
      muongAng = [...new Map(muongAng.map((p) => [p.producer_id, p])).values()]
      expect(muongAng.length).toBeGreaterThanOrEqual(2)
      expect(elsewhere.length).toBeGreaterThanOrEqual(2)

      storefront = http.createServer((request, response) => {
        let body = ""
        request.on("data", (chunk) => (body += chunk))
        request.on("end", () => {
          revalidated.push(body)
          response.end("{}")
        })
      })
      await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
      process.env.STOREFRONT_INTERNAL_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`
      process.env.REVALIDATE_SECRET = "promotion-events-test-secret"
    }, 360_000)

    afterAll(async () => {
      delete process.env.STOREFRONT_INTERNAL_URL
      delete process.env.REVALIDATE_SECRET
      storefront?.closeAllConnections()
      await new Promise((resolve) => (storefront ? storefront.close(resolve) : resolve(undefined)))
    })

    const answer = <T = any>(request: Promise<T>) => request.catch((e: any) => e.response)
    const createEvent = async (overrides: Record<string, unknown> = {}) => {
      const { status, data } = await answer(api.post(EVENTS, { ...FAIR, ...overrides }, admin))
      expect(status).toBe(201)
      return data.event as { id: string; products: any[] }
    }
    const addProducts = (eventId: string, productIds: string[]) =>
      answer(api.post(`${EVENTS}/${eventId}/products`, { product_ids: productIds }, admin))
    const importCsv = (eventId: string, file: string) =>
      answer(api.post(`${EVENTS}/${eventId}/products/import`, { file }, admin))
    const count = async (entity: "promotion_event" | "promotion_event_product") => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      return (await query.graph({ entity, fields: ["id"] })).data.length
    }

    describe("POST /admin/ocop/promotion-events and /:id", () => {
      it("records an event with its days, reads it back, edits it and deletes it", async () => {
        const created = await createEvent()
        expect(created).toMatchObject({ ...FAIR, products: [] })
        expect(created.id).toMatch(/^pevt_/)

        const { data: read } = await api.get(`${EVENTS}/${created.id}`, admin)
        expect(read.event).toMatchObject(FAIR)

        const { status, data: edited } = await api.post(
          `${EVENTS}/${created.id}`,
          { ends_on: "2026-03-10", organiser: "Trung tâm Xúc tiến thương mại", province_code: null },
          admin
        )
        expect(status).toBe(200)
        expect(edited.event).toMatchObject({
          starts_on: "2026-03-05",
          ends_on: "2026-03-10",
          organiser: "Trung tâm Xúc tiến thương mại",
          province_code: null,
        })

        const { data: deleted } = await api.delete(`${EVENTS}/${created.id}`, admin)
        expect(deleted).toEqual({ id: created.id, object: "promotion_event", deleted: true })
        expect((await answer(api.get(`${EVENTS}/${created.id}`, admin))).status).toBe(404)
      })

      it("lists the events overlapping a period, newest first, and those whose name contains q", async () => {
        const march = await createEvent()
        const may = await createEvent({
          name: "Triển lãm cà phê Buôn Ma Thuột",
          kind: "exhibition",
          starts_on: "2026-05-10",
          ends_on: "2026-05-12",
        })
        // Ends on the first day of the period: it overlaps.
        const february = await createEvent({ name: "Phiên chợ Tết", starts_on: "2026-02-20", ends_on: "2026-03-01" })

        const ids = async (query: string) =>
          (await api.get(`${EVENTS}?${query}`, admin)).data.events.map((e: { id: string }) => e.id)
        expect(await ids("from=2026-03-01&to=2026-03-31")).toEqual([march.id, february.id])
        expect(await ids("from=2026-01-01&to=2026-12-31")).toEqual([may.id, march.id, february.id])
        expect(await ids("from=2026-03-02&to=2026-03-04")).toEqual([])
        expect(await ids("q=c%C3%A0%20ph%C3%AA")).toEqual([may.id])
      })

      it.each([
        ["ends_on", { starts_on: "2026-03-09", ends_on: "2026-03-05" }],
        ["starts_on", { starts_on: "2026-02-30" }],
        ["starts_on", { starts_on: "5/3/2026" }],
        ["kind", { kind: "party" }],
        ["name", { name: "  " }],
        ["place", { place: undefined }],
        ["province_code", { province_code: "Điện Biên" }],
        ["province_code", { province_code: "99" }],
        ["id", { id: "pevt_mine" }],
      ])("refuses a bad %s with 400 naming it, recording nothing", async (field, overrides) => {
        const before = await count("promotion_event")
        const { status, data } = await answer(api.post(EVENTS, { ...FAIR, ...overrides }, admin))
        expect(status).toBe(400)
        expect(data.message).toMatch(new RegExp(`^${field}`))
        expect(await count("promotion_event")).toBe(before)
      })

      it("refuses an edit whose end falls before the stored start, changing nothing", async () => {
        const event = await createEvent()
        const { status, data } = await answer(
          api.post(`${EVENTS}/${event.id}`, { ends_on: "2026-03-01", name: "Đổi tên" }, admin)
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^ends_on: /)
        expect((await api.get(`${EVENTS}/${event.id}`, admin)).data.event).toMatchObject({
          name: FAIR.name,
          ends_on: FAIR.ends_on,
        })
      })

      it("answers 404 for an unknown event", async () => {
        expect((await answer(api.post(`${EVENTS}/pevt_unknown`, { name: "Mới" }, admin))).status).toBe(404)
        expect((await answer(api.delete(`${EVENTS}/pevt_unknown`, admin))).status).toBe(404)
      })
    })

    describe("POST /admin/ocop/promotion-events/:id/products", () => {
      it("records three products with each one's own producer, an experience's product too", async () => {
        const event = await createEvent()
        const experience = await createTestExperience(getContainer(), { sessions: [] })
        const chosen = [muongAng[0], muongAng[1], elsewhere[0]]
        const { status, data } = await addProducts(event.id, [...chosen.map((p) => p.id), experience.product_id])
        expect(status).toBe(200)
        expect(data.event.products).toHaveLength(4)
        for (const product of chosen) {
          expect(data.event.products).toContainEqual(
            expect.objectContaining({
              product_id: product.id,
              producer_id: product.producer_id,
              title: product.title,
              handle: product.handle,
              producer_name: expect.any(String),
            })
          )
        }
        expect(data.event.products).toContainEqual(
          expect.objectContaining({ product_id: experience.product_id, producer_id: experience.producer_id })
        )

        const service = getContainer().resolve("report") as any
        const stored = await service.listPromotionEventProducts({ event_id: event.id })
        expect(Object.fromEntries(stored.map((p: any) => [p.product_id, p.producer_id]))).toEqual(
          Object.fromEntries([
            ...chosen.map((p) => [p.id, p.producer_id]),
            [experience.product_id, experience.producer_id],
          ])
        )
      })

      it("keeps a product added twice once", async () => {
        const event = await createEvent()
        await addProducts(event.id, [muongAng[0].id])
        const { status, data } = await addProducts(event.id, [muongAng[0].id, muongAng[0].id, muongAng[1].id])
        expect(status).toBe(200)
        expect(data.event.products.map((p: any) => p.product_id).sort()).toEqual(
          [muongAng[0].id, muongAng[1].id].sort()
        )
      })

      it.each([
        ["product_ids", { product_ids: [] }],
        ["product_ids", { product_ids: "prod_1" }],
        ["producer_id", { product_ids: ["x"], producer_id: "prod_x" }],
      ])("refuses a bad body (%s) with 400 naming it", async (field, body) => {
        const event = await createEvent()
        const { status, data } = await answer(api.post(`${EVENTS}/${event.id}/products`, body, admin))
        expect(status).toBe(400)
        expect(data.message).toMatch(new RegExp(`^${field}`))
      })

      it("refuses the whole list when one id is not a product, adding none", async () => {
        const event = await createEvent()
        const before = await count("promotion_event_product")
        const { status, data } = await addProducts(event.id, [muongAng[0].id, "prod_01UNKNOWN"])
        expect(status).toBe(400)
        expect(data.message).toMatch(/^product_ids: .*prod_01UNKNOWN/)
        expect(await count("promotion_event_product")).toBe(before)
      })

      it("answers 404 for an unknown event", async () => {
        expect((await addProducts("pevt_unknown", [muongAng[0].id])).status).toBe(404)
      })

      it("tells the storefront that product pages changed", async () => {
        const event = await createEvent()
        await new Promise((resolve) => setTimeout(resolve, 300))
        revalidated.length = 0
        // Quiet without a change, so the call below comes from the products added.
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        expect(revalidated).toEqual([])
        expect((await addProducts(event.id, [muongAng[0].id])).status).toBe(200)
        await vi.waitFor(() => expect(revalidated).toContainEqual(expect.stringContaining('"catalogue"')), {
          timeout: 5_000,
          interval: 50,
        })
      })
    })

    describe("DELETE /admin/ocop/promotion-events/:id/products/:product_id", () => {
      it("takes one product off the list, and answers 404 for one not on it", async () => {
        const event = await createEvent()
        await addProducts(event.id, [muongAng[0].id, muongAng[1].id])
        const { status, data } = await api.delete(`${EVENTS}/${event.id}/products/${muongAng[0].id}`, admin)
        expect(status).toBe(200)
        expect(data.event.products.map((p: any) => p.product_id)).toEqual([muongAng[1].id])
        const again = await answer(api.delete(`${EVENTS}/${event.id}/products/${muongAng[0].id}`, admin))
        expect(again.status).toBe(404)
        // Taken off, it may be added again.
        expect((await addProducts(event.id, [muongAng[0].id])).data.event.products).toHaveLength(2)
      })
    })

    describe("POST /admin/ocop/promotion-events/:id/products/import", () => {
      it("adds the good rows and answers every other row with its number and reason", async () => {
        const event = await createEvent()
        await addProducts(event.id, [elsewhere[1].id])
        const file = [
          "Mã sản phẩm;Chủ thể",
          `${muongAng[0].handle.toUpperCase()};HTX (as the organiser wrote it)`,
          `${muongAng[1].certificate_number};`,
          "khong-co-san-pham;Ai đó",
          `${muongAng[0].handle};`,
          "",
          `;Không mã`,
          `${elsewhere[1].handle}`,
        ].join("\r\n")
        const { status, data } = await importCsv(event.id, file)
        expect(status).toBe(200)
        expect(data).toMatchObject({ added: 2, refused: 4 })
        expect(data.rows.map((r: any) => [r.row, r.status, r.reason, r.product_id])).toEqual([
          [2, "added", null, muongAng[0].id],
          [3, "added", null, muongAng[1].id],
          [4, "refused", "unknown_code", null],
          [5, "refused", "duplicate", muongAng[0].id],
          [7, "refused", "missing_code", null],
          [8, "refused", "already_added", elsewhere[1].id],
        ])
        expect(data.rows[0]).toMatchObject({
          producer_name: "HTX (as the organiser wrote it)",
          producer_id: muongAng[0].producer_id,
        })
        expect(data.event.products.map((p: any) => p.product_id).sort()).toEqual(
          [muongAng[0].id, muongAng[1].id, elsewhere[1].id].sort()
        )
      })

      it.each([
        ["a wrong header", "sku,quantity\nabc,1"],
        ["no rows", "product_code,producer_name\n"],
        ["too many rows", `product_code\n${"abc\n".repeat(PROMOTION_EVENT_IMPORT_MAX_ROWS + 1)}`],
        ["broken quoting", 'product_code,producer_name\n"abc,HTX'],
      ])("refuses a file with %s with 400 naming file, adding nothing", async (_, file) => {
        const event = await createEvent()
        const before = await count("promotion_event_product")
        const { status, data } = await importCsv(event.id, file)
        expect(status).toBe(400)
        expect(data.message).toMatch(/^file: /)
        expect(await count("promotion_event_product")).toBe(before)
      })

      it("answers 404 for an unknown event", async () => {
        expect((await importCsv("pevt_unknown", `product_code\n${muongAng[0].handle}`)).status).toBe(404)
      })
    })

    describe("productsShownAtEvents", () => {
      it("counts each product once over the events overlapping the period, kept to the scope of its origin", async () => {
        const [a, b] = muongAng
        const [c, d] = elsewhere
        // From 27 Feb to 2 Mar: counts for March.
        const turnOfMonth = await createEvent({ starts_on: "2026-02-27", ends_on: "2026-03-02" })
        const may = await createEvent({ starts_on: "2026-05-10", ends_on: "2026-05-12" })
        const deleted = await createEvent({ starts_on: "2026-03-15", ends_on: "2026-03-16" })
        await addProducts(turnOfMonth.id, [a.id, c.id])
        await addProducts(may.id, [a.id, b.id])
        await addProducts(deleted.id, [d.id])
        await api.delete(`${EVENTS}/${deleted.id}`, admin)

        const shown = (filter: Parameters<typeof productsShownAtEvents>[1]) =>
          productsShownAtEvents(getContainer(), filter).then((ids) => ids.sort())
        expect(await shown({ from: "2026-03-01", to: "2026-03-31" })).toEqual([a.id, c.id].sort())
        expect(await shown({ from: "2026-03-01", to: "2026-03-31", province_code: "11" })).toEqual([a.id])
        expect(await shown({ from: "2026-01-01", to: "2026-12-31" })).toEqual([a.id, b.id, c.id].sort())
        expect(await shown({ from: "2026-01-01", to: "2026-12-31", district: "Huyện Mường Ảng" })).toEqual(
          [a.id, b.id].sort()
        )
        expect(await shown({ from: "2026-03-03", to: "2026-05-09" })).toEqual([])
        expect(await shown({ from: "2026-05-12", to: "2026-05-12", province_code: c.province_code })).toEqual([])
      })
    })

    describe("GET /admin/ocop/promotion-events/export.xlsx", () => {
      it("writes the events and their participants, with a cover sheet, Vietnamese headers and a total", async () => {
        const fair = await createEvent()
        await createEvent({
          name: '=HYPERLINK("x")',
          kind: "trade_connection",
          starts_on: "2026-04-01",
          ends_on: "2026-04-01",
        })
        await createEvent({ name: "Ngoài kỳ", starts_on: "2025-04-01", ends_on: "2025-04-02" })
        await addProducts(fair.id, [muongAng[0].id, muongAng[1].id])

        const response = await api.get(`${EVENTS}/export.xlsx?from=2026-01-01&to=2026-12-31`, {
          ...admin,
          responseType: "arraybuffer",
        })
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toMatch(/spreadsheetml/)
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(Buffer.from(response.data) as never)
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Thông tin", "Sự kiện", "Sản phẩm tham gia"])

        const events = workbook.getWorksheet("Sự kiện")!
        expect(events.getRow(1).values).toEqual([
          undefined,
          "Tên sự kiện",
          "Loại",
          "Từ ngày",
          "Đến ngày",
          "Tỉnh, thành phố",
          "Địa điểm",
          "Đơn vị tổ chức",
          "Số sản phẩm tham gia",
        ])
        expect(events.views[0]).toMatchObject({ state: "frozen", ySplit: 1 })
        expect(events.getRow(2).getCell(1).value).toBe(FAIR.name)
        expect(events.getRow(2).getCell(2).value).toBe("Hội chợ")
        expect(events.getRow(2).getCell(3).value).toBe("05/03/2026")
        expect(events.getRow(2).getCell(5).value).toBe("Điện Biên")
        expect(events.getRow(2).getCell(8).value).toBe(2)
        // Text that would run as a formula stays a text cell.
        expect(events.getRow(3).getCell(1).type).toBe(ExcelJS.ValueType.String)
        expect(events.getRow(3).getCell(1).value).toBe('=HYPERLINK("x")')
        const totals = events.getRow(4)
        expect([1, 2, 8].map((cell) => totals.getCell(cell).value)).toEqual(["Tổng cộng", null, 2])
        expect(totals.font?.bold).toBe(true)
        expect(events.getRow(2).getCell(8).numFmt).toBe("#,##0")

        const participants = workbook.getWorksheet("Sản phẩm tham gia")!
        expect(participants.getRow(1).values).toEqual([
          undefined,
          "Sự kiện",
          "Từ ngày",
          "Đến ngày",
          "Mã sản phẩm",
          "Sản phẩm",
          "Chủ thể OCOP",
        ])
        expect(participants.rowCount).toBe(3)
        expect([2, 3].map((row) => participants.getRow(row).getCell(4).value).sort()).toEqual(
          [muongAng[0].handle, muongAng[1].handle].sort()
        )

        const cover = workbook.getWorksheet("Thông tin")!
        expect(cover.getRow(2).values).toEqual([undefined, "Kỳ báo cáo", "01/01/2026 – 31/12/2026"])
      })

      it.each([
        ["to", "from=2026-03-01&to=2026-02-01"],
        ["to", "from=2010-01-01&to=2026-12-31"],
        ["from", "to=2026-12-31"],
        ["from", "from=2026-13-01&to=2026-12-31"],
      ])("refuses a bad period with 400 naming %s", async (field, query) => {
        const { status, data } = await answer(api.get(`${EVENTS}/export.xlsx?${query}`, admin))
        expect(status).toBe(400)
        expect(data.message).toMatch(new RegExp(`^${field}`))
      })
    })

    describe("GET /store/ocop/products/:id/promotion-events", () => {
      it("names the three newest events a product was shown at", async () => {
        const product = muongAng[0]
        const names = ["Tháng 1", "Tháng 4", "Tháng 2", "Tháng 6"]
        const days = ["2026-01-10", "2026-04-10", "2026-02-10", "2026-06-10"]
        for (const [i, name] of names.entries()) {
          const event = await createEvent({ name, starts_on: days[i], ends_on: days[i] })
          await addProducts(event.id, [product.id])
        }
        const { status, data } = await api.get(`/store/ocop/products/${product.id}/promotion-events`, store)
        expect(status).toBe(200)
        expect(data.events.map((e: any) => [e.name, e.starts_on, e.kind])).toEqual([
          ["Tháng 6", "2026-06-10", "fair"],
          ["Tháng 4", "2026-04-10", "fair"],
          ["Tháng 2", "2026-02-10", "fair"],
        ])
        const none = await api.get(`/store/ocop/products/${muongAng[1].id}/promotion-events`, store)
        expect(none.data).toEqual({ events: [] })
      })
    })
  },
})
