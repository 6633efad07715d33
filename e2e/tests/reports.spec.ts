import ExcelJS from "exceljs"
import fs from "node:fs"
import type { Locator, Page } from "@playwright/test"
import { vietnamDate } from "@ocop/shared"
import { admin, backendUrl, expect, seedCatalogue, test } from "../fixtures"
import { placeBankTransferCheckout } from "../pages/store-checkout"

type SeededProduct = {
  handle: string
  title: string
  producer: string
  origin: { province_code: string }
  certificates: { revoked?: boolean }[]
}

// Điện Biên's certified products, one per producer: the demo 2026–2030 plan's province.
const dienBien: SeededProduct[] = (seedCatalogue().products as SeededProduct[]).filter(
  (product, index, all) =>
    product.origin.province_code === "11" &&
    product.certificates.some((certificate) => !certificate.revoked) &&
    all.findIndex((other) => other.producer === product.producer) === index
)

/** A figure as the dashboard writes it ("1.250.000 ₫", "12,5 %", "60") as a number. */
function figure(text: string): number {
  return Number(text.replace(/[^\d,]/g, "").replace(",", "."))
}

function bullet(page: Page, indicator: string): Locator {
  return page.locator(`[data-testid="report-bullet"][data-indicator="${indicator}"]`)
}

async function openPlan(page: Page, name: RegExp) {
  await page.goto(`${backendUrl}/app/reports`)
  await page.getByTestId("report-plan-picker").click()
  await page.getByRole("option", { name }).click()
}

/** The value of the drill-down row with the highest figure, clicked through to the next level. */
async function drillIntoLargest(page: Page, level: string) {
  const rows = page.getByTestId("report-drill-row")
  await expect(rows.first()).toHaveAttribute("data-level", level)
  const buttons = rows.getByRole("button")
  const values = await buttons.allInnerTexts()
  const largest = values.map(figure).reduce((best, value, index, all) => (value > all[best] ? index : best), 0)
  expect(figure(values[largest])).toBeGreaterThan(0)
  await buttons.nth(largest).click()
}

test("the office reads Đắk Lắk's plan, drills to a product, records a promotion event and exports the sales", async ({
  adminPage,
  page,
  request,
}) => {
  test.slow()
  await test.step("a buyer orders two Điện Biên products (the sales the dashboard and the export count)", async () => {
    await placeBankTransferCheckout(
      request,
      `bao-cao.${Date.now()}@example.vn`,
      dienBien.slice(0, 2).map((product) => product.handle)
    )
  })
  await adminPage.signIn(admin.email, admin.password)
  await expect(page).not.toHaveURL(/\/login/)

  await test.step("Báo cáo OCOP shows Đắk Lắk's plan 656/QĐ-UBND with its bullet bars", async () => {
    await openPlan(page, /Đắk Lắk.*2023–2025/)
    await expect(page.getByTestId("report-plan-summary")).toContainText("656/QĐ-UBND")
    await expect(bullet(page, "certified_3_star_new")).toBeVisible()
    expect(await page.getByTestId("report-bullet").count()).toBeGreaterThanOrEqual(3)
    await expect(bullet(page, "certified_3_star_new").getByTestId("report-bullet-state")).toHaveText(/\(/)
  })

  await test.step("drills from the province to a former district, a commune, a producer and a product", async () => {
    await bullet(page, "certified_3_star_new").getByTestId("report-bullet-actual").click()
    await drillIntoLargest(page, "district")
    await drillIntoLargest(page, "commune")
    await drillIntoLargest(page, "producer")
    const products = page.getByTestId("report-drill-row")
    await expect(products.first()).toHaveAttribute("data-level", "product")
    // Province › former district › commune › producer, whose products are listed.
    await expect(page.getByTestId("report-drill-breadcrumb").getByRole("listitem")).toHaveCount(4)
    await products.first().getByRole("link").click()
    await expect(page).toHaveURL(/\/app\/products\/prod_/)
  })

  const eventsShare = async () => {
    await openPlan(page, /Điện Biên.*2026–2030/)
    return figure(await bullet(page, "products_at_events_share").getByTestId("report-bullet-actual").innerText())
  }
  const before = await eventsShare()

  await test.step("records a promotion event with three products", async () => {
    const today = vietnamDate(new Date())
    await page.goto(`${backendUrl}/app/promotion-events`)
    await page.getByRole("button", { name: "Thêm sự kiện (New event)" }).click()
    const form = page.getByRole("dialog", { name: "Sự kiện xúc tiến mới (New promotion event)" })
    await form.getByLabel("Tên sự kiện (Name)").fill(`Hội chợ OCOP Điện Biên e2e ${Date.now()}`)
    await form.getByLabel("Từ ngày (From)").fill(today)
    await form.getByLabel("Đến ngày (To)").fill(today)
    await form.getByLabel("Địa điểm (Place)").fill("Quảng trường 7/5, Điện Biên Phủ")
    await form.getByLabel("Đơn vị tổ chức (Organiser)").fill("Sở Công Thương Điện Biên")
    await form.getByRole("button", { name: "Lưu (Save)" }).click()
    await expect(page).toHaveURL(/\/app\/promotion-events\/pevt_/)
    for (const product of dienBien.slice(2, 5)) {
      await page.getByLabel("Tìm theo tên sản phẩm (Search by title)").fill(product.title)
      await page.getByRole("checkbox", { name: new RegExp(product.handle) }).check()
    }
    await page.getByRole("button", { name: /Thêm 3 sản phẩm đã chọn/ }).click()
    const shown = page.getByRole("table", { name: "Sản phẩm tham gia (Products shown)" }).getByRole("row")
    await expect(shown).toHaveCount(4)
  })

  await test.step("the events indicator of Điện Biên's plan moves", async () => {
    await expect.poll(eventsShare).toBeGreaterThan(before)
  })

  await test.step("the sales XLSX holds the total the dashboard shows", async () => {
    const shown = figure(await bullet(page, "sales_vnd").getByTestId("report-bullet-actual").innerText())
    expect(shown).toBeGreaterThan(0)
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("report-export-sales-xlsx").click(),
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets.find((candidate) => candidate.name !== "Thông tin")!
    const headers = Array.from(sheet.getRow(1).values as unknown[], (value) => String(value ?? ""))
    const amountColumn = headers.findIndex((header) => header.includes("₫"))
    let total: unknown
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "Tổng cộng") total = row.getCell(amountColumn).value
    })
    expect(Number(total)).toBe(shown)
  })
})

test("the office writes a plan and its target in the admin; a share above 100 % is refused naming the value", async ({
  adminPage,
  page,
}) => {
  await adminPage.signIn(admin.email, admin.password)
  await expect(page).not.toHaveURL(/\/login/)
  const name = `Kế hoạch OCOP e2e ${Date.now()}`

  await test.step("a new plan for Điện Biên, 2026–2030", async () => {
    await page.goto(`${backendUrl}/app/reports/plans`)
    await page.getByRole("button", { name: "Thêm kế hoạch (New plan)" }).click()
    const form = page.getByRole("dialog", { name: "Kế hoạch OCOP mới (New OCOP plan)" })
    await form.getByLabel("Tên kế hoạch (Name)").fill(name)
    await form.getByRole("combobox", { name: "Tỉnh, thành phố (Province)" }).click()
    await page.getByRole("option", { name: /Điện Biên/ }).click()
    await form.getByLabel("Từ ngày (Period start)").fill("2026-01-01")
    await form.getByLabel("Đến ngày (Period end)").fill("2030-12-31")
    await form.getByRole("button", { name: "Lưu (Save)" }).click()
    await expect(page).toHaveURL(/\/app\/reports\/plans\/plan_/)
    await expect(page.getByRole("heading", { name })).toBeVisible()
  })

  await test.step("its target: 150 % is refused naming value; 45 % of producers women-led is kept", async () => {
    await page.getByRole("button", { name: "Thêm chỉ tiêu (New target)" }).click()
    const form = page.getByRole("dialog", { name: "Chỉ tiêu mới (New target)" })
    await form.getByLabel("Nội dung chỉ tiêu (Target as the plan words it)").fill("≥ 45 % chủ thể do phụ nữ làm chủ")
    await form.getByRole("combobox", { name: "Chỉ số (Indicator)" }).click()
    await page.getByRole("option", { name: /do phụ nữ làm chủ/ }).click()
    const value = form.getByLabel(/^Giá trị \(Value/)
    await value.fill("150")
    await form.getByRole("button", { name: "Lưu (Save)" }).click()
    await expect(form.getByRole("alert")).toContainText("value")
    await value.fill("45")
    await form.getByRole("button", { name: "Lưu (Save)" }).click()
    await expect(form).toBeHidden()
    const targets = page.getByRole("table", { name: "Chỉ tiêu (Targets)" })
    await expect(targets.getByRole("row").filter({ hasText: "do phụ nữ làm chủ" })).toContainText("45")
  })

  await test.step("the dashboard measures the new target", async () => {
    await openPlan(page, new RegExp(name))
    await expect(bullet(page, "producers_women_led_share")).toBeVisible()
  })
})
