import { Page } from "@playwright/test"

type Locale = "vi" | "en"

const LABELS = {
  vi: {
    groups: "Sáu nhóm sản phẩm OCOP",
    places: "Theo tỉnh và huyện cũ",
    stars: (stars: number) => `Sản phẩm OCOP ${stars} sao`,
    stories: "Câu chuyện của người làm ra sản phẩm",
    districtsOf: (province: string) => `Các huyện cũ của ${province}`,
    count: (n: number) => (n === 0 ? "Chưa có sản phẩm" : `${n} sản phẩm`),
    search: "Tìm sản phẩm",
  },
  en: {
    groups: "The six OCOP product groups",
    places: "By province and former district",
    stars: (stars: number) => `${stars}-star OCOP products`,
    stories: "Stories of the people who make them",
    districtsOf: (province: string) => `Former districts of ${province}`,
    count: (n: number) => (n === 0 ? "No products yet" : `${n} ${n === 1 ? "product" : "products"}`),
    search: "Search products",
  },
}

/** The home page: the province's showcase, block by block. */
export class HomePage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "vi"
  ) {}

  get labels() {
    return LABELS[this.locale]
  }

  async open() {
    const response = await this.page.goto(`/${this.locale}`)
    await this.page.locator('form[role="search"][data-interactive]').waitFor()
    return response
  }

  section(heading: string) {
    return this.page.getByRole("region", { name: heading, exact: true })
  }

  /** A group's tile, named by the group and its live count ("Đồ uống 40 sản phẩm"). */
  groupTile(name: string, count: number) {
    return this.section(this.labels.groups).getByRole("link", {
      name: `${name} ${this.labels.count(count)}`,
      exact: true,
    })
  }

  groupTiles() {
    return this.section(this.labels.groups).getByRole("link")
  }

  /** A former district's link under its province, named by the district and its count. */
  districtLink(province: string, district: string, count: number) {
    return this.section(this.labels.places)
      .getByRole("list", { name: this.labels.districtsOf(province) })
      .getByRole("link", { name: `${district} ${this.labels.count(count)}`, exact: true })
  }

  starredCards(stars: number) {
    return this.section(this.labels.stars(stars)).getByRole("article")
  }

  /** The images of the product cards of a star section, as the browser chose them (`currentSrc`). */
  async chosenImages(stars: number): Promise<string[]> {
    return this.section(this.labels.stars(stars))
      .locator("article img")
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).currentSrc))
  }

  searchBox() {
    return this.page.getByRole("searchbox", { name: this.labels.search })
  }
}
