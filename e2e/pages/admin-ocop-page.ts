import { Page } from "@playwright/test"

/** The OCOP parts of Medusa Admin: the product widget and the Producers and Certificates pages. */
export class AdminOcopPage {
  constructor(
    readonly page: Page,
    readonly backendUrl: string
  ) {}

  /** An admin API read with the signed-in session (the browser context's cookies). */
  async adminApi<T>(path: string): Promise<T> {
    const response = await this.page.request.get(`${this.backendUrl}${path}`)
    if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`)
    return response.json() as Promise<T>
  }

  async adminApiPost<T>(path: string, body: unknown): Promise<T> {
    const response = await this.page.request.post(`${this.backendUrl}${path}`, { data: body })
    if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`)
    return response.json() as Promise<T>
  }

  async openProduct(productId: string) {
    await this.page.goto(`${this.backendUrl}/app/products/${productId}`)
  }

  ocopWidget() {
    return this.page.getByRole("region", { name: "OCOP" })
  }

  currentCertificate() {
    return this.ocopWidget().getByRole("region", { name: "Chứng nhận hiện tại (Current certificate)" })
  }

  starsBadge(stars: number) {
    return this.currentCertificate().getByRole("img", { name: `${stars} sao OCOP` })
  }

  producerSection() {
    return this.ocopWidget().getByRole("region", { name: "Chủ thể (Producer)" })
  }

  async saveScore(score: number) {
    await this.currentCertificate().getByRole("spinbutton", { name: "Điểm đánh giá (Score, 0–100)" }).fill(String(score))
    await this.currentCertificate().getByRole("button", { name: "Lưu điểm (Save score)" }).click()
  }

  async openCertificates() {
    await this.page.goto(`${this.backendUrl}/app/certificates`)
  }

  statusFilter(label: string) {
    return this.page.getByRole("group", { name: "Trạng thái (Status)" }).getByRole("button", { name: label })
  }

  certificatesTable() {
    return this.page.getByRole("table", { name: "Chứng nhận OCOP (Certificates)" })
  }

  /** Body rows only: the header row has column headers, not cells. */
  certificateRows() {
    return this.certificatesTable().getByRole("row").filter({ has: this.page.getByRole("cell") })
  }

  async openProducers() {
    await this.page.goto(`${this.backendUrl}/app/producers`)
  }

  async searchProducers(text: string) {
    await this.page.getByRole("searchbox", { name: "Tìm chủ thể (Search producers)" }).fill(text)
  }

  producersTable() {
    return this.page.getByRole("table", { name: "Chủ thể OCOP (Producers)" })
  }

  producerProductsTable() {
    return this.page.getByRole("table", { name: /^Sản phẩm \(Products\)/ })
  }

  async screenshot(path: string) {
    await this.page.screenshot({ path, fullPage: true })
  }

  /** The dashboard scrolls inside its own frame, so a tall viewport shows the whole widget at once. */
  async screenshotWidget(path: string) {
    const viewport = this.page.viewportSize()
    await this.page.setViewportSize({ width: viewport?.width ?? 1280, height: 2400 })
    await this.ocopWidget().screenshot({ path })
    if (viewport) await this.page.setViewportSize(viewport)
  }
}
