import fs from "node:fs"
import path from "node:path"
import { test as base } from "@playwright/test"
import { AccountPage } from "./pages/account-page"
import { AdminPage } from "./pages/admin-page"
import { CataloguePage } from "./pages/catalogue-page"
import { CheckoutPage } from "./pages/checkout-page"
import { ExperiencePage } from "./pages/experience-page"
import { HomePage } from "./pages/home-page"
import { ProducerPortalPage } from "./pages/producer-portal-page"
import { StorefrontPage } from "./pages/storefront-page"

/** The demo catalogue the stack was seeded with (seed/catalogue/ocop-catalogue.json). */
export function seedCatalogue() {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, "../seed/catalogue/ocop-catalogue.json"), "utf8"))
}

export const backendUrl = process.env.E2E_BACKEND_URL ?? "http://localhost:9000"

export function publishableKey() {
  const file = process.env.E2E_PUBLISHABLE_KEY_FILE
  if (!file) throw new Error("E2E_PUBLISHABLE_KEY_FILE is not set: run the suite with `npm run e2e`")
  return fs.readFileSync(file, "utf8").trim()
}

/** The e-mails the stack wrote (one JSON file each) to `to` with this template, newest last. */
export function emailsTo(
  to: string,
  template: string
): { to: string; template: string; subject: string; text: string; data: Record<string, string> }[] {
  const dir = process.env.E2E_OUTBOX_DIR
  if (!dir) throw new Error("E2E_OUTBOX_DIR is not set: run the suite with `npm run e2e`")
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))
    .filter((mail) => mail.to === to && mail.template === template)
}

/** The demo producer's portal sign-in the setup creates (DEMO_PRODUCER_EMAIL / _PASSWORD). */
export const demoProducer = {
  email: process.env.DEMO_PRODUCER_EMAIL ?? "producer@ocop.local",
  password: process.env.DEMO_PRODUCER_PASSWORD ?? "ocop-producer-2026",
  name: "HTX Cà phê Mường Ảng (demo)",
}

/** The demo supermarket's admin the setup creates: a verified wholesale buyer (DEMO_BUYER_PASSWORD). */
export const demoBuyer = {
  email: "buyer@ocop.local",
  password: process.env.DEMO_BUYER_PASSWORD ?? "ocop-buyer-2026",
}

/** The demo honey company's portal sign-in: it hosts the demo longhouse homestay and bee-farm tour. */
export const demoHost = {
  email: "host@ocop.local",
  password: "ocop-host-2026",
  name: "Công ty TNHH Mật ong Tây Nguyên (demo)",
}

export const admin = {
  email: process.env.ADMIN_EMAIL ?? "admin@ocop.local",
  password: process.env.ADMIN_PASSWORD ?? "ocop-admin-2026",
}

export const test = base.extend<{
  storefront: StorefrontPage
  adminPage: AdminPage
  catalogue: CataloguePage
  checkout: CheckoutPage
  account: AccountPage
  producerPortal: ProducerPortalPage
  experience: ExperiencePage
  home: HomePage
}>({
  storefront: async ({ page }, use) => use(new StorefrontPage(page)),
  catalogue: async ({ page }, use) => use(new CataloguePage(page)),
  checkout: async ({ page }, use) => use(new CheckoutPage(page)),
  adminPage: async ({ page }, use) => use(new AdminPage(page, backendUrl)),
  account: async ({ page }, use) => use(new AccountPage(page)),
  producerPortal: async ({ page }, use) => use(new ProducerPortalPage(page)),
  experience: async ({ page }, use) => use(new ExperiencePage(page)),
  home: async ({ page }, use) => use(new HomePage(page)),
})

export { expect } from "@playwright/test"
