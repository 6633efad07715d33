import { admin, backendUrl, expect, test as base } from "../fixtures"
import { AdminOcopPage } from "../pages/admin-ocop-page"
import { placeBankTransferCheckout } from "../pages/store-checkout"

const test = base.extend<{ ocopAdmin: AdminOcopPage }>({
  ocopAdmin: async ({ page }, use) => use(new AdminOcopPage(page, backendUrl)),
})

type CertificateEntry = {
  id: string
  certificate_number: string
  level: string
  score: number
  product: { id: string }
}
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
      await ocopAdmin.screenshotWidget(ocopAdmin.ocopWidget(), "/tmp/ocop-widget.png")
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
      const { certificate } = await ocopAdmin.adminApiPost<{
        certificate: { certificate_number: string; status: string }
      }>("/admin/ocop/certificates", {
        product_id: certificates[0].product.id,
        certificate_number: `E2E-${Date.now()}`,
        decision_number: "E2E/QĐ-UBND",
        decision_date: decisionDate.toISOString().slice(0, 10),
        issuing_body: "UBND tỉnh Điện Biên",
        level: "province",
        score: 60,
        product_set: 13,
      })
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
    const { producers } = await ocopAdmin.adminApi<{
      producers: { id: string; name: string; product_count: number }[]
    }>("/admin/ocop/producers?status=active&limit=1")
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
      await expect(
        ocopAdmin.producerProductsTable().getByRole("link", { name: detail.products[0].title })
      ).toBeVisible()
    })
  })

  test("a bank transfer: the office finds the checkout by its reference, tells its orders apart and imports the statement that pays it", async ({
    ocopAdmin,
    page,
    request,
  }) => {
    test.setTimeout(120_000)
    const checkout = await test.step("a buyer pays two producers' goods by bank transfer", () =>
      placeBankTransferCheckout(request, `hoa.${Date.now()}@example.vn`))
    const reference = checkout.payment.bank_transfer.reference
    const [first, second] = checkout.orders

    await test.step("the order list explains its rows; its search box finds the checkout by reference", async () => {
      await ocopAdmin.openOrders()
      await expect(ocopAdmin.orderListGuide()).toContainText("đơn tổng")
      await ocopAdmin.searchOrders(reference)
      await expect(page).toHaveURL(new RegExp(`/app/order-groups\\?q=${reference}$`))
      await expect(ocopAdmin.checkoutRows()).toHaveCount(1)
      const row = ocopAdmin.checkoutRows().first()
      await expect(row.getByTestId("transfer-reference")).toHaveText(reference)
      await expect(row).toContainText("Chờ thanh toán")
      await expect(ocopAdmin.producerOrders(row)).toHaveCount(2)
      await expect(ocopAdmin.producerOrders(row).nth(0)).toContainText(`#${first.display_id}`)
      await expect(ocopAdmin.producerOrders(row).nth(0)).toContainText(first.producer.name)
      await expect(ocopAdmin.producerOrders(row).nth(1)).toContainText(second.producer.name)
      await ocopAdmin.screenshot("/tmp/ocop-order-groups.png")
    })

    await test.step("the parent order's page says it holds the payment for both producers' orders", async () => {
      await ocopAdmin
        .checkoutRows()
        .first()
        .getByRole("link", { name: /^#\d+$/ })
        .first()
        .click()
      await expect(page).toHaveURL(new RegExp(`/app/orders/${checkout.parent_order_id}$`))
      const widget = ocopAdmin.checkoutWidget()
      await expect(
        widget.getByRole("heading", { name: "Đơn tổng của lần thanh toán (Checkout's parent order)" })
      ).toBeVisible()
      await expect(widget.getByTestId("transfer-reference")).toHaveText(reference)
      await expect(ocopAdmin.producerOrders(widget)).toHaveCount(2)
    })

    await test.step("a producer's order page names its producer and its place in the checkout", async () => {
      await ocopAdmin
        .producerOrders(ocopAdmin.checkoutWidget())
        .nth(1)
        .getByRole("link", { name: `#${second.display_id}` })
        .click()
      await expect(page).toHaveURL(new RegExp(`/app/orders/${second.id}$`))
      const widget = ocopAdmin.checkoutWidget()
      await expect(
        widget.getByRole("heading", { name: `Đơn của nhà sản xuất ${second.producer.name} (2 trong 2)` })
      ).toBeVisible()
      await expect(widget.getByRole("link", { name: /^Đơn tổng #\d+$/ })).toBeVisible()
      await ocopAdmin.screenshotWidget(widget, "/tmp/ocop-producer-order.png")
    })

    await test.step("the statement's lines are listed as matched, mismatched and unknown", async () => {
      const amount = new Intl.NumberFormat("vi-VN").format(checkout.total)
      const csv = [
        "Sao kê tài khoản 0071000123456",
        "Ngày giao dịch;Số tiền ghi có;Nội dung",
        `01/12/2026;${amount};CK ${reference} TRAN THI HOA`,
        `01/12/2026;${amount};${reference} chuyen lai lan nua`,
        "01/12/2026;150.000;OCOPZZZZZZZZ khong co don",
        "01/12/2026;90.000;chuyen tien khong ghi ma",
      ].join("\n")
      await ocopAdmin.openBankStatements()
      await ocopAdmin.importStatement("sao-ke.csv", csv)
      const matched = ocopAdmin.statementList("Đã khớp (Matched)")
      await expect(matched.heading).toHaveText("Đã khớp (Matched): 1")
      await expect(matched.rows).toHaveCount(1)
      await expect(matched.rows.first()).toContainText(reference)
      const mismatched = ocopAdmin.statementList("Không khớp (Mismatched)")
      await expect(mismatched.heading).toHaveText("Không khớp (Mismatched): 1")
      await expect(mismatched.rows.first()).toContainText("Trùng với một dòng trước trong tệp")
      const unknown = ocopAdmin.statementList("Không rõ (Unknown)")
      await expect(unknown.heading).toHaveText("Không rõ (Unknown): 2")
      await expect(unknown.rows.nth(0)).toContainText("Mã không thuộc đơn nào")
      await expect(unknown.rows.nth(1)).toContainText("Không ghi mã chuyển khoản")
      await ocopAdmin.screenshot("/tmp/ocop-bank-statement.png")
    })

    await test.step("the matched reference leads to the checkout, now paid", async () => {
      await ocopAdmin.statementList("Đã khớp (Matched)").rows.first().getByRole("link", { name: reference }).click()
      await expect(page).toHaveURL(new RegExp(`/app/order-groups\\?q=${reference}$`))
      await expect(ocopAdmin.checkoutRows().first()).toContainText("Đã thanh toán")
    })
  })
})
