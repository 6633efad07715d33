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

  async openProducts() {
    await this.page.goto(`${this.backendUrl}/app/products`)
  }

  productRow(title: string) {
    return this.page.getByRole("row").filter({ hasText: title })
  }
}
