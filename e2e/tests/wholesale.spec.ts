import type { APIRequestContext, BrowserContext, Page } from "@playwright/test"
import { taxCodeCheckDigit, vietnamDate } from "@ocop/shared"
import { admin, backendUrl, demoBuyer, demoProducer, emailsTo, expect, publishableKey, test as base } from "../fixtures"
import { AccountPage } from "../pages/account-page"
import { AdminOcopPage } from "../pages/admin-ocop-page"
import { AdminPage } from "../pages/admin-page"
import { AdminWholesalePage } from "../pages/admin-wholesale-page"
import { amountOf, CheckoutPage, type Buyer } from "../pages/checkout-page"
import { ProducerPortalPage, type NewListing, type ProducerApplication } from "../pages/producer-portal-page"
import { WholesalePage } from "../pages/wholesale-page"

const stamp = Date.now()
// SKUs are upper case in the catalogue; a base-36 stamp keeps them short and unique per run.
const tag = stamp.toString(36).toUpperCase()

/** A tax code no one has yet: nine digits from the run's stamp and `offset`, then the check digit. */
function freshTaxCode(offset: number) {
  for (let n = Math.floor(stamp / 10) + offset; ; n += 1) {
    const firstNine = String(100_000_000 + (n % 300_000_000))
    const check = taxCodeCheckDigit(firstNine)
    if (check !== undefined) return `${firstNine}${check}`
  }
}

/** An amount as the storefront and the admin show it: `1.250.000 ₫`. */
const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
const storeHeaders = () => ({ "x-publishable-api-key": publishableKey() })

type StoreProduct = {
  id: string
  handle: string
  title: string
  producer: { id: string; name: string } | null
  variants: { id: string; sku: string | null; title: string; inventory_quantity: number | null }[]
}

async function storeProducts(request: APIRequestContext, params: Record<string, string | number>) {
  const response = await request.get(`${backendUrl}/store/products`, {
    headers: storeHeaders(),
    params: {
      fields:
        "id,handle,title,producer.id,producer.name,variants.id,variants.sku,variants.title,+variants.inventory_quantity",
      ...params,
    },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { products: StoreProduct[] }).products
}

/** A pack of the demo producer's with a SKU and stock for a wholesale line, as the store API lists it. */
async function demoProducerPack(request: APIRequestContext) {
  const products = await storeProducts(request, { limit: 400 })
  for (const product of products.filter((candidate) => candidate.producer?.name === demoProducer.name)) {
    const variant = product.variants.find((candidate) => candidate.sku && (candidate.inventory_quantity ?? 0) >= 50)
    if (variant) return { product, sku: variant.sku! }
  }
  throw new Error(`the demo producer ${demoProducer.name} has no pack with a SKU and 50 units in stock`)
}

/** The product the store sells under a SKU (the listing a producer made in this run). */
async function productBySku(request: APIRequestContext, title: string, sku: string) {
  const products = await storeProducts(request, { q: title, limit: 10 })
  const product = products.find((candidate) => candidate.variants.some((variant) => variant.sku === sku))
  expect(product, `the store sells ${sku}`).toBeDefined()
  return product!
}

/** A customer's token for the store API. */
async function customerToken(request: APIRequestContext, email: string, password: string) {
  const response = await request.post(`${backendUrl}/auth/customer/emailpass`, { data: { email, password } })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/**
 * A pack with wholesale tiers, as a verified buyer reads them (GET /store/products/:id/wholesale-tiers,
 * 404 to anyone else): the demo setup gives tiers to every third product, and their producers a minimum order.
 */
async function tieredPack(request: APIRequestContext, token: string) {
  const products = await storeProducts(request, { limit: 60 })
  for (const product of products) {
    const response = await request.get(`${backendUrl}/store/products/${product.id}/wholesale-tiers`, {
      headers: { ...storeHeaders(), authorization: `Bearer ${token}` },
    })
    if (response.status() !== 200) continue
    const { wholesale } = (await response.json()) as {
      wholesale: {
        variants: { variant_id: string; sku: string | null; retail_price: number | null; tiers: unknown[] }[]
      }
    }
    const variant = wholesale.variants.find(
      (candidate) =>
        candidate.sku &&
        candidate.tiers.length &&
        // One unit stays well below the 500.000 ₫ minimum the demo gives these producers.
        (candidate.retail_price ?? Infinity) < 400_000 &&
        (product.variants.find((v) => v.id === candidate.variant_id)?.inventory_quantity ?? 0) >= 10
    )
    if (variant) return { product, sku: variant.sku!, retail: variant.retail_price! }
  }
  throw new Error("none of the first 60 products has a wholesale pack in stock")
}

// Each person of the journey (the office, the buyer, three producers) browses in a context of their
// own, so that their sign-ins stay apart; the contexts close after the test.
const test = base.extend<{ personPage: () => Promise<Page> }>({
  personPage: async ({ browser, baseURL }, use) => {
    const contexts: BrowserContext[] = []
    await use(async () => {
      const context = await browser.newContext({ baseURL, locale: "vi-VN" })
      contexts.push(context)
      return context.newPage()
    })
    await Promise.all(contexts.map((context) => context.close()))
  },
})

function application(suffix: string, offset: number): ProducerApplication {
  return {
    email: `producer.${suffix.toLowerCase()}.${stamp}@example.vn`,
    password: "producer-password-1",
    name: `HTX Sỉ ${suffix} ${tag}`,
    legalForm: "Hợp tác xã",
    taxCode: freshTaxCode(offset),
    representative: "Lò Văn Sơn",
    phone: "0912 345 678",
    province: "Điện Biên",
    street: "Bản Mường Phăng",
  }
}

// Two producers that sign up in this run (the demo producer is the only seeded one with a sign-in):
// the first sells a small and a large pack and asks a minimum wholesale order, the second one pack.
const producerP = application("P", 1_000)
const producerQ = application("Q", 2_000)
const listingP: NewListing = {
  title: `Chè shan tuyết sỉ ${tag}`,
  productSet: "11. Chè tươi, chế biến",
  variants: [
    { title: "Hộp 100 g", sku: `SI-${tag}-100G`, price: 60_000, stock: 500 },
    { title: "Hộp 200 g", sku: `SI-${tag}-200G`, price: 110_000, stock: 500 },
  ],
}
const listingQ: NewListing = {
  title: `Mật ong hoa ban sỉ ${tag}`,
  productSet: "4. Mật ong, mật khác, nông sản thực phẩm khác",
  variants: [{ title: "Chai 500 ml", sku: `MO-${tag}-500`, price: 80_000, stock: 500 }],
}
const PRODUCER_MINIMUM = 500_000
const CASE_PACK = 6
const TIER = { from: 10, price: 54_000 }
const QUOTED_PRICE = 70_000
const QUOTED_QUANTITY = 100

const company = {
  legalName: `Công ty TNHH Siêu thị Bốn Mùa ${tag}`,
  taxCode: freshTaxCode(0),
  buyerType: "Siêu thị",
  phone: "0987 654 321",
  invoiceEmail: `hoadon.${stamp}@example.vn`,
  province: "Điện Biên",
  invoiceStreet: "25 Võ Nguyên Giáp",
}
const customer = {
  firstName: "Hạnh",
  lastName: "Phạm",
  email: `sieuthi.${stamp}@example.vn`,
  phone: "0987654321",
  password: "mat-khau-si-2026",
}
const DELIVERY: Buyer = {
  email: customer.email,
  phone: "0987 654 321",
  name: "Kho Siêu thị Bốn Mùa",
  province: "Điện Biên",
  street: "Kho số 2, đường Hoàng Văn Thái",
}
const CREDIT_LIMIT = 20_000_000

/** A producer signs up, the office approves it, it lists its product and the office publishes it. */
async function producerOnSale(
  portal: ProducerPortalPage,
  ocopAdmin: AdminOcopPage,
  producer: ProducerApplication,
  listing: NewListing
) {
  await portal.signUp(producer)
  await expect(portal.page).toHaveURL(/\/vi\/producer$/, { timeout: 30_000 })
  await expect(portal.main()).toContainText("Hồ sơ đang chờ Văn phòng OCOP duyệt")
  await ocopAdmin.approveProducer(producer.name)
  await expect(ocopAdmin.page.getByText(`Đã duyệt ${producer.name} (Approved)`)).toBeVisible()
  await portal.createListing(listing)
  await expect(portal.page).toHaveURL(/\/vi\/producer\/products\/prod_[A-Za-z0-9]+\?created=1$/, { timeout: 30_000 })
  const productPath = new URL(portal.page.url()).pathname
  await ocopAdmin.approveListing(listing.title)
  await expect(ocopAdmin.page.getByText(`Đã duyệt "${listing.title}" (Published)`)).toBeVisible()
  return productPath
}

/** The demo producer's password may have been changed by another spec: it resets it from the e-mailed link. */
async function signInDemoProducer(portal: ProducerPortalPage) {
  const password = `mat-khau-${stamp}`
  const before = emailsTo(demoProducer.email, "producer-password-reset").length
  await portal.requestPasswordReset(demoProducer.email)
  await expect(portal.notices()).toContainText(demoProducer.email)
  await expect.poll(() => emailsTo(demoProducer.email, "producer-password-reset").length).toBeGreaterThan(before)
  const link = new URL(emailsTo(demoProducer.email, "producer-password-reset").at(-1)!.data.reset_url)
  await portal.chooseNewPassword(`${link.pathname}${link.search}`, password)
  await expect(portal.page).toHaveURL(/\/vi\/producer\/sign-in\?reset=1$/)
  await portal.signIn(demoProducer.email, password)
  await expect(portal.page).toHaveURL(/\/vi\/producer$/, { timeout: 30_000 })
}

/** Address, standard delivery from each producer, pay on terms, place: the confirmation's total is the review's. */
async function checkOutOnTerms(checkout: CheckoutPage, wholesale: WholesalePage, producers: string[]) {
  await checkout.fillAddress(DELIVERY)
  await checkout.continue()
  await expect(checkout.page).toHaveURL(/[?&]step=delivery$/, { timeout: 30_000 })
  for (const producer of producers) await checkout.chooseDelivery(producer, "standard")
  await checkout.continue()
  await expect(checkout.page).toHaveURL(/[?&]step=payment$/, { timeout: 30_000 })
  await expect(wholesale.termsPaymentOption()).toHaveAccessibleName(/net 30 ngày/)
  await wholesale.termsPaymentOption().check()
  await expect(checkout.reviewProducerTotals()).toHaveCount(producers.length)
  const total = amountOf(await checkout.reviewTotal().innerText())
  await checkout.placeOrder()
  await expect(checkout.thanks()).toBeVisible({ timeout: 30_000 })
  await expect(checkout.page).toHaveURL(/\/vi\/order-groups\/ordgrp_[A-Za-z0-9]+$/)
  await expect(checkout.main()).toContainText("Thanh toán công nợ")
  expect(amountOf(await checkout.groupTotal().innerText())).toBe(total)
}

/** The number a producer's order has on the confirmation ("Đơn số 123"). */
async function orderNumberOf(checkout: CheckoutPage, producer: string) {
  const text = await checkout
    .producerOrder(producer)
    .getByText(/^Đơn số \d+$/)
    .innerText()
  return Number(text.replace(/\D/g, ""))
}

test.describe("wholesale", () => {
  test("vi: a supermarket registers, is verified with net-30 terms, orders three producers' goods from a CSV, pays on terms; the producers ship with its invoice data; a quote becomes an order; the office records an invoice paid from the bank statement", async ({
    personPage,
    request,
  }) => {
    // Five people and some forty pages, each rendered by the server.
    test.setTimeout(600_000)
    const [officePage, buyerPage, portalPageP, portalPageQ, portalPageD] = await Promise.all(
      Array.from({ length: 5 }, () => personPage())
    )
    const office = new AdminPage(officePage, backendUrl)
    const ocopAdmin = new AdminOcopPage(officePage, backendUrl)
    const officeWholesale = new AdminWholesalePage(officePage, backendUrl)
    const account = new AccountPage(buyerPage)
    const wholesale = new WholesalePage(buyerPage)
    const checkout = new CheckoutPage(buyerPage)
    const portalP = new ProducerPortalPage(portalPageP)
    const portalQ = new ProducerPortalPage(portalPageQ)
    const portalD = new ProducerPortalPage(portalPageD)
    const [smallPack, largePack] = listingP.variants
    const honeyPack = listingQ.variants[0]

    const demo = await test.step("the demo producer's pack read from the store API", () => demoProducerPack(request))

    await test.step("two more producers sign up, the office approves them and their listings", async () => {
      await office.signIn(admin.email, admin.password)
      await officePage.waitForURL(/\/app\/(?!login)/)
      await producerOnSale(portalQ, ocopAdmin, producerQ, listingQ)
      const productPathP = await producerOnSale(portalP, ocopAdmin, producerP, listingP)

      // The first asks a minimum order, sells the large pack by the case and the small one cheaper from 10.
      await portalP.openWholesaleSettings()
      await portalP.setWholesaleMinimum(PRODUCER_MINIMUM)
      await expect(portalP.notices()).toHaveText("Đã lưu.")
      await portalP.page.goto(productPathP)
      await portalP.setVariantWholesale(smallPack.title, { tiers: [TIER] })
      await expect(portalP.wholesaleForm(smallPack.title).getByRole("status")).toHaveText("Đã lưu.")
      await portalP.setVariantWholesale(largePack.title, { casePack: CASE_PACK })
      await expect(portalP.wholesaleForm(largePack.title).getByRole("status")).toHaveText("Đã lưu.")
    })

    await test.step("1. the supermarket's buyer registers the company with its tax code and invoice address: pending", async () => {
      await account.register(customer)
      await expect(buyerPage).toHaveURL(/\/vi\/account$/)
      const commune = await wholesale.registerCompany(company)
      await expect(buyerPage).toHaveURL(/\/vi\/account\/company$/, { timeout: 30_000 })
      await expect(wholesale.companyStatus()).toHaveText(
        "Đang chờ văn phòng OCOP xác minh. Bạn sẽ nhận e-mail khi có kết quả."
      )
      await expect(wholesale.companyDetails()).toContainText(company.taxCode)
      await expect(wholesale.companyDetails()).toContainText(
        `${company.invoiceStreet}, ${commune}, ${company.province}`
      )
    })

    await test.step("2. the office verifies it in the admin's Companies page and grants net-30 terms and a credit limit", async () => {
      await officeWholesale.openCompanies()
      await officeWholesale.searchCompanies(company.taxCode)
      await expect(officeWholesale.companyRow(company.legalName)).toContainText("Chờ xác minh")
      await officeWholesale.openCompany(company.legalName)
      await expect(officePage.getByRole("heading", { level: 1, name: company.legalName })).toBeVisible()
      await expect(officeWholesale.companyDetail("Mã số thuế (Tax code)")).toContainText(company.taxCode)
      await officePage.getByRole("button", { name: "Xác minh (Verify)" }).click()
      await expect(officeWholesale.toast(`Đã lưu quyết định cho "${company.legalName}" (Saved)`)).toBeVisible()
      await expect(officePage.getByText("Đã xác minh", { exact: true })).toBeVisible()
      await officeWholesale.setTerms(30, CREDIT_LIMIT)
      await expect(officeWholesale.toast("Đã lưu điều khoản (Terms saved)")).toBeVisible()
      await expect(officeWholesale.companyDetail("Hạn mức công nợ (Credit limit)")).toContainText(vnd(CREDIT_LIMIT))

      await wholesale.openCompany()
      await expect(wholesale.companyStatus()).toContainText("Đã xác minh")
      await expect(wholesale.companyDetails()).toContainText("30 ngày sau khi giao")
      await expect(wholesale.companyDetails()).toContainText(vnd(CREDIT_LIMIT))
    })

    await test.step("3. a CSV of three producers' goods: the good rows are added, two are refused with their reasons", async () => {
      const csv = [
        "sku,quantity",
        `${demo.sku},10`,
        `${smallPack.sku},4`,
        `${largePack.sku},7`,
        `${honeyPack.sku},10`,
        `KHONG-CO-${tag},3`,
      ].join("\n")
      await wholesale.openQuickOrder()
      await wholesale.uploadCsv("don-si.csv", csv)
      await expect(wholesale.csvAdded()).toContainText("Đã thêm 3 dòng vào giỏ.")
      await expect(wholesale.csvRefused()).toHaveText("2 dòng không thêm được:")
      await expect(wholesale.csvRefusedRows()).toHaveCount(2)
      await expect(wholesale.csvRefusedRows().nth(0)).toHaveText(
        new RegExp(`^4\\s*${largePack.sku}\\s*Số lượng phải là bội số của thùng ${CASE_PACK}$`)
      )
      await expect(wholesale.csvRefusedRows().nth(1)).toHaveText(
        new RegExp(`^6\\s*KHONG-CO-${tag}\\s*Không có sản phẩm mang mã này$`)
      )
      await expect(checkout.miniCart()).toHaveAccessibleName("Giỏ hàng: 24 sản phẩm")
    })

    await test.step("4. the cart says what one producer's part lacks and refuses checkout until the buyer raises it", async () => {
      await checkout.openCart()
      for (const producer of [demoProducer.name, producerP.name, producerQ.name])
        await expect(wholesale.cartPart(producer)).toBeVisible()
      const missing = PRODUCER_MINIMUM - 4 * smallPack.price
      await expect(wholesale.minimumNotice(producerP.name)).toHaveText(
        `Thêm ${vnd(missing)} để đạt đơn tối thiểu ${vnd(PRODUCER_MINIMUM)}.`
      )
      await expect(wholesale.checkoutBlocked()).toContainText("Chưa thể thanh toán")
      await expect(checkout.main().getByRole("link", { name: checkout.labels.goToCheckout })).toHaveCount(0)
      await buyerPage.goto("/vi/checkout")
      await expect(buyerPage).toHaveURL(/\/vi\/cart$/)

      await checkout.setLineQuantity(listingP.title, TIER.from)
      await expect(wholesale.minimumNotice(producerP.name)).toHaveText(
        `Đã đạt đơn sỉ tối thiểu ${vnd(PRODUCER_MINIMUM)}.`
      )
      // Ten units reach the producer's tier price.
      await expect(checkout.cartLine(listingP.title)).toContainText(`${vnd(TIER.price)} / sản phẩm`)
      await expect(wholesale.checkoutBlocked()).toHaveCount(0)
      await checkout.goToCheckout()
      await expect(buyerPage).toHaveURL(/\/vi\/checkout$/)
    })

    const orderNumbers = new Map<string, number>()
    await test.step("4. … then checks out paying on terms (net 30): one order per producer", async () => {
      await checkOutOnTerms(checkout, wholesale, [demoProducer.name, producerP.name, producerQ.name])
      await expect(checkout.producerOrders()).toHaveCount(3)
      for (const producer of [demoProducer.name, producerP.name, producerQ.name])
        orderNumbers.set(producer, await orderNumberOf(checkout, producer))
    })

    await test.step("5. each producer sees its order with the company's invoice data and ships it", async () => {
      await signInDemoProducer(portalD)
      const portals: [ProducerPortalPage, string][] = [
        [portalD, demoProducer.name],
        [portalP, producerP.name],
        [portalQ, producerQ.name],
      ]
      for (const [portal, producer] of portals) {
        await portal.openOrders()
        await portal.orderLink(orderNumbers.get(producer)!).click()
        await expect(portal.page).toHaveURL(/\/vi\/producer\/orders\/order_[A-Za-z0-9]+$/)
        await expect(portal.fulfilmentStatus()).toHaveText("Mới đặt")
        const invoice = portal.invoiceDetails()
        await expect(invoice).toContainText("Doanh nghiệp đã xác minh")
        await expect(invoice).toContainText(company.legalName)
        await expect(invoice).toContainText(company.taxCode)
        await expect(invoice).toContainText(company.invoiceStreet)
        await expect(invoice).toContainText(company.invoiceEmail)
        await expect(portal.payment()).toContainText("Thanh toán công nợ (doanh nghiệp trả theo hóa đơn)")
        await expect(portal.paymentStatus()).toHaveText(
          "Chưa thanh toán: doanh nghiệp trả theo hóa đơn, hạn tính từ ngày giao"
        )
        await portal.takeStep("accept")
        await expect(portal.fulfilmentStatus()).toHaveText("Đã nhận đơn")
        await portal.takeStep("pack")
        await expect(portal.fulfilmentStatus()).toHaveText("Đã đóng gói")
        await portal.ship("Viettel Post", `VTP${tag}${orderNumbers.get(producer)}`)
        await expect(portal.fulfilmentStatus()).toHaveText("Đang giao")
        await expect(portal.shipment()).toContainText(`VTP${tag}${orderNumbers.get(producer)}`)
      }
    })

    await test.step("6. the buyer asks the second producer for a quote; it answers with a price and a validity; the accepted quote is ordered at that price", async () => {
      const honey = await productBySku(request, listingQ.title, honeyPack.sku!)
      const validUntil = vietnamDate(new Date(Date.now() + 14 * 24 * 60 * 60 * 1000))
      const lineTitle = `${listingQ.title} – ${honeyPack.title}`

      await buyerPage.goto(`/vi/products/${honey.handle}`)
      await wholesale.requestQuote(QUOTED_QUANTITY, "Giao trước Tết, xuất hoá đơn VAT.")
      await expect(buyerPage).toHaveURL(/\/vi\/account\/quotes\/[a-z]+_[A-Za-z0-9]+$/, { timeout: 30_000 })
      const quotePath = new URL(buyerPage.url()).pathname
      await expect(wholesale.quoteStatus()).toHaveText("Đang chờ báo giá")
      await expect(wholesale.quoteLines()).toHaveText([
        new RegExp(`^${escapeRegExp(lineTitle)}\\s*${QUOTED_QUANTITY}\\s*Chưa báo giá`),
      ])

      await portalQ.openQuotes()
      await portalQ.main().getByRole("link").filter({ hasText: company.legalName }).first().click()
      await expect(portalQ.page.getByRole("heading", { level: 1 })).toHaveText(`Yêu cầu của ${company.legalName}`)
      await portalQ.answerQuote([{ title: lineTitle, quantity: QUOTED_QUANTITY, price: QUOTED_PRICE }], validUntil)
      await expect(portalQ.quoteAnswerForm().getByRole("status")).toHaveText("Đã gửi báo giá cho người mua.")

      await buyerPage.goto(quotePath)
      await expect(wholesale.quoteStatus()).toHaveText("Đã báo giá")
      await expect(wholesale.quoteLines().first()).toContainText(vnd(QUOTED_PRICE))
      await expect(wholesale.quoteLines().first()).toContainText(vnd(QUOTED_PRICE * QUOTED_QUANTITY))
      await wholesale.acceptQuote()
      await expect(buyerPage).toHaveURL(/\/vi\/checkout$/, { timeout: 30_000 })
      await checkOutOnTerms(checkout, wholesale, [producerQ.name])
      const order = checkout.producerOrder(producerQ.name)
      await expect(order).toContainText(`× ${QUOTED_QUANTITY}`)
      await expect(order).toContainText(vnd(QUOTED_PRICE * QUOTED_QUANTITY))
      orderNumbers.set("quote", await orderNumberOf(checkout, producerQ.name))

      // The order itself carries the quoted unit price, as the store API answers its buyer.
      const signIn = await request.post(`${backendUrl}/auth/customer/emailpass`, {
        data: { email: customer.email, password: customer.password },
      })
      const { token } = (await signIn.json()) as { token: string }
      const groupId = new URL(buyerPage.url()).pathname.split("/").pop()!
      const response = await request.get(`${backendUrl}/store/ocop/order-groups/${groupId}`, {
        headers: { ...storeHeaders(), authorization: `Bearer ${token}` },
      })
      expect(response.status()).toBe(200)
      const { order_group } = (await response.json()) as {
        order_group: { orders: { items: { variant_id: string; quantity: number; unit_price: number }[] }[] }
      }
      expect(order_group.orders.flatMap((o) => o.items)).toEqual([
        expect.objectContaining({
          variant_id: honey.variants[0].id,
          quantity: QUOTED_QUANTITY,
          unit_price: QUOTED_PRICE,
        }),
      ])

      await buyerPage.goto(quotePath)
      await expect(wholesale.quoteStatus()).toHaveText("Đã chấp nhận")
    })

    await test.step("7. the office sees the open balance, imports a bank statement paying one invoice by its reference; the ledger shows it paid", async () => {
      // One invoice per producer order paid on terms, written once the checkout's orders exist.
      await expect(async () => {
        await wholesale.openLedger()
        await expect(wholesale.ledgerInvoices()).toHaveCount(4, { timeout: 1_000 })
      }).toPass({ timeout: 30_000 })
      const paid = wholesale.ledgerInvoiceOfOrder(orderNumbers.get(demoProducer.name)!)
      const reference = (await wholesale.invoiceReference(paid).innerText()).trim()
      expect(reference).toMatch(/^HD[A-Z0-9]+$/)
      const amount = amountOf(await wholesale.invoiceAmount(paid).innerText())
      await expect(wholesale.invoiceStatus(paid)).toHaveText("Chưa trả")
      const owed = amountOf(await wholesale.ledgerOwed().innerText())

      // The office's order list finds the company's two checkouts by its buyer's e-mail, both on terms.
      await ocopAdmin.openOrders()
      await ocopAdmin.searchOrders(customer.email)
      await expect(ocopAdmin.checkoutRows()).toHaveCount(2)
      for (const row of await ocopAdmin.checkoutRows().all()) await expect(row).toContainText("Thanh toán công nợ")

      await officeWholesale.openLedger()
      await expect(officeWholesale.ledgerRow(company.legalName)).toBeVisible()
      expect(amountOf(await officeWholesale.ledgerOpenBalance(company.legalName))).toBe(owed)

      // The company's transfer quotes the invoice's reference, as the ledger page asks.
      const today = new Intl.DateTimeFormat("vi-VN", {
        timeZone: "Asia/Ho_Chi_Minh",
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
      }).format(new Date())
      const statement = [
        "Sao kê tài khoản 0071000123456",
        "Ngày giao dịch;Số tiền ghi có;Nội dung",
        `${today};${new Intl.NumberFormat("vi-VN").format(amount)};${company.legalName} TT ${reference}`,
      ].join("\n")
      await ocopAdmin.openBankStatements()
      await ocopAdmin.importStatement(`sao-ke-${tag}.csv`, statement)
      const invoicePayments = ocopAdmin.statementList("Trả hóa đơn công nợ (Invoice payments)")
      await expect(invoicePayments.heading).toHaveText("Trả hóa đơn công nợ (Invoice payments): 1")
      await expect(invoicePayments.rows.first()).toContainText(reference)
      await expect(invoicePayments.rows.first()).toContainText("Đã trả đủ")

      await officeWholesale.openLedger()
      await expect
        .poll(async () => amountOf(await officeWholesale.ledgerOpenBalance(company.legalName)))
        .toBe(owed - amount)
      await wholesale.openLedger()
      await expect(wholesale.invoiceStatus(paid)).toHaveText("Đã trả")
      await expect(wholesale.invoiceOutstanding(paid)).toHaveText(vnd(0))

      // The producer whose invoice it was sees its order paid; the others still wait for theirs.
      await portalD.page.reload()
      await expect(portalD.paymentStatus()).toHaveText("Đã thanh toán")
      await portalP.page.reload()
      await expect(portalP.paymentStatus()).toHaveText(
        "Chưa thanh toán: doanh nghiệp trả theo hóa đơn, hạn tính từ ngày giao"
      )
    })
  })

  test("en: the demo supermarket's buyer finds a pack by SKU on the quick-order pad, adds it, and the cart says in English what the producer's minimum still needs", async ({
    page,
    request,
  }) => {
    const account = new AccountPage(page, "en")
    const wholesale = new WholesalePage(page, "en")
    const checkout = new CheckoutPage(page, "en")
    const token = await customerToken(request, demoBuyer.email, demoBuyer.password)
    const pack = await test.step("a pack with wholesale tiers, read from the store API", () =>
      tieredPack(request, token))

    await test.step("sign in and search the pad by SKU", async () => {
      await account.signIn(demoBuyer.email, demoBuyer.password)
      await expect(page).toHaveURL(/\/en\/account$/)
      await wholesale.openQuickOrder()
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quick wholesale order")
      await wholesale.searchPad(pack.sku)
      await expect(wholesale.padStatus()).toHaveText("1 result")
      const result = wholesale.padResult(pack.sku)
      await expect(result).toContainText(`Producer: ${pack.product.producer!.name}`)
      await expect(result).toContainText("Minimum 1 · case of 1")
    })

    await test.step("add one unit: it is in the cart", async () => {
      await wholesale.addFromPad(pack.sku, 1)
      await expect(wholesale.padResult(pack.sku).getByRole("status")).toHaveText("Added to your cart. View cart")
      await expect(checkout.miniCart()).toHaveAccessibleName("Cart: 1 item")
    })

    await test.step("the cart tells what the producer's minimum order still needs and holds back the checkout", async () => {
      await wholesale.padResult(pack.sku).getByRole("link", { name: "View cart" }).click()
      await expect(page).toHaveURL(/\/en\/cart$/)
      const notice = wholesale.minimumNotice(pack.product.producer!.name)
      await expect(notice).toHaveText(/^Add [\d.]+\u00a0₫ to reach the minimum order of [\d.]+\u00a0₫\.$/)
      const [missing, minimum] = ((await notice.innerText()).match(/[\d.]+(?=\u00a0₫)/g) ?? []).map(amountOf)
      expect(missing).toBe(minimum - pack.retail)
      await expect(wholesale.checkoutBlocked()).toHaveText(
        "You cannot check out yet: complete each producer's minimum order above."
      )
    })
  })
})
