import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { APIRequestContext, Page } from "@playwright/test"
import { PDFDocument } from "pdf-lib"
import sharp from "sharp"
import { admin, backendUrl, demoProducer, emailsTo, expect, publishableKey, test } from "../fixtures"
import { AdminOcopPage } from "../pages/admin-ocop-page"
import type { AdminPage } from "../pages/admin-page"
import type { Buyer } from "../pages/checkout-page"
import type { ProducerApplication, ProducerPortalPage } from "../pages/producer-portal-page"

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3]

/** A tax code no one has yet: nine digits from `seed`, then the check digit (skipping nines that have none). */
function freshTaxCode(seed: number) {
  for (let n = seed; ; n += 1) {
    const firstNine = String(400_000_000 + (n % 500_000_000))
    const check = 10 - (WEIGHTS.reduce((sum, weight, i) => sum + weight * Number(firstNine[i]), 0) % 11)
    if (check <= 9) return `${firstNine}${check}`
  }
}

const stamp = Date.now()

function application(suffix: string, seed: number): ProducerApplication {
  return {
    email: `producer.${suffix}.${stamp}@example.vn`,
    password: "producer-password-1",
    name: `HTX Chè Shan ${suffix} ${stamp}`,
    legalForm: "Hợp tác xã",
    taxCode: freshTaxCode((stamp % 100_000_000) + seed),
    representative: "Lò Thị Mai",
    phone: "0912 345 678",
    province: "Điện Biên",
    street: "Bản Hón",
    womenLed: true,
    ethnicGroup: "Thái",
    storyVi: "Chè shan tuyết hái trên núi cao.",
  }
}

const BUYER: Buyer = {
  email: "",
  phone: "0987 654 321",
  name: "Trần Văn Nam",
  province: "Điện Biên",
  street: "12 Trần Phú",
}

/** The office approves the application on the admin's Producers page (⋯ menu of the producer's row). */
async function approveProducer(adminPage: AdminPage, name: string) {
  await new AdminOcopPage(adminPage.page, backendUrl).approveProducer(name)
  await expect(adminPage.page.getByText(`Đã duyệt ${name} (Approved)`)).toBeVisible()
}

/** The office approves a proposed listing on the admin's Listing review page (Duyệt sản phẩm). */
async function approveListing(adminPage: AdminPage, title: string) {
  await new AdminOcopPage(adminPage.page, backendUrl).approveListing(title)
  await expect(adminPage.page.getByText(`Đã duyệt "${title}" (Published)`)).toBeVisible()
}

/** Signs the office into the Medusa admin once; later approvals reuse the session. */
async function signInAdmin(adminPage: AdminPage) {
  await adminPage.signIn(admin.email, admin.password)
  await adminPage.page.waitForURL(/\/app\/(?!login)/)
}

/** A real photo for the upload: a small PNG drawn with sharp into a temp file. */
async function productPhoto() {
  const file = path.join(os.tmpdir(), `ocop-e2e-${stamp}.png`)
  await sharp({ create: { width: 480, height: 480, channels: 3, background: { r: 46, g: 125, b: 50 } } })
    .png()
    .toFile(file)
  return file
}

/** Until the catalogue's search finds the product: how long that took, in ms (gives up after 2 s). */
async function timeUntilSearchable(request: APIRequestContext, title: string, productId: string) {
  const started = Date.now()
  while (Date.now() - started <= 2_000) {
    const response = await request.post(`${backendUrl}/store/search`, {
      headers: { "x-publishable-api-key": publishableKey() },
      data: { entity: "product", filters: { q: title }, pagination: { take: 5 } },
    })
    const { results } = (await response.json()) as { results: { hits: { document: { id: string } }[] }[] }
    if (results[0]?.hits.some((hit) => hit.document.id === productId)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Infinity
}

async function signUpApproved(portal: ProducerPortalPage, adminPage: AdminPage, producer: ProducerApplication) {
  await portal.signUp(producer)
  await expect(portal.page).toHaveURL(/\/vi\/producer$/, { timeout: 30_000 })
  await expect(portal.main()).toContainText("Hồ sơ đang chờ Văn phòng OCOP duyệt")
  await approveProducer(adminPage, producer.name)
  await portal.openDashboard()
  await expect(portal.main()).not.toContainText("Hồ sơ đang chờ Văn phòng OCOP duyệt")
}

const idFrom = (page: Page, pattern: RegExp) => pattern.exec(new URL(page.url()).pathname)![1]

test.describe("producer portal", () => {
  // Two sign-ups, two admin reviews, a checkout and five fulfilment steps, each rendered by the server.
  test.describe.configure({ timeout: 300_000 })

  test("a producer signs up, lists a product the office approves, and fulfils a COD order to delivered", async ({
    producerPortal: portal,
    adminPage,
    account,
    checkout,
    catalogue,
    page,
    request,
  }) => {
    const producer = application("A", 0)
    const listing = {
      title: `Chè shan tuyết Mường Ảng ${stamp}`,
      titleEn: `Mường Ảng shan tuyet tea ${stamp}`,
      description: "Búp chè hái tay, sao thủ công.",
      productSet: "11. Chè tươi, chế biến",
      variants: [{ title: "Hộp 200 g", price: 125_000, stock: 30 }],
    }

    await test.step("the producer signs up; the application waits for the office", async () => {
      await portal.signUp(producer)
      await expect(page).toHaveURL(/\/vi\/producer$/, { timeout: 30_000 })
      await expect(portal.portalNav()).toBeVisible()
      await expect(portal.main()).toContainText("Hồ sơ đang chờ Văn phòng OCOP duyệt")
      await portal.openProducts()
      await expect(portal.main()).toContainText("Bạn đăng được sản phẩm sau khi Văn phòng OCOP duyệt hồ sơ.")
    })

    await test.step("the office approves the application in the admin", async () => {
      await signInAdmin(adminPage)
      await approveProducer(adminPage, producer.name)
      await portal.openDashboard()
      await expect(portal.main()).not.toContainText("Hồ sơ đang chờ Văn phòng OCOP duyệt")
      await expect(portal.main().getByTestId("sales-today")).toContainText("0\u00a0₫")
    })

    const productId =
      await test.step("the producer lists a product with a photo; a file that is no image is refused with the server's reason", async () => {
        await portal.createListing(listing)
        await expect(page).toHaveURL(/\/vi\/producer\/products\/prod_[A-Za-z0-9]+\?created=1$/, { timeout: 30_000 })
        await expect(portal.main()).toContainText("Sản phẩm đang chờ Văn phòng OCOP duyệt")
        const id = idFrom(page, /\/products\/(prod_[A-Za-z0-9]+)$/)

        const fake = path.join(os.tmpdir(), `ocop-e2e-${stamp}-not-an-image.png`)
        fs.writeFileSync(fake, "this is text, not a picture")
        await portal.uploadImage(fake)
        await expect(portal.formAlert()).toContainText("file")
        await expect(portal.image(1, listing.title)).toHaveCount(0)

        await portal.uploadImage(await productPhoto())
        await expect(portal.image(1, listing.title)).toBeVisible({ timeout: 30_000 })
        await portal.openProducts()
        await expect(portal.listingStatus(portal.productCard(listing.title))).toHaveText("Chờ duyệt")
        return id
      })

    await test.step("the producer sends a certificate scan and downloads it back through the portal; /static does not serve it", async () => {
      const document = await PDFDocument.create()
      document.addPage()
      const pdf = Buffer.from(await document.save())
      const file = path.join(os.tmpdir(), `ocop-e2e-${stamp}-giay-chung-nhan.pdf`)
      fs.writeFileSync(file, pdf)
      await portal.openProduct(productId)
      await portal.sendCertificateScan(file)
      await expect(portal.certificateScanLinks()).toHaveCount(1, { timeout: 30_000 })
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        portal.certificateScanLinks().first().click(),
      ])
      expect(download.suggestedFilename()).toBe(`ocop-e2e-${stamp}-giay-chung-nhan.pdf`)
      expect(fs.readFileSync(await download.path()).equals(pdf)).toBe(true)
      // The request fixture has none of the page's cookies: signed out, the same link answers 401.
      const href = await portal.certificateScanLinks().first().getAttribute("href")
      expect((await request.get(new URL(href ?? "", page.url()).href)).status()).toBe(401)
    })

    const searchDelay =
      await test.step("the office approves the listing; it is on sale in the producer's list", async () => {
        await approveListing(adminPage, listing.title)
        const delay = await timeUntilSearchable(request, listing.title, productId)
        await portal.openProducts()
        await expect(portal.listingStatus(portal.productCard(listing.title))).toHaveText("Đang bán")
        return delay
      })

    const customer = {
      firstName: "Nam",
      lastName: "Trần",
      email: `nam.${stamp}@example.vn`,
      phone: "0987654321",
      password: "mat-khau-2026",
    }
    await test.step("a consumer finds it in the catalogue search within 2 s and orders it cash on delivery", async () => {
      expect(searchDelay).toBeLessThanOrEqual(2_000)
      await account.register(customer)
      await expect(page).toHaveURL(/\/vi\/account$/)
      await catalogue.open(`q=${encodeURIComponent(listing.title)}`)
      const card = catalogue.resultCards().filter({ hasText: listing.title })
      await expect(card).toHaveCount(1)
      await card.getByRole("link").first().click()
      await expect(checkout.addToCartButton()).toBeVisible()
      await checkout.addToCart(1)
      await expect(checkout.addedNotice()).toBeVisible()
      await checkout.openCart()
      await checkout.goToCheckout()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
      await checkout.fillAddress({ ...BUYER, email: customer.email })
      await checkout.continue()
      await expect(page).toHaveURL(/[?&]step=delivery$/, { timeout: 30_000 })
      await checkout.chooseDelivery(producer.name, "standard")
      await checkout.continue()
      await expect(page).toHaveURL(/[?&]step=payment$/, { timeout: 30_000 })
      await expect(checkout.paymentOption("cod")).toBeChecked()
      await checkout.placeOrder()
      await expect(checkout.thanks()).toBeVisible({ timeout: 30_000 })
    })

    const orderId =
      await test.step("the producer accepts, packs, ships with carrier and tracking number, and delivers; only the next steps are offered", async () => {
        await portal.openOrders()
        await expect(portal.orderCards()).toHaveCount(1)
        await portal.orderCards().first().getByRole("link").click()
        await expect(page).toHaveURL(/\/vi\/producer\/orders\/order_[A-Za-z0-9]+$/)
        const id = idFrom(page, /\/orders\/(order_[A-Za-z0-9]+)$/)
        await expect(portal.fulfilmentStatus()).toHaveText("Mới đặt")
        await expect(portal.main()).toContainText(listing.title)
        await expect(portal.main()).toContainText("Thanh toán khi nhận hàng (COD)")
        await expect(portal.stepButton("ship")).toHaveCount(0)

        await portal.takeStep("accept")
        await expect(portal.fulfilmentStatus()).toHaveText("Đã nhận đơn")
        await expect(portal.stepButton("accept")).toHaveCount(0)
        await portal.takeStep("pack")
        await expect(portal.fulfilmentStatus()).toHaveText("Đã đóng gói")
        await portal.ship("Giao Hàng Nhanh", `GHN${stamp}`)
        await expect(portal.fulfilmentStatus()).toHaveText("Đang giao")
        await expect(portal.shipment()).toContainText(`GHN${stamp}`)
        await expect(portal.stepButton("cancel")).toHaveCount(0)
        await portal.takeStep("deliver")
        await expect(portal.fulfilmentStatus()).toHaveText("Đã giao")
        for (const step of ["accept", "pack", "ship", "deliver", "cancel"] as const)
          await expect(portal.stepButton(step)).toHaveCount(0)
        return id
      })

    await test.step("on a phone (360 px) the portal's pages need no horizontal scrolling", async () => {
      await page.setViewportSize({ width: 360, height: 740 })
      for (const open of [
        () => portal.openOrder(orderId),
        () => portal.openProduct(productId),
        () => portal.page.goto("/vi/producer/products/new"),
      ]) {
        await open()
        await expect(portal.portalNav()).toBeVisible()
        expect(await checkout.scrollWidth()).toBeLessThanOrEqual(360)
      }
      await page.setViewportSize({ width: 1280, height: 800 })
    })

    await test.step("the consumer's order history shows it delivered", async () => {
      await account.openHistory()
      await expect(account.producerOrders().filter({ hasText: producer.name })).toContainText("Đã giao")
    })

    await test.step("a second approved producer sees neither that order nor that product, and their pages are not found", async () => {
      await portal.openDashboard()
      await portal.signOut()
      await expect(page).toHaveURL(/\/vi\/producer\/sign-in$/)
      await signUpApproved(portal, adminPage, application("B", 7))
      await portal.openOrders()
      await expect(portal.orderCards()).toHaveCount(0)
      await portal.openProducts()
      await expect(portal.productCard(listing.title)).toHaveCount(0)
      expect((await portal.openOrder(orderId))?.status()).toBe(404)
      await expect(portal.notFoundHeading()).toBeVisible()
      expect((await portal.openProduct(productId))?.status()).toBe(404)
      await expect(portal.notFoundHeading()).toBeVisible()
    })
  })
})

test("the demo producer resets a forgotten password from the e-mailed link and signs in with the new one", async ({
  producerPortal: portal,
  page,
}) => {
  await portal.requestPasswordReset(demoProducer.email)
  await expect(portal.notices()).toContainText(demoProducer.email)
  await expect
    .poll(() => emailsTo(demoProducer.email, "producer-password-reset").length, { timeout: 10_000 })
    .toBeGreaterThan(0)
  const mail = emailsTo(demoProducer.email, "producer-password-reset").at(-1)!
  const link = new URL(mail.data.reset_url)
  expect(link.pathname).toBe("/vi/producer/reset-password")

  await portal.chooseNewPassword(`${link.pathname}${link.search}`, "mat-khau-moi-2026")
  await expect(page).toHaveURL(/\/vi\/producer\/sign-in\?reset=1$/)
  await expect(portal.notices()).toContainText("Đã đổi mật khẩu")
  await portal.signIn(demoProducer.email, "mat-khau-moi-2026")
  await expect(page).toHaveURL(/\/vi\/producer$/, { timeout: 30_000 })
  await expect(portal.portalNav()).toBeVisible()
  await expect(page.getByText(demoProducer.name).first()).toBeVisible()
})
