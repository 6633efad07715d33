import type { APIRequestContext } from "@playwright/test"
import { admin, backendUrl, demoProducer, expect, publishableKey, seedCatalogue, test } from "../fixtures"
import type { StorefrontPage } from "../pages/storefront-page"

type SeededProduct = { handle: string; kind: string; producer: string; variants: { price: number }[] }

/** VND as Vietnamese shoppers read it: dots between thousands, a no-break space, then ₫. */
function vnd(amount: number) {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}\u00a0₫`
}

const products: SeededProduct[] = seedCatalogue().products
// Products no other spec reads, so changing their price for a moment disturbs none of them.
const vinegar = products.find((p) => p.kind === "giam-tao-meo" && p.variants.length === 1)!
// The demo producer's sign-in belongs to the first demo cooperative (its handle in the catalogue).
const demoListing = products.find((p) => p.producer === products[0].producer && p.variants.length === 1)!
const FRESH_WITHIN_MS = 2_000

/** Visits leave the product in the storefront's cache: the change must replace what is kept there. */
async function visitTwice(storefront: StorefrontPage, product: SeededProduct) {
  for (let visit = 0; visit < 2; visit++) {
    await storefront.openProduct(product.handle)
    await expect(storefront.productPrice()).toHaveText(vnd(product.variants[0].price))
  }
}

// Timed on the page as served: on the shared 2-core machine a browser's load of it alone can take
// longer than the 2 s; the browser then shows it once, untimed.
async function shownWithin(storefront: StorefrontPage, product: SeededProduct, amount: number) {
  await expect
    .poll(() => storefront.servedProductPrice(product.handle), { timeout: FRESH_WITHIN_MS, intervals: [100] })
    .toBe(vnd(amount))
  await storefront.openProduct(product.handle)
  await expect(storefront.productPrice()).toHaveText(vnd(amount))
}

async function productId(request: APIRequestContext, handle: string): Promise<string> {
  const response = await request.get(`${backendUrl}/store/products?handle=${handle}&fields=id`, {
    headers: { "x-publishable-api-key": publishableKey() },
  })
  return (await response.json()).products[0].id
}

test("a price the office changes in the admin shows on the cached product page within 2 s", async ({
  storefront,
  request,
}) => {
  const { token } = await (await request.post(`${backendUrl}/auth/user/emailpass`, { data: admin })).json()
  const headers = { authorization: `Bearer ${token}` }
  const id = await productId(request, vinegar.handle)
  const { product } = await (
    await request.get(`${backendUrl}/admin/products/${id}?fields=variants.id`, { headers })
  ).json()
  const setPrice = async (amount: number) => {
    const response = await request.post(`${backendUrl}/admin/products/${id}/variants/${product.variants[0].id}`, {
      headers,
      data: { prices: [{ currency_code: "vnd", amount }] },
    })
    expect(response.status()).toBe(200)
  }
  await visitTwice(storefront, vinegar)

  const seededPrice = vinegar.variants[0].price
  try {
    await test.step("the office changes the price; the product page shows it", async () => {
      await setPrice(seededPrice + 7_000)
      await shownWithin(storefront, vinegar, seededPrice + 7_000)
    })
  } finally {
    await test.step("the office puts the seeded price back; the product page shows it again", async () => {
      await setPrice(seededPrice)
      await shownWithin(storefront, vinegar, seededPrice)
    })
  }
})

test("a price the producer changes in the portal shows on the cached product page within 2 s", async ({
  storefront,
  producerPortal: portal,
  request,
}) => {
  const id = await productId(request, demoListing.handle)
  await visitTwice(storefront, demoListing)
  await portal.signIn(demoProducer.email, demoProducer.password)
  await expect(portal.portalNav()).toBeVisible()
  const setPrice = async (amount: number) => {
    await portal.openProduct(id)
    await portal.setVariantPrice(1, amount)
    await expect(portal.variantRow(1).getByRole("status")).toHaveText(portal.labels.saved)
  }

  const seededPrice = demoListing.variants[0].price
  try {
    await test.step("the producer changes its pack's price; the product page shows it", async () => {
      await setPrice(seededPrice + 5_000)
      await shownWithin(storefront, demoListing, seededPrice + 5_000)
    })
  } finally {
    await test.step("the producer puts the seeded price back; the product page shows it again", async () => {
      await setPrice(seededPrice)
      await shownWithin(storefront, demoListing, seededPrice)
    })
  }
})

test("an anonymous visitor's product page comes from the page cache with a fresh nonce, and works", async ({
  checkout,
  page,
  request,
}) => {
  const url = `/vi/products/${demoListing.handle}`
  const served = async () => {
    const answer = await request.get(url, { headers: { accept: "text/html" } })
    expect(answer.status()).toBe(200)
    const policy = answer.headers()["content-security-policy"]
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
    const nonces = new Set([...(await answer.text()).matchAll(/nonce="([^"]*)"/g)].map((match) => match[1]))
    return { cache: answer.headers()["x-page-cache"], nonce, nonces }
  }
  await served()
  const first = await served()
  const second = await served()
  expect(first.cache).toBe("hit")
  expect(second.cache).toBe("hit")
  expect(first.nonce).toBeTruthy()
  expect(second.nonce).not.toBe(first.nonce)
  // Every script and style of the kept page carries this answer's nonce, and only it.
  expect([...first.nonces]).toEqual([first.nonce])
  expect([...second.nonces]).toEqual([second.nonce])

  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const navigation = await page.goto(url)
  expect(navigation?.headers()["x-page-cache"]).toBe("hit")
  // The page hydrates under its CSP: adding to the cart works, and the visitor's next page is their own.
  await checkout.addToCart(1)
  await expect(checkout.addedNotice()).toBeVisible()
  await expect(checkout.miniCart()).toHaveAccessibleName(/1/)
  const ownPage = await page.goto(url)
  expect(ownPage?.headers()["x-page-cache"]).toBeUndefined()
  expect(violations).toEqual([])
})
