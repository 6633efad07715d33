import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import certificateExpiryNotices, { config } from "../../../src/jobs/certificate-expiry-notices"
import { createCertificatesWorkflow } from "../../../src/workflows/ocop/workflows/create-certificates"
import {
  CERTIFICATE_EXPIRED_EVENT,
  CERTIFICATE_EXPIRING_EVENT,
  sendCertificateExpiryNoticesWorkflow,
} from "../../../src/workflows/ocop/workflows/send-certificate-expiry-notices"
import { setProductsProducerWorkflow } from "../../../src/workflows/producer/workflows/set-products-producer"
import { createTestProducer, createTestProduct, MUONG_ANG_PRODUCER } from "../../utils/fixtures"

const DAY_MS = 24 * 60 * 60 * 1000
const NOW = new Date("2026-11-25T06:00:00.000Z")

/** Decision date whose expiry (36 months later) is `days` days after NOW's day. */
function decidedForExpiryIn(days: number) {
  const expiry = new Date(NOW.getTime() + days * DAY_MS)
  return new Date(Date.UTC(expiry.getUTCFullYear() - 3, expiry.getUTCMonth(), expiry.getUTCDate()))
    .toISOString()
    .slice(0, 10)
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("certificate-expiry-notices job", () => {
      it("is a daily job", () => {
        expect(config).toEqual({ name: "certificate-expiry-notices", schedule: "0 23 * * *" })
        expect(typeof certificateExpiryNotices).toBe("function")
      })

      it("emits expiring at 90 and 30 days and expired, each once per certificate", async () => {
        const container = getContainer()
        const product = await createTestProduct(container)
        const producer = await createTestProducer(container)
        await setProductsProducerWorkflow(container).run({
          input: { producer_id: producer.id, product_ids: [product.id] },
        })
        const certificate = (days: number, number: string) => ({
          product_id: product.id,
          certificate_number: number,
          decision_number: "1/QĐ-UBND",
          decision_date: decidedForExpiryIn(days),
          issuing_body: "UBND tỉnh Điện Biên",
          level: "province" as const,
          score: 65,
          product_set: 13,
        })
        const { result } = await createCertificatesWorkflow(container).run({
          input: {
            certificates: [
              certificate(120, "FAR"),
              certificate(89, "IN-90"),
              certificate(29, "IN-30"),
              certificate(-1, "EXPIRED"),
            ],
          },
        })
        const id = Object.fromEntries(result.map((c) => [c.certificate_number, c.id]))

        const emitted: { name: string; data: { id: string; days_before_expiry?: number } }[] = []
        const eventBus = container.resolve(Modules.EVENT_BUS)
        for (const name of [CERTIFICATE_EXPIRING_EVENT, CERTIFICATE_EXPIRED_EVENT]) {
          eventBus.subscribe(name, async (event) => {
            emitted.push({ name, data: event.data as { id: string; days_before_expiry?: number } })
          })
        }
        const run = (now: Date) => sendCertificateExpiryNoticesWorkflow(container).run({ input: { now } })
        const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

        await run(NOW)
        await settle()
        expect(emitted.map((e) => [e.name, e.data.id, e.data.days_before_expiry]).sort()).toEqual(
          [
            [CERTIFICATE_EXPIRING_EVENT, id["IN-90"], 90],
            [CERTIFICATE_EXPIRING_EVENT, id["IN-30"], 30],
            [CERTIFICATE_EXPIRED_EVENT, id.EXPIRED, undefined],
          ].sort()
        )

        // The subscriber tells the holder by e-mail, once for each notice.
        const notificationModule = container.resolve(Modules.NOTIFICATION)
        await vi.waitFor(
          async () => {
            const sent = await notificationModule.listNotifications({ to: MUONG_ANG_PRODUCER.email })
            expect(sent.map((n) => [n.template, n.resource_id]).sort()).toEqual(
              [
                ["ocop-certificate-expiring", id["IN-90"]],
                ["ocop-certificate-expiring", id["IN-30"]],
                ["ocop-certificate-expired", id.EXPIRED],
              ].sort()
            )
          },
          { timeout: 5000, interval: 200 }
        )

        emitted.length = 0
        await run(NOW)
        await settle()
        expect(emitted).toEqual([])

        // 60 days later: the 90-day one is now within 30 days, the far one within 90.
        await run(new Date(NOW.getTime() + 60 * DAY_MS))
        await settle()
        expect(emitted.map((e) => [e.data.id, e.data.days_before_expiry]).sort()).toEqual(
          [
            [id["IN-90"], 30],
            [id.FAR, 90],
            [id["IN-30"], undefined],
          ].sort()
        )
      })
    })
  },
})
