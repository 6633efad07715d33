import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../../utils/admin"
import { createTestProduct } from "../../utils/fixtures"

const DAY_MS = 24 * 60 * 60 * 1000

function isoDay(date: Date) {
  return date.toISOString().slice(0, 10)
}

/** The decision date whose 36-month expiry falls `days` days from today. */
function decidedForExpiryIn(days: number) {
  const expiry = new Date(Date.now() + days * DAY_MS)
  return isoDay(new Date(Date.UTC(expiry.getUTCFullYear() - 3, expiry.getUTCMonth(), expiry.getUTCDate())))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let productId: string

    const certificate = (overrides: Record<string, unknown> = {}) => ({
      product_id: productId,
      certificate_number: `DEMO-${Math.random().toString(36).slice(2, 8)}`,
      decision_number: "123/QĐ-UBND",
      decision_date: "2024-03-15",
      issuing_body: "UBND tỉnh Điện Biên",
      level: "province",
      score: 75,
      product_set: 13,
      ...overrides,
    })
    const countCertificates = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      return (await query.graph({ entity: "ocop_certificate", fields: ["id"] })).data.length
    }
    const post = (body: Record<string, unknown>) =>
      api.post("/admin/ocop/certificates", body, headers).catch((e: any) => e.response)

    beforeAll(async () => {
      headers = await adminHeaders(api, getContainer())
    })
    beforeEach(async () => {
      productId = (await createTestProduct(getContainer())).id
    })

    describe("POST /admin/ocop/certificates", () => {
      it.each([
        [50, 3, "province", "2024-03-15"],
        [69, 3, "province", "2024-03-15"],
        [70, 4, "province", "2024-03-15"],
        [89, 4, "province", "2024-03-15"],
        [90, 5, "central", "2024-03-15"],
        [100, 5, "central", "2024-03-15"],
      ])("derives ★ from score %i: ★%i", async (score, stars, level, decision_date) => {
        const response = await post(certificate({ score, level, decision_date }))
        expect(response.status).toBe(201)
        expect(response.data.certificate).toMatchObject({ score, stars, product_group: "I", regime_code: "148/QĐ-TTg" })
        expect(response.data.certificate.product.id).toBe(productId)
      })

      it.each([29, 30, 49])("rejects score %i (below ★3: not an OCOP product), writing nothing", async (score) => {
        const before = await countCertificates()
        const response = await post(certificate({ score }))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^score: /)
        expect(await countCertificates()).toBe(before)
      })

      it.each([
        ["score", { score: 101 }],
        ["score", { score: -1 }],
        ["score", { score: 70.5 }],
        ["product_set", { product_set: 27 }],
        ["level", { level: "commune" }],
        ["decision_date", { decision_date: "2024-02-31x" }],
        ["stars", { score: 60, stars: 4 }],
      ])("rejects bad %s with 400 naming the field, writing nothing", async (field, overrides) => {
        const before = await countCertificates()
        const response = await post(certificate(overrides))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect(await countCertificates()).toBe(before)
      })

      it("accepts a district-level ★3 decided on 2025-06-30 and rejects one decided on 2025-07-01", async () => {
        const accepted = await post(
          certificate({
            score: 60,
            level: "district",
            decision_date: "2025-06-30",
            issuing_body: "UBND huyện Mường Ảng",
          })
        )
        expect(accepted.status).toBe(201)
        const before = await countCertificates()
        const rejected = await post(
          certificate({
            score: 60,
            level: "district",
            decision_date: "2025-07-01",
            issuing_body: "UBND huyện Mường Ảng",
          })
        )
        expect(rejected.status).toBe(400)
        expect(rejected.data.message).toMatch(/^level: /)
        expect(await countCertificates()).toBe(before)
      })

      it("lets only the central level certify ★5", async () => {
        const response = await post(certificate({ score: 92, level: "province" }))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^level: .*★5/)
      })

      it("answers 404 for an unknown product", async () => {
        const response = await post(certificate({ product_id: "prod_unknown" }))
        expect(response.status).toBe(404)
      })

      it("expires 36 months after the decision date, with status at the 90-day edge", async () => {
        const expiring = await post(certificate({ decision_date: decidedForExpiryIn(89) }))
        const active = await post(certificate({ decision_date: decidedForExpiryIn(91) }))
        const expired = await post(certificate({ decision_date: decidedForExpiryIn(0) }))
        expect(expiring.data.certificate.status).toBe("expiring")
        expect(active.data.certificate.status).toBe("active")
        expect(expired.data.certificate.status).toBe("expired")
        expect(isoDay(new Date(active.data.certificate.expires_at))).toBe(isoDay(new Date(Date.now() + 91 * DAY_MS)))
      })
    })

    describe("GET /admin/ocop/certificates", () => {
      it("filters by status and expiring-within", async () => {
        const expiring = (await post(certificate({ decision_date: decidedForExpiryIn(20) }))).data.certificate
        const active = (await post(certificate({ decision_date: decidedForExpiryIn(400) }))).data.certificate

        const byStatus = await api.get("/admin/ocop/certificates?status=expiring&limit=200", headers)
        const ids = byStatus.data.certificates.map((c: { id: string }) => c.id)
        expect(ids).toContain(expiring.id)
        expect(ids).not.toContain(active.id)
        expect(byStatus.data.certificates.every((c: { status: string }) => c.status === "expiring")).toBe(true)

        const within30 = await api.get("/admin/ocop/certificates?expiring_within=30&limit=200", headers)
        expect(within30.data.certificates.map((c: { id: string }) => c.id)).toContain(expiring.id)
      })

      it("rejects an unknown status naming the field", async () => {
        const response = await api.get("/admin/ocop/certificates?status=lost", headers).catch((e: any) => e.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("status")
      })
    })

    describe("POST /admin/ocop/certificates/:id", () => {
      it("re-derives the stars when the score crosses a band edge", async () => {
        const created = (await post(certificate({ score: 69 }))).data.certificate
        expect(created.stars).toBe(3)
        const { data } = await api.post(`/admin/ocop/certificates/${created.id}`, { score: 70 }, headers)
        expect(data.certificate).toMatchObject({ score: 70, stars: 4 })
      })

      it("rejects an edit that breaks the rules and keeps the certificate as it was", async () => {
        const created = (await post(certificate({ score: 75 }))).data.certificate
        const response = await api
          .post(`/admin/ocop/certificates/${created.id}`, { score: 95 }, headers)
          .catch((e: any) => e.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^level: /)
        const { data } = await api.get(`/admin/ocop/certificates/${created.id}`, headers)
        expect(data.certificate).toMatchObject({ score: 75, stars: 4 })
      })
    })

    describe("POST /admin/ocop/certificates/:id/revoke", () => {
      it("revokes once; the history keeps it and a newer certificate becomes current", async () => {
        const older = (await post(certificate({ decision_date: "2023-06-01" }))).data.certificate
        const newer = (await post(certificate({ decision_date: "2025-01-10" }))).data.certificate
        const revoked = await api.post(
          `/admin/ocop/certificates/${newer.id}/revoke`,
          { reason: "Vi phạm tiêu chí" },
          headers
        )
        expect(revoked.data.certificate.status).toBe("revoked")

        const again = await api
          .post(`/admin/ocop/certificates/${newer.id}/revoke`, { reason: "Lặp lại" }, headers)
          .catch((e: any) => e.response)
        expect(again.status).toBe(400)

        const { data } = await api.get(`/admin/ocop/products/${productId}`, headers)
        expect(data.product.certificates.map((c: { id: string }) => c.id)).toEqual([newer.id, older.id])
        expect(data.product.current_certificate_id).toBe(older.id)
      })
    })
  },
})
