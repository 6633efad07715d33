import type { Page, Response } from "@playwright/test"
import { backendUrl, demoProducer, expect, seedCatalogue, test } from "../fixtures"

const product = seedCatalogue().products.find((p: { variants: unknown[] }) => p.variants.length === 1)

/** Every Content-Security-Policy violation the page reports, as the browser's event and its console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction("reportCspViolation", (violation: string) => violations.push(violation))
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation
      report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`)
    })
  })
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  return violations
}

function expectStorefrontHeaders(response: Response | null) {
  const headers = response?.headers() ?? {}
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/)
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'")
  expect(headers["content-security-policy"]).toContain(`img-src 'self' ${new URL(backendUrl).origin} data: blob:`)
  expect(headers).toMatchObject({
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
  })
  expect(headers["permissions-policy"]).toContain("camera=()")
}

test.describe("security headers", () => {
  test("the storefront's pages send a nonce CSP that nothing on them breaks", async ({
    page,
    checkout,
    producerPortal,
  }) => {
    const violations = await watchViolations(page)

    await test.step("public pages", async () => {
      for (const path of [
        "/vi",
        "/vi/products",
        `/vi/products/${product.handle}`,
        "/vi/order-lookup",
        "/en/account/register",
      ]) {
        const response = await page.goto(path)
        expectStorefrontHeaders(response)
        await expect(page.getByRole("main")).toBeVisible()
      }
      // The product's photo comes from the backend's /static and is shown.
      await page.goto(`/vi/products/${product.handle}`)
      const photo = page.getByRole("main").getByRole("img").first()
      await expect(photo).toHaveJSProperty("complete", true)
      expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    })

    await test.step("cart and checkout", async () => {
      await checkout.addToCart(1)
      await expect(checkout.addedNotice()).toBeVisible()
      expectStorefrontHeaders(await page.goto("/vi/cart"))
      await checkout.goToCheckout()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
      await expect(checkout.provinceSelect()).toBeVisible()
    })

    await test.step("account and producer portal", async () => {
      expectStorefrontHeaders(await page.goto("/vi/account/sign-in"))
      await producerPortal.signIn(demoProducer.email, demoProducer.password)
      await page.waitForURL(/\/vi\/producer$/)
      expectStorefrontHeaders(await page.goto("/vi/producer/products"))
      await expect(page.getByRole("main")).toBeVisible()
    })

    expect(violations).toEqual([])
  })

  test("each page view gets a fresh nonce", async ({ request }) => {
    const nonce = async () =>
      (await request.get("/vi")).headers()["content-security-policy"].match(/'nonce-([^']+)'/)?.[1]
    const [first, second] = [await nonce(), await nonce()]
    expect(first).toBeTruthy()
    expect(second).not.toBe(first)
  })

  test("the admin cannot be framed or sniffed", async ({ request }) => {
    for (const path of ["/app", "/app/login", "/health"]) {
      const response = await request.get(`${backendUrl}${path}`)
      expect(response.status(), path).toBe(200)
      expect(response.headers(), path).toMatchObject({
        "content-security-policy": expect.stringContaining("frame-ancestors 'none'"),
        "x-frame-options": "DENY",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
      })
    }
  })
})

test.describe("unknown locales and missing pages", () => {
  test("a locale the store does not have opens the page in Vietnamese", async ({ page }) => {
    const response = await page.goto("/fr/products?q=ca+phe")
    expect(response?.status()).toBe(200)
    await expect(page).toHaveURL(/\/vi\/products\?q=ca\+phe$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  })

  test("a missing page says so in its title, in the page's language", async ({ page }) => {
    const vi = await page.goto("/vi/khong-co-trang-nay")
    expect(vi?.status()).toBe(404)
    await expect(page).toHaveTitle("Không tìm thấy trang · Chợ OCOP")

    const en = await page.goto("/en/no-such-page")
    expect(en?.status()).toBe(404)
    await expect(page).toHaveTitle("Page not found · OCOP Market")
  })
})
