import { Locator, Page } from "@playwright/test"

/**
 * The OCOP parts of Medusa Admin: the product and order widgets, and the Producers, Certificates,
 * Đơn hàng OCOP and Sao kê ngân hàng pages.
 */
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
    await this.currentCertificate()
      .getByRole("spinbutton", { name: "Điểm đánh giá (Score, 0–100)" })
      .fill(String(score))
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
    return this.certificatesTable()
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") })
  }

  async openProducers() {
    await this.page.goto(`${this.backendUrl}/app/producers`)
  }

  async searchProducers(text: string) {
    await this.page.getByRole("searchbox", { name: "Tìm chủ thể (Search producers)" }).fill(text)
  }

  /** Approves a pending application from the ⋯ menu of its row on the Producers page. */
  async approveProducer(name: string) {
    await this.openProducers()
    await this.searchProducers(name)
    await this.page.getByRole("button", { name: `Thao tác: ${name} (Actions)` }).click()
    await this.page.getByRole("menuitem", { name: "Duyệt (Approve)" }).click()
  }

  /** Publishes a proposed listing from its row on the Listing review page (Duyệt sản phẩm). */
  async approveListing(title: string) {
    await this.page.goto(`${this.backendUrl}/app/listings`)
    await this.page
      .getByRole("table", { name: "Sản phẩm chờ duyệt (Listings)" })
      .getByRole("row")
      .filter({ hasText: title })
      .getByRole("button", { name: "Duyệt (Approve)" })
      .click()
  }

  producersTable() {
    return this.page.getByRole("table", { name: "Chủ thể OCOP (Producers)" })
  }

  producerProductsTable() {
    return this.page.getByRole("table", { name: /^Sản phẩm \(Products\)/ })
  }

  async openOrders() {
    await this.page.goto(`${this.backendUrl}/app/orders`)
  }

  /** The note above Medusa's order list that explains its rows and searches the checkouts. */
  orderListGuide() {
    return this.page.getByRole("note", { name: "Đơn hàng OCOP" })
  }

  /** Searches checkouts by reference, order number or e-mail (Enter submits). */
  async searchOrders(text: string) {
    const box = this.page.getByRole("searchbox", { name: "Tìm đơn (Search orders)" })
    await box.fill(text)
    await box.press("Enter")
  }

  checkoutsTable() {
    return this.page.getByRole("table", { name: "Lần thanh toán (Checkouts)" })
  }

  /** Body rows only: the header row has column headers, not cells. */
  checkoutRows() {
    return this.checkoutsTable()
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") })
  }

  /** The widget on an order's page that says whether it is a checkout's parent order or a producer's. */
  checkoutWidget() {
    return this.page.getByRole("region").filter({ has: this.page.locator("#ocop-checkout-heading") })
  }

  /** The producer orders a checkout lists, in the table row or the widget given. */
  producerOrders(scope: Locator) {
    return scope.getByRole("list", { name: "Đơn của nhà sản xuất (Producer orders)" }).getByRole("listitem")
  }

  async openBankStatements() {
    await this.page.goto(`${this.backendUrl}/app/bank-statements`)
  }

  async importStatement(fileName: string, csv: string) {
    await this.page
      .getByLabel("Tệp sao kê (Statement file, CSV)")
      .setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(csv) })
    await this.page.getByRole("button", { name: "Nhập sao kê (Import)" }).click()
  }

  /** "Đã khớp (Matched)", "Không khớp (Mismatched)" or "Không rõ (Unknown)": the heading with its count, and its table. */
  statementList(title: string) {
    return {
      heading: this.page.getByRole("heading", {
        level: 2,
        name: new RegExp(`^${title.replace(/[()]/g, "\\$&")}: \\d+$`),
      }),
      rows: this.page
        .getByRole("table", { name: title })
        .getByRole("row")
        .filter({ has: this.page.getByRole("cell") }),
    }
  }

  async screenshot(path: string) {
    await this.page.screenshot({ path, fullPage: true })
  }

  /** The dashboard scrolls inside its own frame, so a tall viewport shows the whole widget at once. */
  async screenshotWidget(widget: Locator, path: string) {
    const viewport = this.page.viewportSize()
    await this.page.setViewportSize({ width: viewport?.width ?? 1280, height: 2400 })
    await widget.screenshot({ path })
    if (viewport) await this.page.setViewportSize(viewport)
  }
}
