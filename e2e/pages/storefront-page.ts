import { Page } from "@playwright/test"

/** The public storefront: home, product pages and the language switch. */
export class StorefrontPage {
  constructor(readonly page: Page) {}

  async openHome(locale: "vi" | "en" = "vi") {
    await this.page.goto(`/${locale}`)
  }

  async openProduct(handle: string, locale: "vi" | "en" = "vi") {
    await this.page.goto(`/${locale}/products/${handle}`)
  }

  productCards() {
    return this.page.getByRole("main").getByRole("article")
  }

  /** A block of the home page by its heading ("Sản phẩm OCOP 5 sao"). */
  homeSection(heading: string) {
    return this.page.getByRole("region", { name: heading, exact: true })
  }

  productLink(title: string) {
    return this.page.getByRole("main").getByRole("link", { name: title, exact: true })
  }

  productPrice() {
    return this.page.getByTestId("product-price")
  }

  /** The price in the product page's HTML as the storefront serves it now, without a browser's load around it. */
  async servedProductPrice(handle: string, locale: "vi" | "en" = "vi") {
    const html = await (await this.page.request.get(`/${locale}/products/${handle}`)).text()
    return /data-testid="product-price"[^>]*>([^<]*)</.exec(html)?.[1] ?? null
  }

  /** A section link of the site's header ("Sản phẩm", "Tài khoản"). */
  headerLink(name: string) {
    return this.page.getByRole("banner").getByRole("link", { name, exact: true })
  }

  languageSwitch(language: "English" | "Tiếng Việt") {
    return this.page.getByRole("navigation").getByRole("link", { name: language })
  }

  async switchLanguage(language: "English" | "Tiếng Việt") {
    await this.languageSwitch(language).click()
  }

  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  }
}
