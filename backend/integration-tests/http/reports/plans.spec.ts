import { createRequire } from "node:module"
import ExcelJS from "exceljs"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REPORT_MODULE } from "../../../src/modules/report"
import type ReportModuleService from "../../../src/modules/report/service"
import { adminHeaders } from "../../utils/admin"
import { buildReportFixture, MUONG_ANG, ReportFixture } from "./fixture"

type DemoModule = typeof import("../../../src/scripts/setup/report-plans-demo")

// Loaded with the app's own require (as `medusa exec` runs it), so the demo runs the workflows the app registered.
const { setupReportPlansDemo } = createRequire(__filename)("../../../src/scripts/setup/report-plans-demo") as DemoModule

const PLAN = {
  name: "Kế hoạch OCOP Điện Biên 2025 (kiểm thử)",
  decision_number: "99/QĐ-UBND",
  decision_date: "2025-01-15",
  province_code: "11",
  period_start: "2025-01-01",
  period_end: "2025-12-31",
}

const numeric = (overrides: Record<string, unknown> = {}) => ({
  text_vi: "Ít nhất 40 % chủ thể do phụ nữ làm chủ",
  indicator: "producers_women_led_share",
  comparison: "gte",
  value: 40,
  deadline: "2025-12-31",
  ...overrides,
})

async function readWorkbook(data: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(data) as any)
  return workbook
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let fixture: ReportFixture

    const reports = () => getContainer().resolve<ReportModuleService>(REPORT_MODULE)
    const counts = async () => ({
      plans: (await reports().listPlans({}, { take: null })).length,
      targets: (await reports().listPlanTargets({}, { take: null })).length,
    })
    const post = (url: string, body: unknown) => api.post(url, body, headers).catch((e: any) => e.response)
    const del = (url: string) => api.delete(url, headers).catch((e: any) => e.response)
    const get = (url: string, options: Record<string, unknown> = {}) =>
      api.get(url, { ...headers, ...options }).catch((e: any) => e.response)
    const createPlan = async (body: Record<string, unknown> = {}) => {
      const { status, data } = await post("/admin/ocop/reports/plans", { ...PLAN, ...body })
      expect(status).toBe(201)
      return data.plan
    }

    beforeAll(async () => {
      headers = await adminHeaders(api, getContainer())
      fixture = await buildReportFixture(getContainer())
    }, 240_000)

    describe("POST /admin/ocop/reports/plans", () => {
      it("creates a plan with numeric and text-only targets; left-out scope and deadline take the plan's", async () => {
        const plan = await createPlan({
          targets: [
            numeric({ rank: 1 }),
            { text_vi: "Tập huấn lãnh đạo chủ thể 3 đợt/năm", rank: 2 },
            numeric({
              text_vi: "Huyện Mường Ảng: 3 sản phẩm 3 sao",
              indicator: "certified_3_star_total",
              value: 3,
              scope_kind: "district",
              scope_code: "huyện mường ảng",
              rank: 3,
            }),
          ],
        })
        expect(plan).toMatchObject({ ...PLAN, demo: false, note: null })
        expect(plan.targets).toHaveLength(3)
        expect(plan.targets[0]).toMatchObject({
          scope_kind: "province",
          scope_code: "11",
          value: 40,
          deadline: "2025-12-31",
        })
        expect(plan.targets[1]).toMatchObject({
          indicator: null,
          value: null,
          deadline: "2025-12-31",
          scope_code: "11",
        })
        expect(plan.targets[2]).toMatchObject({ scope_kind: "district", scope_code: MUONG_ANG })

        const { data } = await get("/admin/ocop/reports/plans")
        expect(data.plans.map((listed: any) => listed.id)).toContain(plan.id)
        expect((await get(`/admin/ocop/reports/plans/${plan.id}`)).data.plan).toEqual(plan)
      })

      it.each([
        ["period_end", { period_end: "2024-12-31" }],
        ["province_code", { province_code: "99" }],
        ["name", { name: "" }],
        ["period_start", { period_start: "2025-13-01" }],
        ["targets.0.value", { targets: [numeric({ value: 101 })] }],
        ["targets.0.value", { targets: [numeric({ value: -1 })] }],
        ["targets.0.value", { targets: [numeric({ indicator: "certified_3_star_total", value: 2.5 })] }],
        ["targets.0.baseline", { targets: [numeric({ baseline: 150 })] }],
        ["targets.0.comparison", { targets: [numeric({ comparison: null })] }],
        ["targets.0.deadline", { targets: [numeric({ deadline: undefined })] }],
        ["targets.0.indicator", { targets: [numeric({ indicator: null })] }],
        ["indicator", { targets: [numeric({ indicator: "happiness" })] }],
        ["comparison", { targets: [numeric({ comparison: "eq" })] }],
        ["scope_kind", { targets: [numeric({ scope_kind: "region", scope_code: "x" })] }],
        ["targets.1.scope_code", { targets: [numeric(), numeric({ scope_kind: "district", scope_code: "Quận 1" })] }],
        ["targets.0.scope_code", { targets: [numeric({ scope_kind: "commune", scope_code: "99999" })] }],
        ["targets.0.scope_code", { targets: [numeric({ scope_kind: "province", scope_code: "66" })] }],
        ["targets.0.channel", { targets: [numeric({ channel: "wholesale" })] }],
        ["targets.0.deadline", { targets: [numeric({ deadline: "2024-06-30" })] }],
      ])("refuses bad %s with 400 naming it, writing nothing", async (field, overrides) => {
        const before = await counts()
        const { status, data } = await post("/admin/ocop/reports/plans", { ...PLAN, ...overrides })
        expect(status).toBe(400)
        expect(data.message).toContain(field)
        expect(await counts()).toEqual(before)
      })

      it("refuses a commune of another province as a scope", async () => {
        const { status, data } = await post("/admin/ocop/reports/plans", {
          ...PLAN,
          province_code: "66",
          targets: [numeric({ scope_kind: "commune", scope_code: fixture.communeA })],
        })
        expect(status).toBe(400)
        expect(data.message).toMatch(/^targets\.0\.scope_code: /)
      })
    })

    describe("POST/DELETE /admin/ocop/reports/plans/:id", () => {
      it("edits the plan, refusing a period that would leave a target's deadline before the start", async () => {
        const plan = await createPlan({ targets: [numeric()] })
        const edited = await post(`/admin/ocop/reports/plans/${plan.id}`, { name: "Kế hoạch đã sửa", note: "Ghi chú" })
        expect(edited.status).toBe(200)
        expect(edited.data.plan).toMatchObject({ name: "Kế hoạch đã sửa", note: "Ghi chú", period_end: "2025-12-31" })

        const refused = await post(`/admin/ocop/reports/plans/${plan.id}`, {
          period_start: "2026-01-01",
          period_end: "2026-12-31",
        })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/deadline/)
        const backwards = await post(`/admin/ocop/reports/plans/${plan.id}`, { period_end: "2024-01-01" })
        expect(backwards.status).toBe(400)
        expect(backwards.data.message).toMatch(/^period_end: /)
        expect((await get(`/admin/ocop/reports/plans/${plan.id}`)).data.plan).toMatchObject({
          name: "Kế hoạch đã sửa",
          period_start: "2025-01-01",
          period_end: "2025-12-31",
        })
      })

      it("deletes a plan with its targets; an unknown plan is 404", async () => {
        const plan = await createPlan({ targets: [numeric()] })
        const before = await counts()
        const { status, data } = await del(`/admin/ocop/reports/plans/${plan.id}`)
        expect(status).toBe(200)
        expect(data).toEqual({ id: plan.id, object: "plan", deleted: true })
        expect(await counts()).toEqual({ plans: before.plans - 1, targets: before.targets - 1 })
        expect((await get(`/admin/ocop/reports/plans/${plan.id}`)).status).toBe(404)
        expect((await del(`/admin/ocop/reports/plans/${plan.id}`)).status).toBe(404)
      })
    })

    describe("/admin/ocop/reports/plans/:id/targets", () => {
      it("adds, edits and removes a target; a target of another plan is 404 and stays", async () => {
        const plan = await createPlan()
        const other = await createPlan({ targets: [numeric()] })
        const added = await post(`/admin/ocop/reports/plans/${plan.id}/targets`, numeric({ rank: 5 }))
        expect(added.status).toBe(201)
        expect(added.data.target).toMatchObject({ plan_id: plan.id, value: 40, rank: 5 })
        const targetId = added.data.target.id

        const edited = await post(`/admin/ocop/reports/plans/${plan.id}/targets/${targetId}`, { value: 45 })
        expect(edited.status).toBe(200)
        expect(edited.data.target).toMatchObject({ id: targetId, value: 45, comparison: "gte" })

        const before = await counts()
        const tooMuch = await post(`/admin/ocop/reports/plans/${plan.id}/targets/${targetId}`, { value: 140 })
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toMatch(/^value: /)
        const noIndicator = await post(`/admin/ocop/reports/plans/${plan.id}/targets`, {
          text_vi: "Số sản phẩm mới",
          value: 3,
        })
        expect(noIndicator.status).toBe(400)
        expect(noIndicator.data.message).toMatch(/^indicator: /)
        const foreign = await post(`/admin/ocop/reports/plans/${plan.id}/targets/${other.targets[0].id}`, { value: 41 })
        expect(foreign.status).toBe(404)
        expect((await del(`/admin/ocop/reports/plans/${plan.id}/targets/${other.targets[0].id}`)).status).toBe(404)
        expect(await counts()).toEqual(before)
        expect((await get(`/admin/ocop/reports/plans/${plan.id}`)).data.plan.targets[0].value).toBe(45)

        const removed = await del(`/admin/ocop/reports/plans/${plan.id}/targets/${targetId}`)
        expect(removed.status).toBe(200)
        expect((await get(`/admin/ocop/reports/plans/${plan.id}`)).data.plan.targets).toEqual([])
      })
    })

    describe("GET /admin/ocop/reports/plans/:id/progress", () => {
      it("gives every target its actual and state on as_of; a text-only target has none", async () => {
        const plan = await createPlan({
          targets: [
            numeric({ rank: 1 }),
            numeric({ text_vi: "Doanh số 3 triệu", indicator: "sales_vnd", value: 3_000_000, rank: 2 }),
            numeric({
              text_vi: "Mường Ảng: 2 sản phẩm 3 sao",
              indicator: "certified_3_star_total",
              value: 2,
              scope_kind: "district",
              scope_code: MUONG_ANG,
              rank: 3,
            }),
            { text_vi: "Tập huấn", rank: 4 },
            numeric({
              text_vi: "Bán lẻ 2 triệu",
              indicator: "sales_vnd",
              value: 2_000_000,
              channel: "retail_online",
              rank: 5,
            }),
          ],
        })
        const { status, data } = await get(`/admin/ocop/reports/plans/${plan.id}/progress?as_of=2025-12-31`)
        expect(status).toBe(200)
        expect(data.as_of).toBe("2025-12-31")
        expect(
          data.targets.map((target: any) => [target.actual, target.numerator, target.denominator, target.state])
        ).toEqual([
          [50, 2, 4, "green"],
          [2_500_000, 2_500_000, null, "red"],
          [2, 2, null, "green"],
          [null, null, null, "none"],
          [1_100_000, 1_100_000, null, "red"],
        ])
        // Mid-year, 2.3 M of sales already beat the ~1.5 M the straight line asks for by then (amber).
        const midYear = await get(`/admin/ocop/reports/plans/${plan.id}/progress?as_of=2025-06-30`)
        expect(midYear.data.targets[1]).toMatchObject({ actual: 2_300_000, state: "amber" })
        expect((await get(`/admin/ocop/reports/plans/${plan.id}/progress?as_of=2025-02-31`)).status).toBe(400)
        expect((await get("/admin/ocop/reports/plans/plan_unknown/progress")).status).toBe(404)
      })

      it("exports the targets against their actuals as XLSX with Vietnamese headers", async () => {
        const plan = await createPlan({
          targets: [numeric({ rank: 1 }), { text_vi: '=HYPERLINK("x") tập huấn', rank: 2 }],
        })
        const response = await get(`/admin/ocop/reports/plans/${plan.id}/progress.xlsx?as_of=2025-12-31`, {
          responseType: "arraybuffer",
        })
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toMatch(/spreadsheetml/)
        const workbook = await readWorkbook(response.data)
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Thông tin", "Chỉ tiêu"])
        const sheet = workbook.getWorksheet("Chỉ tiêu")!
        expect(rowValues(sheet, 1)).toEqual(
          expect.arrayContaining(["Chỉ tiêu", "So sánh", "Mục tiêu", "Thực hiện", "Hạn", "Phạm vi", "Trạng thái"])
        )
        const header = rowValues(sheet, 1) as string[]
        const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1)
        expect(cell(2, "Chỉ tiêu").value).toBe("Ít nhất 40 % chủ thể do phụ nữ làm chủ")
        expect(cell(2, "So sánh").value).toBe("≥")
        expect(cell(2, "Mục tiêu").value).toBe("40 %")
        expect(cell(2, "Thực hiện").value).toBe("50 %")
        expect(cell(2, "Tử số").value).toBe(2)
        expect(cell(2, "Tử số").numFmt).toBe("#,##0")
        expect(cell(2, "Hạn").value).toBe("2025-12-31")
        expect(cell(2, "Phạm vi").value).toBe("Điện Biên")
        expect(cell(2, "Trạng thái").value).toBe("Đạt")
        // Written as a text cell, never run as a formula.
        expect(cell(3, "Chỉ tiêu").value).toBe('=HYPERLINK("x") tập huấn')
        expect(cell(3, "Chỉ tiêu").type).toBe(ExcelJS.ValueType.String)
        expect(cell(3, "Trạng thái").value).toBe("Không đo được")
        expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 })
      })
    })

    describe("GET /admin/ocop/reports/register.xlsx", () => {
      it("lists the province's certified products in the ministry's columns with their status and year's sales", async () => {
        const response = await get("/admin/ocop/reports/register.xlsx?province_code=11&as_of=2025-12-31", {
          responseType: "arraybuffer",
        })
        expect(response.status).toBe(200)
        const workbook = await readWorkbook(response.data)
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Thông tin", "PTNT_OCOP"])
        const sheet = workbook.getWorksheet("PTNT_OCOP")!
        expect(rowValues(sheet, 1)).toEqual([
          "Mã sản phẩm",
          "Mã đơn vị hành chính",
          "Mã kỳ",
          "Tên sản phẩm",
          "Số sao",
          "Chủ thể",
          "Doanh thu năm",
          "Trạng thái",
        ])
        const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowValues(sheet, i + 2))
        const byTitle = Object.fromEntries(rows.map((row) => [row[3], row]))
        expect(Object.keys(byTitle).sort()).toEqual([
          "Sản phẩm A",
          "Sản phẩm B",
          "Sản phẩm C",
          "Sản phẩm D",
          "Sản phẩm E",
        ])
        expect(byTitle["Sản phẩm A"].slice(1)).toEqual([
          fixture.communeA,
          "2025",
          "Sản phẩm A",
          4,
          "P1",
          500_000,
          "Còn hiệu lực",
        ])
        expect(byTitle["Sản phẩm C"].slice(2)).toEqual(["2022", "Sản phẩm C", 4, "P2", 0, "Hết hạn"])
        expect(byTitle["Sản phẩm D"].slice(4)).toEqual([5, "P3", 600_000, "Còn hiệu lực"])
        expect(byTitle["Sản phẩm E"].slice(6)).toEqual([0, "Thu hồi"])
        expect(sheet.getRow(2).getCell(7).numFmt).toBe('#,##0 "₫"')
        expect((await get("/admin/ocop/reports/register.xlsx?as_of=2025-13-01")).status).toBe(400)
      })
    })

    describe("the demo plans", () => {
      it("loads the three provinces' published plans and one invented 2026–2030 plan, once", async () => {
        expect(await setupReportPlansDemo(getContainer())).toBe(4)
        expect(await setupReportPlansDemo(getContainer())).toBe(0)
        const { data } = await get("/admin/ocop/reports/plans")
        const byDecision = Object.fromEntries(data.plans.map((plan: any) => [plan.decision_number ?? plan.name, plan]))
        expect(byDecision["656/QĐ-UBND"]).toMatchObject({
          province_code: "66",
          decision_date: "2023-04-07",
          demo: false,
        })
        expect(byDecision["211/QĐ-UBND"]).toMatchObject({
          province_code: "11",
          decision_date: "2021-02-24",
          demo: false,
        })
        const binhPhuoc = data.plans.find((plan: any) => plan.name.includes("Bình Phước"))
        expect(binhPhuoc).toMatchObject({ province_code: "75", period_start: "2022-01-01", period_end: "2025-12-31" })
        const women = binhPhuoc.targets.find((target: any) => target.indicator === "producers_women_led_share")
        expect(women).toMatchObject({ comparison: "gte", value: 40 })
        const demo = data.plans.filter((plan: any) => plan.demo)
        expect(demo).toHaveLength(1)
        expect(demo[0]).toMatchObject({ period_start: "2026-01-01", period_end: "2030-12-31" })
        expect(demo[0].name).toMatch(/demo/)
        // Điện Biên's 2021 scheme names no figure: every target stays text.
        expect(byDecision["211/QĐ-UBND"].targets.every((target: any) => target.value === null)).toBe(true)
        const progress = await get(
          `/admin/ocop/reports/plans/${byDecision["656/QĐ-UBND"].id}/progress?as_of=2025-12-31`
        )
        expect(progress.status).toBe(200)
        expect(progress.data.targets.some((target: any) => target.state === "none")).toBe(true)
      })
    })
  },
})
