import { Locator } from "@playwright/test"
import { labelledPage } from "./labelled-page"

// The wholesale buyer's own words in each language: registration, quick order, cart parts, ledger, quotes.
const LABELS = {
  vi: {
    legalName: "Tên doanh nghiệp (theo đăng ký kinh doanh)",
    taxCode: "Mã số thuế",
    buyerType: "Loại hình",
    phone: "Số điện thoại",
    invoiceEmail: "E-mail nhận hoá đơn",
    province: "Tỉnh, thành phố",
    commune: "Xã, phường",
    invoiceStreet: "Số nhà, đường, thôn",
    register: "Gửi đăng ký",
    padSearch: "Mã SKU hoặc tên sản phẩm",
    padSearchButton: "Tìm",
    padQuantity: (sku: string) => `Số lượng cho ${sku}`,
    padAdd: "Thêm vào giỏ",
    csvFile: "Tệp CSV",
    csvUpload: "Tải lên và thêm vào giỏ",
    csvTitle: "Tải lên tệp CSV",
    ledgerInvoices: "Hóa đơn",
    ledgerAgeing: "Tuổi nợ",
    ledgerOwed: "Tổng còn nợ",
    quoteQuantity: "Số lượng",
    quoteWished: "Ngày muốn nhận hàng",
    quoteNote: "Ghi chú",
    requestQuote: "Gửi yêu cầu báo giá",
    requestQuoteLink: "Doanh nghiệp: yêu cầu báo giá sỉ",
    quoteLines: "Hàng hỏi giá",
    acceptQuote: "Chấp nhận và đặt hàng",
  },
  en: {
    legalName: "Legal name (as registered)",
    taxCode: "Tax code",
    buyerType: "Type",
    phone: "Phone",
    invoiceEmail: "Invoice e-mail",
    province: "Province",
    commune: "Commune or ward",
    invoiceStreet: "Street address",
    register: "Register",
    padSearch: "SKU or product name",
    padSearchButton: "Search",
    padQuantity: (sku: string) => `Quantity of ${sku}`,
    padAdd: "Add to cart",
    csvFile: "CSV file",
    csvUpload: "Upload and add to cart",
    csvTitle: "Upload a CSV file",
    ledgerInvoices: "Invoices",
    ledgerAgeing: "Ageing",
    ledgerOwed: "Total owed",
    quoteQuantity: "Quantity",
    quoteWished: "Wished delivery date",
    quoteNote: "Note",
    requestQuote: "Send the request",
    requestQuoteLink: "Businesses: request a wholesale quote",
    quoteLines: "Goods asked for",
    acceptQuote: "Accept and order",
  },
}

/** A buyer company as its admin types it at registration; `buyerType` and `province` as their selects list them. */
export type CompanyRegistration = {
  legalName: string
  taxCode: string
  buyerType: string
  phone: string
  invoiceEmail: string
  province: string
  invoiceStreet: string
}

/**
 * The wholesale buyer's pages: company registration and account page, the quick order (pad and CSV
 * upload), each producer's part of the cart against its minimum, the company ledger and quotes.
 */
export class WholesalePage extends labelledPage(LABELS) {
  /** Fills the registration form, picks the province's first commune, sends it; returns the commune's name. */
  async registerCompany(company: CompanyRegistration): Promise<string> {
    await this.page.goto(`/${this.locale}/wholesale/register`)
    await this.field(this.labels.legalName).fill(company.legalName)
    await this.field(this.labels.taxCode).fill(company.taxCode)
    await this.field(this.labels.buyerType).selectOption({ label: company.buyerType })
    await this.field(this.labels.phone).fill(company.phone)
    await this.field(this.labels.invoiceEmail).fill(company.invoiceEmail)
    await this.field(this.labels.province).selectOption({ label: company.province })
    const firstCommune = this.field(this.labels.commune).locator("option").nth(1)
    await firstCommune.waitFor({ state: "attached" })
    const commune = (await firstCommune.textContent()) ?? ""
    await this.field(this.labels.commune).selectOption({ label: commune })
    await this.field(this.labels.invoiceStreet).fill(company.invoiceStreet)
    await this.main().getByRole("button", { name: this.labels.register }).click()
    return commune
  }

  async openCompany() {
    await this.page.goto(`/${this.locale}/account/company`)
  }

  /** The company's status, as the office left it (role=status, or alert when refused). */
  companyStatus() {
    return this.main().getByRole("status").or(this.main().getByRole("alert")).first()
  }

  companyDetails() {
    return this.main().getByTestId("company-details")
  }

  async openQuickOrder() {
    await this.page.goto(`/${this.locale}/wholesale/quick-order`)
  }

  /** The quick-order pad: its search form, what it found and a line per variant found. */
  padSection() {
    return this.main().getByRole("region", { name: this.labels.padSearch, exact: true })
  }

  async searchPad(text: string) {
    await this.padSection().getByRole("searchbox", { name: this.labels.padSearch }).fill(text)
    await this.padSection().getByRole("button", { name: this.labels.padSearchButton, exact: true }).click()
  }

  /** The pad's answer: how many variants it found (the first live region; each line has its own after it). */
  padStatus() {
    return this.padSection().getByRole("status").first()
  }

  /** One variant the pad found, by its SKU. */
  padResult(sku: string) {
    return this.padSection()
      .getByRole("listitem")
      .filter({ has: this.page.getByText(sku, { exact: true }) })
  }

  async addFromPad(sku: string, quantity: number) {
    const result = this.padResult(sku)
    await result.getByRole("spinbutton", { name: this.labels.padQuantity(sku) }).fill(String(quantity))
    await result.getByRole("button", { name: this.labels.padAdd }).click()
  }

  csvSection() {
    return this.main().getByRole("region", { name: this.labels.csvTitle })
  }

  async uploadCsv(fileName: string, csv: string) {
    await this.csvSection()
      .getByLabel(this.labels.csvFile, { exact: true })
      .setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(csv) })
    await this.csvSection().getByRole("button", { name: this.labels.csvUpload }).click()
  }

  /** How many rows went into the cart ("Đã thêm 3 dòng vào giỏ."). */
  csvAdded() {
    return this.csvSection().getByRole("status").filter({ hasText: /\S/ })
  }

  /** The refused rows' heading ("2 dòng không thêm được:"). */
  csvRefused() {
    return this.csvSection().getByRole("alert")
  }

  /** The refused rows' table, body rows only: row number, SKU, reason. */
  csvRefusedRows() {
    return this.csvSection()
      .getByRole("table")
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") })
  }

  /** A producer's part of the cart (a section named after the producer). */
  cartPart(producer: string) {
    return this.main().getByRole("region", { name: producer, exact: true })
  }

  /** The part's wholesale notice: what is missing to its minimum (alert), or that it is met (status). */
  minimumNotice(producer: string) {
    const part = this.cartPart(producer)
    // Each line's controls keep an empty live region of their own.
    return part.getByRole("alert").or(part.getByRole("status")).filter({ hasText: /\S/ })
  }

  /** The cart summary's refusal to check out while a part is short. */
  checkoutBlocked() {
    return this.main()
      .getByRole("region", { name: this.locale === "en" ? "Summary" : "Tóm tắt" })
      .getByRole("alert")
  }

  /** The checkout's "pay on terms" choice; its name carries the net days and the credit left. */
  termsPaymentOption() {
    return this.main().getByRole("radio", {
      name: this.locale === "en" ? /^Pay on terms \(net \d+ days\)/ : /^Thanh toán công nợ \(net \d+ ngày\)/,
    })
  }

  async openLedger() {
    await this.page.goto(`/${this.locale}/account/company/ledger`)
  }

  /** What the company owes in all, under the ageing buckets. */
  ledgerOwed() {
    return this.main()
      .getByRole("region", { name: this.labels.ledgerAgeing })
      .getByText(this.labels.ledgerOwed, { exact: true })
      .locator("xpath=following-sibling::dd")
  }

  /** The ledger's invoice rows; each row's header cell is the invoice's reference. */
  ledgerInvoices() {
    return this.main()
      .getByRole("region", { name: this.labels.ledgerInvoices })
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") })
  }

  /** The invoice of a producer order, by the order's number ("#123" in the Order column). */
  ledgerInvoiceOfOrder(displayId: number) {
    return this.ledgerInvoices().filter({ has: this.page.getByRole("cell", { name: `#${displayId}`, exact: true }) })
  }

  // An invoice row: its reference heads it, then order, producer, issued, due, amount, outstanding, status.
  invoiceReference(row: Locator) {
    return row.getByRole("rowheader")
  }

  invoiceAmount(row: Locator) {
    return row.getByRole("cell").nth(4)
  }

  invoiceOutstanding(row: Locator) {
    return row.getByRole("cell").nth(5)
  }

  invoiceStatus(row: Locator) {
    return row.getByRole("cell").nth(6)
  }

  /** From a product page: the request form for its first pack, sent with a quantity and a note. */
  async requestQuote(quantity: number, note: string, wishedDelivery?: string) {
    await this.main().getByRole("link", { name: this.labels.requestQuoteLink }).click()
    await this.page.waitForURL(/\/account\/quotes\/new\?/)
    await this.field(this.labels.quoteQuantity).fill(String(quantity))
    if (wishedDelivery) await this.field(this.labels.quoteWished).fill(wishedDelivery)
    await this.field(this.labels.quoteNote).fill(note)
    await this.main().getByRole("button", { name: this.labels.requestQuote }).click()
  }

  /** The quote's status, the first line of its summary (role=status, so a change is announced). */
  quoteStatus() {
    return this.main().getByRole("status").first()
  }

  quoteLines() {
    return this.main()
      .getByRole("table", { name: this.labels.quoteLines })
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") })
  }

  async acceptQuote() {
    await this.main().getByRole("button", { name: this.labels.acceptQuote }).click()
  }
}
