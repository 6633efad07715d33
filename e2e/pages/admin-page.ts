import { Page } from "@playwright/test"

/** Medusa Admin at /app, used by the programme office. */
export class AdminPage {
  constructor(
    readonly page: Page,
    readonly backendUrl: string
  ) {}

  async signIn(email: string, password: string) {
    await this.page.goto(`${this.backendUrl}/app/login`)
    await this.page.getByRole("textbox", { name: "Email" }).fill(email)
    await this.page.getByPlaceholder("Password").fill(password)
    await this.page.getByRole("button", { name: "Continue with Email" }).click()
  }

  /** The product list, searched for `q` when given (the admin keeps its search in the URL). */
  async openProducts(q?: string) {
    await this.page.goto(`${this.backendUrl}/app/products${q ? `?q=${encodeURIComponent(q)}` : ""}`)
  }

  productRow(title: string) {
    return this.page.getByRole("row").filter({ hasText: title })
  }
}
