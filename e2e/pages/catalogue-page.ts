import { Page } from "@playwright/test"
import { decodeQrImage } from "./decode-qr"

type Locale = "vi" | "en"

// The catalogue's own words in each language, as a shopper reads them.
const LABELS = {
  vi: {
    search: "Tìm sản phẩm",
    suggestions: "Gợi ý",
    stars: "Hạng sao OCOP",
    province: "Tỉnh, thành phố",
    district: "Huyện cũ",
    group: "Nhóm sản phẩm",
    sort: "Sắp xếp",
    pagination: "Phân trang",
    certificate: "Chứng nhận OCOP",
    qr: "Mã QR dẫn tới trang nguồn gốc của sản phẩm",
    starsAtLeast: (stars: number) => `★${stars} trở lên`,
    filterToggle: "Lọc",
    showResults: "Xem",
  },
  en: {
    search: "Search products",
    suggestions: "Suggestions",
    stars: "OCOP stars",
    province: "Province",
    district: "Former district",
    group: "Product group",
    sort: "Sort by",
    pagination: "Pages",
    certificate: "OCOP certificate",
    qr: "QR code that opens the product's origin page",
    starsAtLeast: (stars: number) => `★${stars} and above`,
    filterToggle: "Filter",
    showResults: "Show",
  },
}

/** The product catalogue (search, facets, sort, pages) and the product and origin pages it leads to. */
export class CataloguePage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "vi"
  ) {}

  get labels() {
    return LABELS[this.locale]
  }

  inLocale(locale: Locale) {
    return new CataloguePage(this.page, locale)
  }

  async open(query = "") {
    const response = await this.page.goto(`/${this.locale}/products${query ? `?${query}` : ""}`)
    await this.interactive()
    return response
  }

  /** Until React has taken the page over, a choice would reach neither the page nor the router. */
  async interactive() {
    await this.page.locator('form[role="search"][data-interactive]').waitFor()
  }

  searchBox() {
    return this.page.getByRole("searchbox", { name: this.labels.search })
  }

  async type(text: string) {
    await this.interactive()
    await this.searchBox().fill(text)
  }

  async search(text: string) {
    await this.type(text)
    await this.searchBox().press("Enter")
  }

  suggestions() {
    return this.page.getByRole("list", { name: this.labels.suggestions }).getByRole("link")
  }

  facet(legend: string) {
    return this.page.getByRole("group", { name: legend, exact: true })
  }

  /** A facet's box by the start of its label (the label ends with the live count). */
  facetOption(legend: string, label: string) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    return this.facet(legend).getByRole("checkbox", { name: new RegExp(`^${escaped} \\(\\d+\\)$`) })
  }

  starsOption(stars: number) {
    return this.facetOption(this.labels.stars, this.labels.starsAtLeast(stars))
  }

  /** On a phone the filters wait behind this button; its name ends with how many are chosen, "Lọc (2)". */
  filterToggle() {
    return this.page.getByRole("button", { name: new RegExp(`^${this.labels.filterToggle}( \\(\\d+\\))?$`) })
  }

  /** At the foot of the opened filters: closes them and goes to the results. */
  showResultsButton() {
    return this.page.getByRole("button", { name: new RegExp(`^${this.labels.showResults} \\d+ `) })
  }

  sortSelect() {
    return this.page.getByRole("combobox", { name: this.labels.sort })
  }

  resultCount() {
    return this.page.getByRole("main").getByRole("heading", { level: 2 }).first()
  }

  resultCards() {
    return this.page.getByRole("main").getByRole("article")
  }

  resultsBusy() {
    return this.page.locator('[aria-busy="true"]')
  }

  emptyNotice() {
    return this.page.getByRole("main").getByRole("status")
  }

  pagination() {
    return this.page.getByRole("navigation", { name: this.labels.pagination })
  }

  certificate() {
    return this.page.getByRole("region", { name: this.labels.certificate })
  }

  originQr() {
    return this.page.getByRole("img", { name: this.labels.qr })
  }

  async originUrlOfQr() {
    return this.originQr().getAttribute("data-origin-url")
  }

  /** What the QR code itself says: the image drawn on a canvas, its pixels read by jsQR. */
  async decodeQr(): Promise<string | null> {
    return decodeQrImage(this.originQr(), 400)
  }

  async productJsonLd() {
    const text = await this.page.locator('script[type="application/ld+json"]').textContent()
    return text ? JSON.parse(text) : null
  }
}
