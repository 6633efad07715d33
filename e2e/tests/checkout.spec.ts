import type { APIRequestContext } from "@playwright/test"
import fs from "node:fs"
import { admin, backendUrl, expect, publishableKey, seedCatalogue, test } from "../fixtures"
import { amountOf, STEP_TIMEOUT, type Buyer, type CheckoutPage, type PaymentMethod } from "../pages/checkout-page"

type ProductOnSale = {
  handle: string
  title: string
  titleEn: string
  stock: number
  producer: { id: string; name: string }
}
type StoreProduct = {
  handle: string
  title: string
  metadata: { title_en?: string } | null
  producer: { id: string; name: string } | null
  variants: { inventory_quantity: number | null }[]
}

const storeHeaders = () => ({ "x-publishable-api-key": publishableKey() })
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Single-pack products with at least 20 units in stock, one per producer, as the store API lists them. */
async function productsOnSale(request: APIRequestContext): Promise<ProductOnSale[]> {
  const response = await request.get(`${backendUrl}/store/products`, {
    headers: storeHeaders(),
    params: {
      limit: 200,
      fields: "handle,title,metadata,producer.id,producer.name,variants.id,+variants.inventory_quantity",
    },
  })
  expect(response.status()).toBe(200)
  const { products } = (await response.json()) as { products: StoreProduct[] }
  const byProducer = new Map<string, ProductOnSale>()
  for (const { handle, title, metadata, producer, variants } of products) {
    const stock = variants.length === 1 ? (variants[0].inventory_quantity ?? 0) : 0
    if (!producer || stock < 20 || byProducer.has(producer.id)) continue
    byProducer.set(producer.id, { handle, title, titleEn: metadata?.title_en ?? title, stock, producer })
  }
  return [...byProducer.values()]
}

/** Two products of two different producers; `pair` picks another pair for each test. */
async function productsOfTwoProducers(request: APIRequestContext, pair = 0): Promise<[ProductOnSale, ProductOnSale]> {
  const [first, second] = (await productsOnSale(request)).slice(pair * 2, pair * 2 + 2)
  expect(second).toBeDefined()
  return [first, second]
}

type SeedProducer = { name: string; street: string; province_code: string }
const seedProducers = new Map(
  (seedCatalogue().producers as SeedProducer[]).map((producer) => [producer.name, producer])
)

/** A product of a producer in Điện Biên (the buyer's province) and one of a producer in another province. */
async function productsOfTwoProvinces(request: APIRequestContext): Promise<[ProductOnSale, ProductOnSale]> {
  const products = await productsOnSale(request)
  const inDienBien = (product: ProductOnSale) =>
    seedProducers.get(product.producer.name)?.province_code === DIEN_BIEN.code
  const [near, far] = [products.find(inDienBien), products.find((product) => !inDienBien(product))]
  expect(near).toBeDefined()
  expect(far).toBeDefined()
  return [near!, far!]
}

async function provinceNames(request: APIRequestContext): Promise<Map<string, string>> {
  const response = await request.get(`${backendUrl}/store/places/provinces`, { headers: storeHeaders() })
  expect(response.status()).toBe(200)
  return new Map(
    ((await response.json()).provinces as { code: string; name: string }[]).map((province) => [
      province.code,
      province.name,
    ])
  )
}

/** The communes the backend lists for a province: the commune select must offer exactly these. */
async function communesOf(request: APIRequestContext, provinceCode: string) {
  const response = await request.get(`${backendUrl}/store/places/provinces/${provinceCode}/communes`, {
    headers: storeHeaders(),
    params: { limit: 200 },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()).communes as { name: string }[]).map((commune) => commune.name)
}

const DIEN_BIEN = { code: "11", name: "Điện Biên" }
const BUYER: Buyer = {
  email: "lan.nguyen@example.vn",
  phone: "0912 345 678",
  name: "Nguyễn Thị Lan",
  province: DIEN_BIEN.name,
  street: "12 Trần Phú",
  note: "Gọi trước khi giao",
}

/** Runs after each page of the journey has rendered (the 360 px test checks the width there). */
type PageCheck = () => Promise<void>
const noCheck: PageCheck = async () => {}

// The journey's steps, shared by the tests; each checks what the buyer sees at that point.

async function addToCart(checkout: CheckoutPage, products: ProductOnSale[], checkPage: PageCheck) {
  await test.step("add a product of each producer (1 and 2 units): the mini-cart counts 3", async () => {
    for (const [index, product] of products.entries()) {
      await checkout.openProduct(product.handle)
      await expect(checkout.addToCartButton()).toBeVisible()
      await checkPage()
      await checkout.addToCart(index + 1)
      await expect(checkout.addedNotice()).toBeVisible()
    }
    await expect(checkout.miniCart()).toHaveAccessibleName(new RegExp(`^${checkout.labels.cart}: 3 `))
  })
}

async function reviewCart(checkout: CheckoutPage, products: ProductOnSale[], checkPage: PageCheck) {
  await test.step("the cart shows one section per producer with its lines and subtotal", async () => {
    await checkout.miniCart().click()
    await expect(checkout.page).toHaveURL(new RegExp(`/${checkout.locale}/cart$`))
    for (const [index, product] of products.entries()) {
      const group = checkout.cartGroup(product.producer.name)
      const title = checkout.locale === "en" ? product.titleEn : product.title
      await expect(group.getByRole("heading", { name: title, exact: true })).toBeVisible()
      await expect(group.getByRole("spinbutton")).toHaveValue(String(index + 1))
      await expect(group.getByText(/^[\d.]+\u00a0₫$/).last()).toBeVisible()
    }
    await checkPage()
    await checkout.goToCheckout()
    await expect(checkout.page).toHaveURL(new RegExp(`/${checkout.locale}/checkout$`))
  })
}

async function enterAddress(checkout: CheckoutPage, checkPage: PageCheck, buyer: Buyer = BUYER) {
  await test.step("contact and delivery address", async () => {
    await checkout.fillAddress(buyer)
    await checkPage()
    await checkout.continue()
    // Each step is saved by a server action that renders the next step; focus moves to its heading.
    await expect(checkout.page).toHaveURL(/[?&]step=delivery$/, { timeout: STEP_TIMEOUT })
    await expect(checkout.stepHeading(2)).toBeFocused()
    await expect(checkout.step(1)).toContainText(BUYER.street)
    await expect(checkout.step(1)).toContainText(BUYER.note!)
  })
}

async function chooseStandardDelivery(checkout: CheckoutPage, products: ProductOnSale[], checkPage: PageCheck) {
  await test.step("standard delivery for each producer's part", async () => {
    for (const product of products) await checkout.chooseDelivery(product.producer.name, "standard")
    await checkPage()
    await checkout.continue()
    await expect(checkout.page).toHaveURL(/[?&]step=payment$/, { timeout: STEP_TIMEOUT })
    await expect(checkout.stepHeading(3)).toBeFocused()
  })
}

/** Pays with `method`, checks the review and places the order; returns the review's total. */
async function payAndPlaceOrder(checkout: CheckoutPage, method: PaymentMethod, checkPage: PageCheck) {
  return test.step(`review, pay by ${method} and place the order`, async () => {
    await expect(checkout.paymentOption("cod")).toBeChecked()
    await checkout.paymentOption(method).check()
    await expect(checkout.reviewProducerTotals()).toHaveCount(2)
    const producerTotals = (await checkout.reviewProducerTotals().allInnerTexts()).map(amountOf)
    const total = amountOf(await checkout.reviewTotal().innerText())
    expect(producerTotals[0] + producerTotals[1]).toBe(total)
    await expect(checkout.review()).toContainText(
      checkout.locale === "en" ? "Prices include VAT." : "Giá đã bao gồm thuế VAT."
    )
    await checkPage()
    await checkout.placeOrder()
    await expect(checkout.thanks()).toBeVisible({ timeout: STEP_TIMEOUT })
    await expect(checkout.page).toHaveURL(new RegExp(`/${checkout.locale}/order-groups/ordgrp_[A-Za-z0-9]+$`))
    return total
  })
}

async function confirmProducerOrders(checkout: CheckoutPage, products: ProductOnSale[], total: number) {
  await test.step("the confirmation shows one order per producer; their totals add up to the total", async () => {
    await expect(checkout.producerOrders()).toHaveCount(2)
    for (const product of products) {
      await expect(checkout.producerOrder(product.producer.name)).toBeVisible()
    }
    const orderTotals = await Promise.all(
      (await checkout.producerOrders().all()).map(async (order) =>
        amountOf(await checkout.producerOrderTotal(order).innerText())
      )
    )
    const groupTotal = amountOf(await checkout.groupTotal().innerText())
    expect(orderTotals[0] + orderTotals[1]).toBe(groupTotal)
    expect(groupTotal).toBe(total)
    // The order is placed: the cart cookie is gone and the header shows an empty cart.
    await expect(checkout.miniCart()).toHaveAccessibleName(
      checkout.locale === "en" ? "Cart: empty" : "Giỏ hàng: chưa có sản phẩm"
    )
  })
}

test.describe("guest checkout", () => {
  // A journey over seven pages, each rendered by the server.
  test.describe.configure({ timeout: 180_000 })

  test("vi: two producers, standard delivery, cash on delivery: one order per producer adding up to the total", async ({
    checkout,
    request,
  }) => {
    const products = await productsOfTwoProvinces(request)
    await addToCart(checkout, products, noCheck)
    await reviewCart(checkout, products, noCheck)

    await test.step("the phone is checked before sending, the error is shown next to it", async () => {
      await checkout.fillAddress({ ...BUYER, phone: "091 234" })
      expect(await checkout.communeNames()).toEqual(await communesOf(request, DIEN_BIEN.code))
      await checkout.continue()
      const phone = checkout.field(checkout.labels.phone)
      await expect(phone).toHaveAttribute("aria-invalid", "true")
      await expect(phone).toHaveAccessibleDescription(/Số di động gồm số 0 và 9 chữ số/)
      await expect(checkout.formAlert()).toContainText("Vui lòng sửa các mục được đánh dấu")
      await expect(checkout.page).not.toHaveURL(/step=/)
    })

    await enterAddress(checkout, noCheck)

    await test.step("pickup says where the producer is, and warns when that is another province than the buyer's", async () => {
      const provinces = await provinceNames(request)
      for (const product of products) {
        const producer = seedProducers.get(product.producer.name)!
        const province = provinces.get(producer.province_code)!
        const pickup = checkout.deliveryOption(product.producer.name, "pickup")
        await expect(pickup).toHaveAccessibleName(
          new RegExp(`Tại ${escapeRegExp(province)}: ${escapeRegExp(producer.street)}, `)
        )
        const warning = `Cơ sở ở ${province}, khác tỉnh với địa chỉ nhận hàng của bạn (${DIEN_BIEN.name})`
        if (producer.province_code === DIEN_BIEN.code)
          await expect(pickup).not.toHaveAccessibleName(new RegExp(escapeRegExp(warning)))
        else await expect(pickup).toHaveAccessibleName(new RegExp(escapeRegExp(warning)))
      }
    })

    await chooseStandardDelivery(checkout, products, noCheck)
    const total = await payAndPlaceOrder(checkout, "cod", noCheck)
    await confirmProducerOrders(checkout, products, total)
    await expect(checkout.main()).toContainText("Thanh toán khi nhận hàng (COD)")
    await expect(checkout.transferQr()).toHaveCount(0)
  })

  test("en: the same checkout paid by bank transfer shows the VietQR and the reference; the QR carries both", async ({
    checkout: base,
    request,
  }) => {
    const checkout = base.inLocale("en")
    const products = await productsOfTwoProducers(request, 1)
    await addToCart(checkout, products, noCheck)
    await reviewCart(checkout, products, noCheck)
    await enterAddress(checkout, noCheck)
    await chooseStandardDelivery(checkout, products, noCheck)
    const total = await payAndPlaceOrder(checkout, "bank", noCheck)
    await confirmProducerOrders(checkout, products, total)

    await test.step("the transfer's details to type by hand, and a QR code that carries the reference and the amount", async () => {
      await expect(checkout.transferQr()).toBeVisible()
      const reference = (await checkout.transferReference().innerText()).trim()
      expect(reference).toMatch(/^OCOP[2-9A-HJ-NP-Z]{8}$/)
      expect(amountOf(await checkout.transferAmount().innerText())).toBe(total)
      await expect(checkout.main()).toContainText("0071000123456")
      await expect(checkout.main()).toContainText("Pay by")

      const payload = await checkout.decodeTransferQr()
      expect(payload).not.toBeNull()
      expect(payload).toContain(reference)
      // EMVCo field 54 is the amount: "54", its length in two digits, then the amount itself.
      expect(payload).toContain(`54${String(String(total).length).padStart(2, "0")}${total}`)
    })

    await test.step("paying from the same phone: copy buttons fill the clipboard, the QR saves as a PNG", async () => {
      await checkout.page.context().grantPermissions(["clipboard-read", "clipboard-write"])
      const reference = (await checkout.transferReference().innerText()).trim()
      for (const [what, text] of [
        ["accountNumber", "0071000123456"],
        ["amount", String(total)],
        ["reference", reference],
      ] as const) {
        await checkout.copyButton(what).click()
        expect(await checkout.clipboardText()).toBe(text)
      }
      const download = await checkout.saveQr()
      expect(download.suggestedFilename()).toBe(`vietqr-${reference}.png`)
      const png = fs.readFileSync(await download.path())
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a")
    })
  })

  test("vi at 360 × 740: the whole cash-on-delivery checkout without horizontal scrolling", async ({
    checkout,
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    const noHorizontalScroll: PageCheck = async () => {
      expect(await checkout.scrollWidth()).toBeLessThanOrEqual(360)
    }
    const products = await productsOfTwoProducers(request, 2)
    await addToCart(checkout, products, noHorizontalScroll)
    await reviewCart(checkout, products, noHorizontalScroll)
    await enterAddress(checkout, noHorizontalScroll)
    await chooseStandardDelivery(checkout, products, noHorizontalScroll)
    const total = await payAndPlaceOrder(checkout, "cod", noHorizontalScroll)
    await confirmProducerOrders(checkout, products, total)
    await noHorizontalScroll()
  })
})

test("the cart: more than the stock is refused with what is left, a quantity changes, lines are removed", async ({
  checkout,
  request,
}) => {
  // A product with less stock than a line may hold (99), so asking for one more is a question of stock.
  const candidates = await productsOnSale(request)
  const scarce = candidates.find((product) => product.stock < 99)!
  const other = candidates.find((product) => product.producer.id !== scarce.producer.id)!
  expect(scarce).toBeDefined()
  await addToCart(checkout, [scarce, other], noCheck)
  await checkout.openCart()

  await test.step("one more than the stock: the line says how many are left and keeps its quantity", async () => {
    await checkout.setLineQuantity(scarce.title, scarce.stock + 1)
    const line = checkout.cartLine(scarce.title)
    await expect(line.getByRole("alert")).toHaveText(`Không đủ hàng: trong kho chỉ còn ${scarce.stock} sản phẩm.`)
    await expect(line.getByRole("spinbutton")).toHaveValue("1")
  })

  await test.step("a quantity the store has: the line, its producer's subtotal and the mini-cart follow", async () => {
    await checkout.setLineQuantity(scarce.title, 3)
    await expect(checkout.miniCart()).toHaveAccessibleName("Giỏ hàng: 5 sản phẩm")
    await expect(checkout.cartLine(scarce.title).getByRole("alert")).toHaveCount(0)
  })

  await test.step("removing every line empties the cart", async () => {
    await checkout.removeLine(other.title)
    await expect(checkout.cartGroup(other.producer.name)).toHaveCount(0)
    await checkout.removeLine(scarce.title)
    await expect(checkout.main().getByRole("status")).toContainText("Giỏ hàng của bạn đang trống.")
    await expect(checkout.miniCart()).toHaveAccessibleName("Giỏ hàng: chưa có sản phẩm")
  })
})

test.describe("signed-in checkout", () => {
  test.describe.configure({ timeout: 240_000 })

  test("vi: a customer with no saved address starts the checkout from her account's e-mail and phone", async ({
    account,
    checkout,
    page,
    request,
  }) => {
    const customer = {
      firstName: "Hoa",
      lastName: "Lò",
      email: `hoa.${Date.now()}@example.vn`,
      phone: "0987654321",
      password: "mat-khau-2026",
    }
    await account.register(customer)
    await expect(page).toHaveURL(/\/vi\/account$/)
    const [product] = await productsOfTwoProducers(request, 4)
    await checkout.openProduct(product.handle)
    await checkout.addToCart()
    await expect(checkout.addedNotice()).toBeVisible()
    await checkout.openCart()
    await checkout.goToCheckout()
    await expect(checkout.field(checkout.labels.email)).toHaveValue(customer.email)
    await expect(checkout.field(checkout.labels.phone)).toHaveValue(customer.phone)
  })

  test("vi: a registered customer pays by bank transfer, the office marks it paid in the admin, her order history shows it paid; buy again refills the cart", async ({
    account,
    adminPage,
    checkout,
    page,
    request,
  }) => {
    const customer = {
      firstName: "Lan",
      lastName: "Nguyễn",
      email: `lan.${Date.now()}@example.vn`,
      phone: "0912345678",
      password: "mat-khau-2026",
    }

    await test.step("register: the account page opens with no orders", async () => {
      await account.register(customer)
      await expect(page).toHaveURL(/\/vi\/account$/)
      await expect(account.main()).toContainText(account.labels.noOrders)
    })

    await test.step("she saves a delivery address in her address book", async () => {
      await page.goto("/vi/account/addresses")
      await expect(checkout.field(checkout.labels.name)).toHaveValue("Lan Nguyễn")
      await checkout.chooseProvince(DIEN_BIEN.name)
      await checkout.field(checkout.labels.street).fill("5 Võ Nguyên Giáp")
      await checkout.main().getByRole("button", { name: "Lưu địa chỉ" }).click()
      await expect(page).toHaveURL(/\/vi\/account\/addresses\?saved=1$/)
      await expect(account.main().getByTestId("saved-address")).toContainText("5 Võ Nguyên Giáp")
      await expect(account.main().getByTestId("saved-address")).toContainText(DIEN_BIEN.name)
    })

    const products = await productsOfTwoProducers(request, 3)
    await addToCart(checkout, products, noCheck)
    await reviewCart(checkout, products, noCheck)
    await test.step("the checkout starts from her e-mail and her saved address", async () => {
      await expect(checkout.field(checkout.labels.email)).toHaveValue(customer.email)
      await expect(checkout.field(checkout.labels.street)).toHaveValue("5 Võ Nguyên Giáp")
      await expect(checkout.provinceSelect()).toHaveValue(DIEN_BIEN.code)
    })
    await enterAddress(checkout, noCheck, { ...BUYER, email: customer.email })
    await chooseStandardDelivery(checkout, products, noCheck)
    const total = await payAndPlaceOrder(checkout, "bank", noCheck)
    await expect(checkout.transferQr()).toBeVisible()
    expect(await checkout.decodeTransferQr()).toContain((await checkout.transferReference().innerText()).trim())
    const groupId = new URL(page.url()).pathname.split("/").pop()!

    await test.step("her history lists the checkout, awaiting payment, with both producers' orders placed", async () => {
      await account.openHistory()
      await expect(account.historyEntries()).toHaveCount(1)
      await expect(account.paymentStatus()).toHaveText(account.labels.awaitingPayment)
      await expect(account.producerOrders()).toHaveCount(2)
      for (const product of products)
        await expect(account.producerOrders().filter({ hasText: product.producer.name })).toContainText(
          account.labels.placed
        )
      await expect(account.historyEntries().first()).toContainText(new Intl.NumberFormat("vi-VN").format(total))
    })

    await test.step("the office finds the checkout's order in the admin and captures the transfer", async () => {
      // Her checkout answers only to her token.
      const signIn = await request.post(`${backendUrl}/auth/customer/emailpass`, {
        data: { email: customer.email, password: customer.password },
      })
      const { token } = (await signIn.json()) as { token: string }
      const response = await request.get(`${backendUrl}/store/ocop/order-groups/${groupId}`, {
        headers: { ...storeHeaders(), authorization: `Bearer ${token}` },
      })
      const { order_group } = (await response.json()) as { order_group: { parent_order_id: string } }
      await adminPage.signIn(admin.email, admin.password)
      await page.waitForURL(/\/app\/orders/)
      await page.goto(`${backendUrl}/app/orders/${order_group.parent_order_id}`)
      await page.getByRole("button", { name: /^(Capture payment|Ghi nhận thanh toán)$/ }).click()
      await page.getByRole("button", { name: /^(Confirm|Xác nhận)$/ }).click()
      await expect(page.getByRole("button", { name: /^(Capture payment|Ghi nhận thanh toán)$/ })).toHaveCount(0)
    })

    await test.step("her history now shows it paid", async () => {
      await account.openHistory()
      await expect(account.paymentStatus()).toHaveText(account.labels.paid)
    })

    await test.step("buy again puts the same lines into her cart", async () => {
      await account.historyEntries().first().getByRole("button", { name: account.labels.reorder }).click()
      await expect(page).toHaveURL(/\/vi\/cart$/)
      await expect(checkout.miniCart()).toHaveAccessibleName(new RegExp(`^${checkout.labels.cart}: 3 `))
    })

    await test.step("signing out ends the session: the account page asks to sign in again", async () => {
      await account.openHistory()
      await account.main().getByRole("button", { name: account.labels.signOut }).click()
      await expect(page).toHaveURL(/\/vi$/)
      await account.openHistory()
      await expect(page).toHaveURL(/\/vi\/account\/sign-in/)
      await account.signIn(customer.email, customer.password)
      await expect(page).toHaveURL(/\/vi\/account$/)
      await expect(account.historyEntries()).toHaveCount(1)
    })
  })
})
