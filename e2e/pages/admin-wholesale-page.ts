import { Page } from "@playwright/test"

/** The office's wholesale pages in Medusa Admin: Doanh nghiệp mua sỉ (companies, their terms) and Công nợ (ledger). */
export class AdminWholesalePage {
  constructor(
    readonly page: Page,
    readonly backendUrl: string
  ) {}

  async openCompanies() {
    await this.page.goto(`${this.backendUrl}/app/companies`)
  }

  /** Types into the queue's search box (name or tax code); the list follows once typing pauses. */
  async searchCompanies(text: string) {
    await this.page.getByRole("searchbox", { name: "Tìm doanh nghiệp (Search companies)" }).fill(text)
  }

  companiesTable() {
    return this.page.getByRole("table", { name: "Doanh nghiệp mua sỉ (Buyer companies)" })
  }

  companyRow(legalName: string) {
    return this.companiesTable().getByRole("row").filter({ hasText: legalName })
  }

  async verifyCompany(legalName: string) {
    await this.companyRow(legalName).getByRole("button", { name: "Xác minh (Verify)" }).click()
  }

  async openCompany(legalName: string) {
    await this.companyRow(legalName).getByRole("link", { name: legalName }).click()
  }

  /** A labelled line of the company page ("Mã số thuế (Tax code)") with its value. */
  companyDetail(label: string) {
    return this.page.getByText(label, { exact: true }).locator("xpath=..")
  }

  /** The Terms form: net days from its select, the credit limit in whole đồng, saved. */
  async setTerms(netDays: number, creditLimit: number) {
    await this.page.getByRole("combobox", { name: "Hạn thanh toán (Net terms)" }).click()
    await this.page.getByRole("option", { name: `${netDays} ngày (${netDays} days)` }).click()
    await this.page.getByLabel("Hạn mức công nợ, đồng (Credit limit, VND)").fill(String(creditLimit))
    await this.page.getByRole("button", { name: "Lưu điều khoản (Save terms)" }).click()
  }

  /** A toast the admin shows after a write ("Đã lưu điều khoản (Terms saved)"). */
  toast(text: string) {
    return this.page.getByText(text, { exact: true })
  }

  async openLedger() {
    await this.page.goto(`${this.backendUrl}/app/ledger`)
  }

  /** A company's row of the ageing table: limit, buckets, total owed, overdue. */
  ledgerRow(legalName: string) {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("cell", { name: legalName, exact: true }) })
  }

  /** The ledger's column for a company's total owed (Tổng nợ), counted from the header row. */
  async ledgerOpenBalance(legalName: string): Promise<string> {
    const headers = await this.page.getByRole("columnheader").allInnerTexts()
    const column = headers.findIndex((header) => header.trim() === "Tổng nợ")
    return this.ledgerRow(legalName).getByRole("cell").nth(column).innerText()
  }
}
