import { describe, expect, it } from "vitest"
import { defaultPlanId, definedFilters, exportLinks, reportFilters, reportHref } from "../report-url"

const plan = { province_code: "66", period_start: "2023-01-01", period_end: "2025-12-31" }

describe("report URLs", () => {
  it("reads the plan's province and period unless the URL names another period", () => {
    expect(reportFilters(plan, { stars: "4", province_code: "11" }, "2026-12-07")).toEqual({
      stars: "4",
      province_code: "66",
      from: "2023-01-01",
      to: "2025-12-31",
    })
    expect(reportFilters(plan, { from: "2024-01-01", to: "2024-06-30" }, "2026-12-07")).toMatchObject({
      from: "2024-01-01",
      to: "2024-06-30",
    })
  })

  it("ends a plan still running today", () => {
    expect(reportFilters({ ...plan, period_end: "2030-12-31" }, {}, "2026-12-07").to).toBe("2026-12-07")
  })

  it("keeps only filters with a value, in a fixed order", () => {
    expect(Object.entries(definedFilters({ stars: "3", from: "2024-01-01", group: "", channel: undefined }))).toEqual([
      ["from", "2024-01-01"],
      ["stars", "3"],
    ])
  })

  it("joins the backend's address, the path and an encoded query", () => {
    expect(reportHref("/", "/admin/x", { district: "Huyện Krông Pắc", empty: "" })).toBe(
      "/admin/x?district=Huy%E1%BB%87n+Kr%C3%B4ng+P%E1%BA%AFc"
    )
    expect(reportHref("https://api.example.vn/", "/admin/x", {})).toBe("https://api.example.vn/admin/x")
  })

  it("links every export with the current filters", () => {
    const filters = { province_code: "66", from: "2024-01-01", to: "2024-12-31", stars: "4", channel: "wholesale" }
    const links = Object.fromEntries(
      exportLinks("/", "plan_1", filters, "district").map((link) => [link.key, link.href])
    )

    expect(links["sales-xlsx"]).toBe(
      "/admin/ocop/reports/sales.xlsx?by=district&from=2024-01-01&to=2024-12-31&province_code=66&stars=4&channel=wholesale"
    )
    expect(links["sales-csv"]).toMatch(/^\/admin\/ocop\/reports\/sales\.csv\?by=district&/)
    expect(links["progress-xlsx"]).toBe("/admin/ocop/reports/plans/plan_1/progress.xlsx?as_of=2024-12-31")
    expect(links["register-xlsx"]).toBe("/admin/ocop/reports/register.xlsx?province_code=66&as_of=2024-12-31")
    expect(links["events-xlsx"]).toBe("/admin/ocop/promotion-events/export.xlsx?from=2024-01-01&to=2024-12-31")
  })
})

describe("defaultPlanId", () => {
  it("opens on the newest plan of the first listed province", () => {
    const plans = [
      { id: "dl-2023", province_code: "66", period_start: "2023-01-01" },
      { id: "db-2021", province_code: "11", period_start: "2021-01-01" },
      { id: "dl-2026", province_code: "66", period_start: "2026-01-01" },
      { id: "db-2026", province_code: "11", period_start: "2026-06-01" },
    ]
    expect(defaultPlanId(plans)).toBe("dl-2026")
  })

  it("has none without plans", () => {
    expect(defaultPlanId([])).toBeUndefined()
  })
})
