import { admin, backendUrl, expect, publishableKey, seedCatalogue, test } from "../fixtures"

/** VND as Vietnamese shoppers read it: dots between thousands, a no-break space, then ₫. */
function vnd(amount: number) {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}\u00a0₫`
}

const weasel = seedCatalogue().products.find(
  (p: { kind: string; variants: unknown[] }) => p.kind === "ca-phe-chon" && p.variants.length === 1
)
const WEASEL_COFFEE = { handle: weasel.handle as string, title: weasel.title as string }
const WEASEL_COFFEE_PRICE = vnd(weasel.variants[0].price)

test.describe("backend", () => {
  test("answers its health check", async ({ request }) => {
    const response = await request.get(`${backendUrl}/health`)
    expect(response.status()).toBe(200)
  })

  test("store API returns the seeded products priced in VND", async ({ request }) => {
    const headers = { "x-publishable-api-key": publishableKey() }
    const regions = await (await request.get(`${backendUrl}/store/regions`, { headers })).json()
    const region = regions.regions.find((r: { name: string }) => r.name === "Việt Nam")
    const response = await request.get(
      `${backendUrl}/store/products?region_id=${region.id}&handle=${WEASEL_COFFEE.handle}&fields=title,*variants.calculated_price`,
      { headers }
    )
    expect(response.status()).toBe(200)
    const { products } = await response.json()
    expect(products[0].title).toBe(WEASEL_COFFEE.title)
    expect(products[0].variants[0].calculated_price).toMatchObject({
      currency_code: "vnd",
      calculated_amount: weasel.variants[0].price,
    })
  })
})

test.describe("storefront", () => {
  test("home page shows seeded ★4 products with images", async ({ storefront }) => {
    await storefront.openHome()
    await expect(storefront.page).toHaveURL(/\/vi$/)
    await expect(storefront.page.locator("html")).toHaveAttribute("lang", "vi")
    const cards = storefront.homeSection("Sản phẩm OCOP 4 sao").getByRole("article")
    await expect(cards.first()).toBeVisible()
    const count = await cards.count()
    expect(count).toBe(8)
    await expect(cards.getByRole("img")).toHaveCount(count)
    await expect(cards.getByText(/^(Từ )?[\d.]+\u00a0₫$/)).toHaveCount(count)
    const firstTitle = await cards.first().getByRole("heading").innerText()
    await storefront.productLink(firstTitle).click()
    await expect(storefront.page).toHaveURL(/\/vi\/products\/[a-z0-9-]+$/)
    await expect(storefront.page.getByRole("heading", { level: 1 })).toHaveText(firstTitle)
  })

  test("product page shows the price in VND, formatted like 1.250.000 ₫", async ({ storefront }) => {
    await storefront.openProduct(WEASEL_COFFEE.handle)
    await expect(storefront.page.getByRole("heading", { level: 1 })).toHaveText(WEASEL_COFFEE.title)
    await expect(storefront.productPrice()).toHaveText(WEASEL_COFFEE_PRICE)
  })

  test("the language switch keeps the current page", async ({ storefront }) => {
    await storefront.openProduct(WEASEL_COFFEE.handle)
    await storefront.switchLanguage("English")
    await expect(storefront.page).toHaveURL(new RegExp(`/en/products/${WEASEL_COFFEE.handle}$`))
    await expect(storefront.page.locator("html")).toHaveAttribute("lang", "en")
    await expect(storefront.productPrice()).toHaveText(WEASEL_COFFEE_PRICE)

    await storefront.switchLanguage("Tiếng Việt")
    await expect(storefront.page).toHaveURL(new RegExp(`/vi/products/${WEASEL_COFFEE.handle}$`))
  })

  test("a product whose handle has Vietnamese letters opens (as the admin's own product form makes them)", async ({
    storefront,
    request,
  }) => {
    const { token } = await (await request.post(`${backendUrl}/auth/user/emailpass`, { data: admin })).json()
    const headers = { authorization: `Bearer ${token}` }
    const { sales_channels } = await (await request.get(`${backendUrl}/admin/sales-channels`, { headers })).json()
    const title = "Mật ong hoa cà phê Tây Nguyên"
    const handle = `mật-ong-hoa-cà-phê-${Date.now()}`
    const created = await request.post(`${backendUrl}/admin/products`, {
      headers,
      data: {
        title,
        handle,
        status: "published",
        sales_channels: sales_channels.map((channel: { id: string }) => ({ id: channel.id })),
        options: [{ title: "Quy cách", values: ["Chai 500 ml"] }],
        variants: [
          {
            title: "Chai 500 ml",
            manage_inventory: false,
            options: { "Quy cách": "Chai 500 ml" },
            prices: [{ currency_code: "vnd", amount: 185000 }],
          },
        ],
      },
    })
    expect(created.status()).toBe(200)
    const response = await storefront.page.goto(`/vi/products/${encodeURIComponent(handle)}`)
    expect(response?.status()).toBe(200)
    await expect(storefront.page.getByRole("heading", { level: 1 })).toHaveText(title)
    await expect(storefront.productPrice()).toHaveText(vnd(185000))
  })

  test("an unknown product answers 404", async ({ storefront }) => {
    const response = await storefront.page.goto("/vi/products/khong-co-san-pham-nay")
    expect(response?.status()).toBe(404)
  })

  test.describe("on a phone (360 × 740, touch)", () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true })

    test("tapping the header's 'Sản phẩm' opens the catalogue and 'Tài khoản' the account", async ({ storefront }) => {
      await storefront.openHome()
      await storefront.headerLink("Sản phẩm").tap()
      await expect(storefront.page).toHaveURL(/\/vi\/products$/)
      await storefront.headerLink("Tài khoản").tap()
      await expect(storefront.page).toHaveURL(/\/vi\/account\/sign-in/)
    })
  })

  test("is usable at 360 px without horizontal scrolling", async ({ storefront }) => {
    await storefront.page.setViewportSize({ width: 360, height: 740 })
    await storefront.openHome()
    await expect(storefront.productCards().first()).toBeVisible()
    expect(await storefront.horizontalOverflow()).toBe(0)
    await storefront.openProduct(WEASEL_COFFEE.handle)
    await expect(storefront.productPrice()).toBeVisible()
    expect(await storefront.horizontalOverflow()).toBe(0)
  })
})

test.describe("admin", () => {
  test("the programme office signs in over http and sees the product list", async ({ adminPage }) => {
    await test.step("sign in", () => adminPage.signIn(admin.email, admin.password))
    await expect(adminPage.page).not.toHaveURL(/\/login/)
    await adminPage.openProducts()
    await expect(adminPage.page.getByRole("row").nth(20)).toBeVisible()
    await adminPage.openProducts(WEASEL_COFFEE.title)
    await expect(adminPage.productRow(WEASEL_COFFEE.title).first()).toBeVisible()
  })
})
