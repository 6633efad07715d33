import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import ExcelJS from "exceljs"
import { vietnamDate } from "@ocop/shared"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { REPORT_MODULE } from "../../../src/modules/report"
import type ReportModuleService from "../../../src/modules/report/service"
import { replaySalesFacts } from "../../../src/workflows/report/replay-sales-facts"
import { adminHeaders } from "../../utils/admin"
import { readyCart, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signInSeededProducer } from "../../utils/producer-orders"

process.env.VIETQR_BANK_BIN = "970436"
process.env.VIETQR_ACCOUNT_NUMBER = "0071000123456"
process.env.VIETQR_ACCOUNT_NAME = "CHO OCOP TEST"

type Headers = { headers: Record<string, string> }
type Fact = {
  source_key: string
  kind: string
  day: string
  order_id: string
  line_item_id: string
  amount: number
  quantity: number
  channel: string
  legal_form: string | null
  producer_id: string
}

const DAY_MS = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let first: StockedVariant
    let second: StockedVariant
    let firstProducer: Headers
    const today = vietnamDate(new Date())

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      ;[first, second] = await stockedVariantPerProducer(getContainer())
      firstProducer = await signInSeededProducer(api, getContainer(), first.producer_id)
      admin = await adminHeaders(api, getContainer())
    }, 360_000)

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any

    async function checkout(items: StockedVariant[], providerId = "pp_system_default") {
      const { cartId } = await readyCart(api, store, regionId, items, providerId)
      const { data } = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, store)
      const group = data.order_group
      const orderOf = (item: StockedVariant) => group.orders.find((o: any) => o.producer.id === item.producer_id)
      return { group, mine: orderOf(items[0]), theirs: items[1] ? orderOf(items[1]) : undefined }
    }

    const factsOf = async (orderIds: string[]): Promise<Fact[]> => {
      const rows = await getContainer()
        .resolve<ReportModuleService>(REPORT_MODULE)
        .listSalesFacts({ order_id: orderIds }, { take: null, order: { source_key: "ASC" } })
      return rows.map((row) => ({ ...(row as unknown as Fact), amount: Number(row.amount) }))
    }

    /** The facts of the orders once `ready` holds for them (subscribers run after the request answers). */
    const factsWhen = (orderIds: string[], ready: (facts: Fact[]) => boolean) =>
      vi.waitFor(
        async () => {
          const facts = await factsOf(orderIds)
          if (!ready(facts)) throw new Error(`facts not recorded yet: ${facts.map((f) => f.source_key).join(", ")}`)
          return facts
        },
        { timeout: 15_000, interval: 200 }
      )

    const linesOf = async (orderId: string) => {
      const {
        data: [order],
      } = await query().graph({
        entity: "order",
        fields: ["id", "total", "items.*", "items.adjustments.*", "items.tax_lines.*", "items.total"],
        filters: { id: orderId },
      })
      return (order.items ?? []).map((item: any) => ({
        id: item.id,
        total: Number(item.total),
        quantity: Number(item.quantity),
      }))
    }

    const sum = (facts: { amount: number }[]) => facts.reduce((total, fact) => total + fact.amount, 0)

    describe("recording sales facts", () => {
      it("records one placed fact per line of each producer order, with the line's total, on the day of the sale", async () => {
        const { mine, theirs } = await checkout([first, second])
        const facts = await factsWhen([mine.id, theirs.id], (f) => f.length === 2)
        const [line] = await linesOf(mine.id)
        const [producer] = await getContainer()
          .resolve<ProducerModuleService>(PRODUCER_MODULE)
          .listProducers({ id: first.producer_id })
        expect(facts.find((f) => f.order_id === mine.id)).toMatchObject({
          source_key: `placed:${line.id}`,
          kind: "placed",
          day: today,
          producer_id: first.producer_id,
          channel: "retail_online",
          quantity: 1,
          amount: line.total,
          legal_form: producer.legal_form,
        })
        expect(facts.find((f) => f.order_id === theirs.id)).toMatchObject({
          kind: "placed",
          producer_id: second.producer_id,
        })
      })

      it("nets a cancelled order to zero: a placed and a cancelled fact on the day of the cancellation", async () => {
        const { mine } = await checkout([first])
        await factsWhen([mine.id], (f) => f.length === 1)
        const { status } = await api.post(`/producer/orders/${mine.id}/cancel`, { reason: "Hết hàng" }, firstProducer)
        expect(status).toBe(200)
        const facts = await factsWhen([mine.id], (f) => f.some((fact) => fact.kind === "cancelled"))
        const [line] = await linesOf(mine.id)
        expect(facts.map((f) => [f.kind, f.day, f.quantity, f.amount])).toEqual([
          ["cancelled", today, -1, -line.total],
          ["placed", today, 1, line.total],
        ])
        expect(sum(facts)).toBe(0)
      })

      it("counts a refund on the day it was made, spread over the checkout's lines; replaying twice changes nothing", async () => {
        const { group, mine, theirs } = await checkout([first, second], "pp_vietqr_vietqr")
        await factsWhen([mine.id, theirs.id], (f) => f.length === 2)
        // The checkout was placed two days ago: its facts are dropped and the nightly replay finds it again.
        const placedAt = new Date(Date.now() - 2 * DAY_MS)
        await pg().raw(`update "order" set created_at = ? where id in (?, ?, ?)`, [
          placedAt,
          mine.id,
          theirs.id,
          group.parent_order_id,
        ])
        await pg().raw(`update order_group set created_at = ? where id = ?`, [placedAt, group.id])
        await pg().raw(`delete from sales_fact where order_id in (?, ?)`, [mine.id, theirs.id])
        await replaySalesFacts(getContainer(), { from: new Date(Date.now() - 3 * DAY_MS), to: new Date() })
        const placed = await factsOf([mine.id, theirs.id])
        expect(placed.map((f) => f.day)).toEqual([vietnamDate(placedAt), vietnamDate(placedAt)])

        const {
          data: [parent],
        } = await query().graph({
          entity: "order",
          fields: ["payment_collections.payments.id", "payment_collections.payments.amount"],
          filters: { id: group.parent_order_id },
        })
        const payment = (parent as any).payment_collections[0].payments[0]
        await capturePaymentWorkflow(getContainer()).run({
          input: { payment_id: payment.id, amount: Number(payment.amount) },
        })
        await refundPaymentWorkflow(getContainer()).run({ input: { payment_id: payment.id, amount: 50_001 } })
        const facts = await factsWhen([mine.id, theirs.id], (f) => f.filter((x) => x.kind === "refunded").length === 2)
        const refunded = facts.filter((f) => f.kind === "refunded")
        expect(refunded.map((f) => f.day)).toEqual([today, today])
        expect(sum(refunded)).toBe(-50_001)
        const lines = [...(await linesOf(mine.id)), ...(await linesOf(theirs.id))]
        const total = lines.reduce((s, l) => s + l.total, 0)
        for (const fact of refunded) {
          const line = lines.find((l) => l.id === fact.line_item_id)!
          expect(Math.abs(-fact.amount - (50_001 * line.total) / total)).toBeLessThan(1)
        }

        const before = await factsOf([mine.id, theirs.id])
        const again = await replaySalesFacts(getContainer(), {
          from: new Date(Date.now() - 3 * DAY_MS),
          to: new Date(),
        })
        const third = await replaySalesFacts(getContainer(), {
          from: new Date(Date.now() - 3 * DAY_MS),
          to: new Date(),
        })
        expect([again.written, third.written]).toEqual([0, 0])
        expect(await factsOf([mine.id, theirs.id])).toEqual(before)
      })

      it("keeps a producer's legal form at the time of a sale after the producer changes it", async () => {
        const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
        const [producer] = await producers.listProducers({ id: first.producer_id })
        const { mine: before } = await checkout([first])
        await factsWhen([before.id], (f) => f.length === 1)
        const changed = producer.legal_form === "cooperative" ? "enterprise" : "cooperative"
        await producers.updateProducers({ id: first.producer_id, legal_form: changed })
        try {
          const { mine: after } = await checkout([first])
          await factsWhen([after.id], (f) => f.length === 1)
          await replaySalesFacts(getContainer(), {
            from: new Date(Date.now() - DAY_MS),
            to: new Date(Date.now() + 1000),
          })
          expect((await factsOf([before.id])).map((f) => f.legal_form)).toEqual([producer.legal_form])
          expect((await factsOf([after.id])).map((f) => f.legal_form)).toEqual([changed])
        } finally {
          await producers.updateProducers({ id: first.producer_id, legal_form: producer.legal_form })
        }
      })
    })

    /** The sum of every fact of today, straight from the table. */
    const factSum = async (producerId?: string) => {
      const { rows } = await pg().raw(
        `select coalesce(sum(amount), 0)::bigint as amount, coalesce(sum(quantity), 0)::bigint as quantity
           from sales_fact where deleted_at is null and day = ? ${producerId ? "and producer_id = ?" : ""}`,
        producerId ? [today, producerId] : [today]
      )
      return { amount: Number(rows[0].amount), quantity: Number(rows[0].quantity) }
    }

    const workbookOf = async (data: ArrayBuffer) => {
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Buffer.from(data) as never)
      return workbook
    }

    describe("GET /admin/ocop/reports/sales.xlsx", () => {
      it("answers a cover and a sheet per grouping, with Vietnamese headers, VND formats and totals equal to the facts", async () => {
        const { mine } = await checkout([first, second])
        await factsWhen([mine.id], (f) => f.length === 1)
        const response = await api.get(
          `/admin/ocop/reports/sales.xlsx?from=${today}&to=${today}&by=group,channel,month`,
          {
            ...admin,
            responseType: "arraybuffer",
          }
        )
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toContain("spreadsheetml")
        const workbook = await workbookOf(response.data)
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
          "Thông tin",
          "Theo nhóm",
          "Theo kênh",
          "Theo tháng",
        ])
        const expected = await factSum()
        expect(expected.amount).toBeGreaterThan(0)
        for (const name of ["Theo nhóm", "Theo kênh", "Theo tháng"]) {
          const sheet = workbook.getWorksheet(name)!
          expect(sheet.getRow(1).values).toEqual([undefined, expect.any(String), "Số lượng", "Doanh số (₫)"])
          const last = sheet.getRow(sheet.rowCount)
          expect(last.getCell(1).value).toBe("Tổng cộng")
          expect(last.getCell(3).value).toBe(expected.amount)
          expect(last.getCell(2).value).toBe(expected.quantity)
          expect(sheet.getRow(2).getCell(3).numFmt).toBe('#,##0 "₫"')
        }
        expect(workbook.getWorksheet("Theo tháng")!.getRow(2).getCell(1).value).toBe(today.slice(0, 7))
        expect(workbook.getWorksheet("Theo kênh")!.getRow(2).getCell(1).value).toBe("Bán lẻ trực tuyến")
        const cover = workbook.getWorksheet("Thông tin")!
        const [d, m, y] = [today.slice(8, 10), today.slice(5, 7), today.slice(0, 4)]
        expect(cover.getRow(2).values).toEqual([undefined, "Kỳ báo cáo", `${d}/${m}/${y} – ${d}/${m}/${y}`])
      })

      it("answers every grouping when none is named, and the CSV of one grouping with the same sums", async () => {
        const { mine } = await checkout([first])
        await factsWhen([mine.id], (f) => f.length === 1)
        const response = await api.get(`/admin/ocop/reports/sales.xlsx?from=${today}&to=${today}`, {
          ...admin,
          responseType: "arraybuffer",
        })
        const workbook = await workbookOf(response.data)
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
          "Thông tin",
          "Theo nhóm",
          "Theo bộ sản phẩm",
          "Theo hạng sao",
          "Theo huyện cũ",
          "Theo chủ thể",
          "Theo kênh",
          "Theo tháng",
        ])
        const csv = await api.get(`/admin/ocop/reports/sales.csv?from=${today}&to=${today}&by=producer`, admin)
        expect(csv.headers["content-type"]).toContain("text/csv")
        const lines = String(csv.data)
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\r\n")
        expect(lines[0]).toBe("Chủ thể OCOP,Số lượng,Doanh số (₫)")
        const amount = lines.slice(1).reduce((total, line) => total + Number(line.split(",").at(-1)), 0)
        expect(amount).toBeGreaterThan(0)
        expect(amount).toBe((await factSum()).amount)
      })

      it.each([
        ["from=2026-13-01", "from"],
        ["from=2026-02-01&to=2026-01-01", "to"],
        ["from=2010-01-01&to=2026-01-01", "to"],
        ["by=colour", "by"],
        ["stars=2", "stars"],
        ["channel=shop", "channel"],
      ])("refuses %s with a 400 naming %s", async (params, field) => {
        const { status, data } = await call(api.get(`/admin/ocop/reports/sales.xlsx?${params}`, admin))
        expect(status).toBe(400)
        expect(data.message).toContain(field)
      })

      it("refuses a CSV of two groupings, naming by", async () => {
        const { status, data } = await call(api.get(`/admin/ocop/reports/sales.csv?by=group,month`, admin))
        expect(status).toBe(400)
        expect(data.message.startsWith("by")).toBe(true)
      })
    })

    /** Both producers sell today, so a leak of the other's sales would show. */
    const bothSell = async () => {
      const { mine, theirs } = await checkout([first, second])
      await factsWhen([mine.id, theirs.id], (f) => f.length === 2)
    }

    describe("GET /producer/sales", () => {
      it("answers the producer's own sales by product and channel, with a total equal to its facts", async () => {
        await bothSell()
        const own = await factSum(first.producer_id)
        expect(own.amount).toBeGreaterThan(0)
        const { status, data } = await api.get(`/producer/sales?from=${today}&to=${today}&by=product`, firstProducer)
        expect(status).toBe(200)
        expect(data.total).toEqual(own)
        expect(data.rows.reduce((total: number, row: any) => total + row.amount, 0)).toBe(own.amount)
        const { data: products } = await query().graph({
          entity: "product",
          fields: ["id", "producer.id"],
          filters: { id: data.rows.map((r: any) => r.key) },
        })
        expect(products.every((p: any) => p.producer.id === first.producer_id)).toBe(true)
        const byChannel = await api.get(`/producer/sales?from=${today}&to=${today}&by=channel`, firstProducer)
        expect(byChannel.data.rows.map((r: any) => r.key)).toContain("retail_online")
      })

      it("refuses an unknown grouping with a 400 naming by", async () => {
        const { status, data } = await call(api.get(`/producer/sales?by=district`, firstProducer))
        expect(status).toBe(400)
        expect(data.message.startsWith("by")).toBe(true)
      })
    })

    describe("GET /producer/sales.xlsx", () => {
      it("holds only the producer's own rows", async () => {
        await bothSell()
        const response = await api.get(`/producer/sales.xlsx?from=${today}&to=${today}`, {
          ...firstProducer,
          responseType: "arraybuffer",
        })
        expect(response.status).toBe(200)
        const workbook = await workbookOf(response.data)
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
          "Thông tin",
          "Theo tháng",
          "Theo kênh",
          "Theo sản phẩm",
          "Chi tiết",
        ])
        const [producer] = await getContainer()
          .resolve<ProducerModuleService>(PRODUCER_MODULE)
          .listProducers({ id: first.producer_id })
        const detail = workbook.getWorksheet("Chi tiết")!
        const names = new Set<unknown>()
        let amount = 0
        detail.eachRow((row, index) => {
          if (index === 1) return
          names.add(row.getCell(4).value)
          amount += Number(row.getCell(13).value)
        })
        expect([...names]).toEqual([producer.name])
        const own = await factSum(first.producer_id)
        expect(amount).toBe(own.amount)
        const byMonth = workbook.getWorksheet("Theo tháng")!
        expect(byMonth.getRow(byMonth.rowCount).getCell(3).value).toBe(own.amount)
      })
    })
  },
})
