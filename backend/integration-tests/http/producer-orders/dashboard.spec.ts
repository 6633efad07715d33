import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { currentCertificate } from "@ocop/shared"
import { OCOP_MODULE } from "../../../src/modules/ocop"
import { readyCart, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signInSeededProducer } from "../../utils/producer-orders"

type Headers = { headers: Record<string, string> }
const DAY_MS = 24 * 60 * 60 * 1000

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
    let producer: Headers

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      ;[first, second] = await stockedVariantPerProducer(getContainer())
      producer = await signInSeededProducer(api, getContainer(), first.producer_id)
    }, 360_000)

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const dashboard = async () => (await api.get("/producer/dashboard", producer)).data

    /** A checkout of one unit of each variant (COD unless told); returns this producer's order of it. */
    async function checkout(items: StockedVariant[], providerId = "pp_system_default") {
      const { cartId } = await readyCart(api, store, regionId, items, providerId)
      const { data } = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, store)
      const order = data.order_group.orders.find((o: any) => o.producer.id === first.producer_id)
      return { ...order, parent_order_id: data.order_group.parent_order_id as string }
    }

    /** The bank transfer of the order's checkout arrives in full. */
    async function payTransfer(order: { parent_order_id: string }) {
      const {
        data: [parent],
      } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.id", "payment_collections.payments.amount"],
        filters: { id: order.parent_order_id },
      })
      const payment = (parent as any).payment_collections[0].payments[0]
      await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: payment.id, amount: payment.amount } })
    }

    async function deliver(order: { id: string }, tracking: string) {
      await api.post(`/producer/orders/${order.id}/pack`, {}, producer)
      await api.post(`/producer/orders/${order.id}/ship`, { carrier: "GHN", tracking_number: tracking }, producer)
      await api.post(`/producer/orders/${order.id}/deliver`, {}, producer)
    }

    /** Moves an order back in time, as if it had been placed `days` ago. */
    const placedDaysAgo = async (orderId: string, days: number) => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`update "order" set created_at = ? where id = ?`, [new Date(Date.now() - days * DAY_MS), orderId])
    }

    describe("GET /producer/dashboard", () => {
      it("sums the goods of its paid or delivered orders of today, the last 7 and 30 days: no shipping fee, unpaid transfer or COD still to collect", async () => {
        const before = await dashboard()
        const delivered = await checkout([first, second])
        await deliver(delivered, "GHN3301")
        await checkout([first]) // COD, not delivered yet
        await checkout([first], "pp_vietqr_vietqr") // transfer not received
        const paid = await checkout([first], "pp_vietqr_vietqr")
        await payTransfer(paid)
        const older = await checkout([first], "pp_vietqr_vietqr")
        await payTransfer(older)
        await placedDaysAgo(older.id, 10)
        const cancelled = await checkout([first])
        await api.post(`/producer/orders/${cancelled.id}/cancel`, { reason: "Hết hàng" }, producer)

        const { status, data } = await api.get("/producer/dashboard", producer)
        expect(status).toBe(200)
        const goods = (order: { item_total: unknown; total: unknown }) => {
          expect(Number(order.item_total)).toBeLessThan(Number(order.total))
          return Number(order.item_total)
        }
        const plus = (window: { total: number; orders: number }, total: number, orders: number) => ({
          total: window.total + total,
          orders: window.orders + orders,
        })
        expect(data.sales).toEqual({
          today: plus(before.sales.today, goods(delivered) + goods(paid), 2),
          last_7_days: plus(before.sales.last_7_days, goods(delivered) + goods(paid), 2),
          last_30_days: plus(before.sales.last_30_days, goods(delivered) + goods(paid) + goods(older), 3),
        })
        expect(data.orders_awaiting_payment).toBe(before.orders_awaiting_payment + 1)
      })

      it("counts the orders still to fulfil: placed, accepted or packed, not shipped or cancelled", async () => {
        const before = (await dashboard()).orders_to_fulfil
        await checkout([first]) // stays placed
        const packed = await checkout([first])
        const shipped = await checkout([first])
        const cancelled = await checkout([first])
        await api.post(`/producer/orders/${packed.id}/pack`, {}, producer)
        await api.post(`/producer/orders/${shipped.id}/pack`, {}, producer)
        await api.post(`/producer/orders/${shipped.id}/ship`, { carrier: "GHN", tracking_number: "GHN4455" }, producer)
        await api.post(`/producer/orders/${cancelled.id}/cancel`, { reason: "Hết hàng" }, producer)
        expect((await dashboard()).orders_to_fulfil).toBe(before + 2)
      })

      it("lists a variant with 5 or fewer units available (stocked less reserved) at its location", async () => {
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const [level] = await inventory.listInventoryLevels({
          inventory_item_id: first.inventory_item_id,
          location_id: first.location_id,
        })
        await inventory.updateInventoryLevels([
          {
            inventory_item_id: first.inventory_item_id,
            location_id: first.location_id,
            stocked_quantity: Number(level.reserved_quantity) + 6,
          },
        ])
        const lowBefore = (await dashboard()).low_stock
        expect(lowBefore.map((l: any) => l.variant_id)).not.toContain(first.variant_id)

        await checkout([first])
        const { low_stock } = await dashboard()
        const entry = low_stock.find((l: any) => l.variant_id === first.variant_id)
        expect(entry).toMatchObject({ product_id: first.product_id, available: 5 })
        expect(typeof entry.title).toBe("string")
        expect(low_stock.every((l: any) => l.available <= 5)).toBe(true)
        expect(low_stock.map((l: any) => l.variant_id)).not.toContain(second.variant_id)
      })

      it("lists a product whose current certificate expires within 90 days", async () => {
        const {
          data: [product],
        } = await query().graph({
          entity: "product",
          fields: [
            "id",
            "title",
            "ocop_certificates.id",
            "ocop_certificates.decision_date",
            "ocop_certificates.revoked_at",
            "ocop_certificates.certificate_number",
            "ocop_certificates.stars",
          ],
          filters: { id: first.product_id },
        })
        const certificate = currentCertificate(((product as any).ocop_certificates ?? []) as any[])!
        expect(certificate).toBeDefined()
        const expiresAt = new Date(Date.now() + 30 * DAY_MS)
        await (getContainer().resolve(OCOP_MODULE) as any).updateOcopCertificates({
          id: certificate.id,
          expires_at: expiresAt,
        })

        const { expiring_certificates } = await dashboard()
        const entry = expiring_certificates.find((c: any) => c.product_id === first.product_id)
        expect(entry).toMatchObject({
          title: product.title,
          number: certificate.certificate_number,
          stars: certificate.stars,
        })
        expect(new Date(entry.expires_at).getTime()).toBe(expiresAt.getTime())
        for (const listed of expiring_certificates) {
          const left = new Date(listed.expires_at).getTime() - Date.now()
          expect(left).toBeGreaterThan(0)
          expect(left).toBeLessThanOrEqual(90 * DAY_MS)
        }
      })

      it("answers 401 without a sign-in", async () => {
        const answer = await api.get("/producer/dashboard").catch((e: any) => e.response)
        expect(answer.status).toBe(401)
      })
    })
  },
})
