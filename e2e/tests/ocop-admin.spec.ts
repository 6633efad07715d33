import { admin, backendUrl, expect, test as base } from "../fixtures"
import { AdminOcopPage } from "../pages/admin-ocop-page"

const test = base.extend<{ ocopAdmin: AdminOcopPage }>({
  ocopAdmin: async ({ page }, use) => use(new AdminOcopPage(page, backendUrl)),
})

type CertificateEntry = { id: string; certificate_number: string; level: string; score: number; product: { id: string } }
type ProductOcop = { product: { current_certificate_id: string | null; producer: { name: string } | null } }

// The page size of the Certificates page.
const PAGE_SIZE = 20

test.describe("OCOP in Medusa Admin", () => {
  test.beforeEach(async ({ adminPage }) => {
    await adminPage.signIn(admin.email, admin.password)
    await expect(adminPage.page).not.toHaveURL(/\/login/)
  })

  test("the product widget shows the certificate and re-derives stars from an edited score", async ({ ocopAdmin }) => {
    // A province-level ★4 that is its product's current certificate: the province certifies
    // ★3 and ★4, so its score may cross the 69/70 band edge either way.
    const { certificate, producerName } = await test.step("find a seeded province ★4 certificate", async () => {
      const { certificates } = await ocopAdmin.adminApi<{ certificates: CertificateEntry[] }>(
        "/admin/ocop/certificates?status=active&stars=4&limit=50"
      )
      for (const candidate of certificates.filter((c) => c.level === "province")) {
        const { product } = await ocopAdmin.adminApi<ProductOcop>(`/admin/ocop/products/${candidate.product.id}`)
        if (product.current_certificate_id === candidate.id && product.producer) {
          return { certificate: candidate, producerName: product.producer.name }
        }
      }
      throw new Error("the seeded catalogue has no current province-level ★4 certificate")
    })

    await test.step("the widget shows stars, producer and certificate number", async () => {
      await ocopAdmin.openProduct(certificate.product.id)
      await expect(ocopAdmin.ocopWidget()).toBeVisible()
      await expect(ocopAdmin.starsBadge(4)).toBeVisible()
      await expect(ocopAdmin.currentCertificate()).toContainText(certificate.certificate_number)
      await expect(ocopAdmin.producerSection().getByRole("link", { name: producerName })).toBeVisible()
      await ocopAdmin.screenshotWidget("/tmp/ocop-widget.png")
    })

    await test.step("score 69 gives ★3", async () => {
      await ocopAdmin.saveScore(69)
      await expect(ocopAdmin.starsBadge(3)).toBeVisible()
      await expect(ocopAdmin.starsBadge(4)).toHaveCount(0)
    })

    await test.step("score 70 gives ★4 again", async () => {
      await ocopAdmin.saveScore(70)
      await expect(ocopAdmin.starsBadge(4)).toBeVisible()
      const { certificates } = await ocopAdmin.adminApi<{ certificates: CertificateEntry[] }>(
        `/admin/ocop/certificates?q=${encodeURIComponent(certificate.certificate_number)}`
      )
      expect(certificates.find((c) => c.id === certificate.id)).toMatchObject({ score: 70, stars: 4 })
    })
  })

  test("the Certificates page lists the expiring certificates", async ({ ocopAdmin }) => {
    // The seed's expiring certificates are expiring relative to the day it was made (2026-11-25):
    // one more, due in 45 days from today, keeps this test meaningful on any later day.
    const added = await test.step("record a certificate that expires in 45 days", async () => {
      const { certificates } = await ocopAdmin.adminApi<{ certificates: CertificateEntry[] }>(
        "/admin/ocop/certificates?status=active&stars=3&limit=1"
      )
      const expiry = new Date(Date.now() + 45 * 24 * 60 * 60 * 1000)
      const decisionDate = new Date(Date.UTC(expiry.getUTCFullYear() - 3, expiry.getUTCMonth(), expiry.getUTCDate()))
      const { certificate } = await ocopAdmin.adminApiPost<{ certificate: { certificate_number: string; status: string } }>(
        "/admin/ocop/certificates",
        {
          product_id: certificates[0].product.id,
          certificate_number: `E2E-${Date.now()}`,
          decision_number: "E2E/QĐ-UBND",
          decision_date: decisionDate.toISOString().slice(0, 10),
          issuing_body: "UBND tỉnh Điện Biên",
          level: "province",
          score: 60,
          product_set: 13,
        }
      )
      expect(certificate.status).toBe("expiring")
      return certificate
    })
    const { count } = await ocopAdmin.adminApi<{ count: number }>("/admin/ocop/certificates?status=expiring&limit=1")
    expect(count).toBeGreaterThan(0)

    await test.step("filter to expiring", async () => {
      await ocopAdmin.openCertificates()
      await expect(ocopAdmin.certificateRows().first()).toBeVisible()
      await ocopAdmin.statusFilter("Sắp hết hạn (90 ngày)").click()
      await expect(ocopAdmin.statusFilter("Sắp hết hạn (90 ngày)")).toHaveAttribute("aria-pressed", "true")
    })

    await test.step("every listed certificate is expiring, as many as the API counts", async () => {
      await expect(ocopAdmin.certificateRows()).toHaveCount(Math.min(count, PAGE_SIZE))
      for (const row of await ocopAdmin.certificateRows().all()) {
        await expect(row).toContainText("Sắp hết hạn")
      }
      await expect(ocopAdmin.page.getByText(`trên ${count} kết quả`)).toBeVisible()
      if (count <= PAGE_SIZE) {
        await expect(ocopAdmin.certificateRows().filter({ hasText: added.certificate_number })).toHaveCount(1)
      }
      await ocopAdmin.screenshot("/tmp/ocop-certificates.png")
    })
  })

  test("the Producers page finds a chủ thể and its page lists its products", async ({ ocopAdmin }) => {
    const { producers } = await ocopAdmin.adminApi<{ producers: { id: string; name: string; product_count: number }[] }>(
      "/admin/ocop/producers?status=active&limit=1"
    )
    const producer = producers[0]
    const { producer: detail } = await ocopAdmin.adminApi<{ producer: { products: { title: string }[] } }>(
      `/admin/ocop/producers/${producer.id}`
    )

    await test.step("search by name", async () => {
      await ocopAdmin.openProducers()
      await ocopAdmin.searchProducers(producer.name)
      await expect(ocopAdmin.producersTable().getByRole("row")).toHaveCount(2)
      await ocopAdmin.producersTable().getByRole("link", { name: producer.name }).click()
    })

    await test.step("the details page lists its products", async () => {
      await expect(ocopAdmin.page.getByRole("heading", { level: 1, name: producer.name })).toBeVisible()
      await expect(ocopAdmin.producerProductsTable().getByRole("link")).toHaveCount(producer.product_count)
      await expect(ocopAdmin.producerProductsTable().getByRole("link", { name: detail.products[0].title })).toBeVisible()
    })
  })
})
