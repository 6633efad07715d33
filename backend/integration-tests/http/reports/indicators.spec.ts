import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { INDICATOR_CODES } from "@ocop/shared"
import { adminHeaders } from "../../utils/admin"
import { buildReportFixture, DIEN_BIEN_PHU, MUONG_ANG, ReportFixture } from "./fixture"

const YEAR_2025 = "from=2025-01-01&to=2025-12-31&province_code=11"

// Worked out by hand from fixture.ts for Điện Biên (11) over 2025.
const EXPECTED_2025: Record<string, { value: number | null; numerator: number | null; denominator: number | null }> = {
  // B (first ★3 on 2025-05-05) and E (2025-09-09, later revoked); A's first was 2022, D's 2024, F is in Đắk Lắk.
  certified_3_star_new: { value: 2, numerator: 2, denominator: null },
  // In force on 2025-12-31: A (renewed ★4), B, D (★5); C expired, E revoked.
  certified_3_star_total: { value: 3, numerator: 3, denominator: null },
  certified_4_star_total: { value: 2, numerator: 2, denominator: null },
  certified_5_star: { value: 1, numerator: 1, denominator: null },
  // A's and C's certificates ran out in 2025; only A has a later one.
  expired_renewed_share: { value: 50, numerator: 1, denominator: 2 },
  // P1–P4 are active in Điện Biên (P5 pending, P6 in Đắk Lắk).
  producers_total: { value: 4, numerator: 4, denominator: null },
  // P1 cooperative, P2 enterprise, P4 now a cooperative (was a cooperative group); P3 a household.
  producers_organised_share: { value: 75, numerator: 3, denominator: 4 },
  producers_women_led_share: { value: 50, numerator: 2, denominator: 4 },
  producers_ethnic_minority_share: { value: 50, numerator: 2, denominator: 4 },
  producers_value_chain_share: { value: 25, numerator: 1, denominator: 4 },
  // Certified at the end: A, B, D; shown at the 2025 fair: A (C no longer certified, F elsewhere; B shown in 2024).
  products_at_events_share: { value: 33.33, numerator: 1, denominator: 3 },
  // Net positive sales in 2025: P1 (1.5 M), P3 (800 k − 200 k), P4 (400 k); P2's order was cancelled.
  producers_selling_online_share: { value: 75, numerator: 3, denominator: 4 },
  // 500 k + 1 M + (300 k − 300 k) + (800 k − 200 k) + 400 k.
  sales_vnd: { value: 2_500_000, numerator: 2_500_000, denominator: null },
  // Against 2024's 1 M + 500 k: (2.5 M − 1.5 M) / 1.5 M.
  sales_growth_share: { value: 66.67, numerator: 2_500_000, denominator: 1_500_000 },
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let fixture: ReportFixture

    const get = (url: string) => api.get(url, headers).catch((e: any) => e.response)

    beforeAll(async () => {
      headers = await adminHeaders(api, getContainer())
      fixture = await buildReportFixture(getContainer())
    }, 240_000)

    describe("GET /admin/ocop/reports/indicators/:code/trend", () => {
      it("computes every indicator over 2025 as worked out by hand (one yearly point)", async () => {
        const answers: Record<string, unknown> = {}
        for (const code of Object.keys(EXPECTED_2025)) {
          const { status, data } = await get(`/admin/ocop/reports/indicators/${code}/trend?interval=year&${YEAR_2025}`)
          expect(status).toBe(200)
          expect(data.indicator).toBe(code)
          expect(data.points).toHaveLength(1)
          const [{ period, ...point }] = data.points
          expect(period).toBe("2025")
          answers[code] = point
        }
        expect(answers).toEqual(EXPECTED_2025)
      })

      it("counts published community-tourism experiences (the pending one is not) up to today", async () => {
        const { data } = await get(
          "/admin/ocop/reports/indicators/tourism_products/trend?interval=year&province_code=11"
        )
        expect(data.points.at(-1)).toMatchObject({ value: 1, numerator: 1 })
        const other = await get("/admin/ocop/reports/indicators/tourism_products/trend?interval=year&province_code=66")
        expect(other.data.points.at(-1).value).toBe(0)
      })

      it("narrows by channel, group, stars, district, commune and producer", async () => {
        const value = async (code: string, filters: string) =>
          (await get(`/admin/ocop/reports/indicators/${code}/trend?interval=year&${YEAR_2025}&${filters}`)).data
            .points[0].value
        expect(await value("sales_vnd", "channel=retail_online")).toBe(500_000 + 600_000)
        expect(await value("sales_vnd", "channel=tourism")).toBe(400_000)
        expect(await value("sales_vnd", `district=${encodeURIComponent(DIEN_BIEN_PHU)}`)).toBe(600_000 + 400_000)
        expect(await value("sales_vnd", `producer_id=${fixture.producers.p1.id}`)).toBe(1_500_000)
        expect(await value("certified_3_star_total", "group=I")).toBe(2)
        expect(await value("certified_3_star_total", "stars=5")).toBe(1)
        expect(await value("certified_3_star_total", `commune_code=${fixture.communeA}`)).toBe(2)
        expect(await value("producers_women_led_share", `district=${encodeURIComponent(MUONG_ANG)}`)).toBe(50)
        // Only P3 holds a group III certificate.
        expect(await value("producers_total", "group=III")).toBe(1)
      })

      it("gives monthly and quarterly points that add up to the year's figure", async () => {
        const monthly = (await get(`/admin/ocop/reports/indicators/sales_vnd/trend?interval=month&${YEAR_2025}`)).data
        expect(monthly.unit).toBe("vnd")
        expect(monthly.points.map((point: any) => point.period)).toEqual(
          Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`)
        )
        const byMonth = Object.fromEntries(monthly.points.map((point: any) => [point.period, point.value]))
        expect(byMonth).toMatchObject({
          "2025-03": 500_000,
          "2025-04": 1_000_000,
          "2025-05": 0,
          "2025-06": 800_000,
          "2025-07": -200_000,
          "2025-08": 400_000,
        })
        expect(monthly.points.reduce((sum: number, point: any) => sum + point.value, 0)).toBe(2_500_000)

        const quarterly = (
          await get(`/admin/ocop/reports/indicators/certified_3_star_new/trend?interval=quarter&${YEAR_2025}`)
        ).data
        expect(quarterly.points.map((point: any) => [point.period, point.value])).toEqual([
          ["2025-Q1", 0],
          ["2025-Q2", 1],
          ["2025-Q3", 1],
          ["2025-Q4", 0],
        ])
        // A cumulative count is read at each quarter's end: E counts in Q3 only, C until it expired in Q2.
        const total = (
          await get(`/admin/ocop/reports/indicators/certified_3_star_total/trend?interval=quarter&${YEAR_2025}`)
        ).data
        expect(total.points.map((point: any) => point.value)).toEqual([3, 3, 4, 3])
      })
    })

    describe("GET /admin/ocop/reports/indicators/:code/breakdown", () => {
      it("drills from the province to former districts, communes, producers and products; counts add up", async () => {
        const rows = async (code: string, query: string) =>
          (await get(`/admin/ocop/reports/indicators/${code}/breakdown?from=2025-01-01&to=2025-12-31&${query}`)).data
            .rows
        const districts = await rows("certified_3_star_total", "level=district&province_code=11")
        expect(districts.map((row: any) => [row.level, row.code, row.name, row.value])).toEqual([
          ["district", MUONG_ANG, MUONG_ANG, 2],
          ["district", DIEN_BIEN_PHU, DIEN_BIEN_PHU, 1],
        ])
        expect(districts.reduce((sum: number, row: any) => sum + row.value, 0)).toBe(3)

        const communes = await rows(
          "certified_3_star_total",
          `level=commune&province_code=11&district=${encodeURIComponent(MUONG_ANG)}`
        )
        expect(communes).toHaveLength(1)
        expect(communes[0]).toMatchObject({ level: "commune", code: fixture.communeA, value: 2 })
        expect(communes[0].name).not.toBe(fixture.communeA)

        const producers = await rows("certified_3_star_total", "level=producer&province_code=11")
        expect(producers.map((row: any) => [row.name, row.value])).toEqual([
          ["P1", 2],
          ["P3", 1],
        ])
        const products = await rows("certified_3_star_total", `level=product&producer_id=${fixture.producers.p1.id}`)
        expect(products.map((row: any) => [row.name, row.value]).sort()).toEqual([
          ["Sản phẩm A", 1],
          ["Sản phẩm B", 1],
        ])

        const sales = await rows("sales_vnd", "level=district&province_code=11")
        expect(sales.reduce((sum: number, row: any) => sum + row.value, 0)).toBe(2_500_000)
        const shares = await rows("producers_organised_share", "level=district&province_code=11")
        expect(shares.map((row: any) => [row.code, row.value, row.numerator, row.denominator])).toEqual([
          [MUONG_ANG, 100, 2, 2],
          [DIEN_BIEN_PHU, 50, 1, 2],
        ])
      })

      it.each([
        ["level", "producers_women_led_share/breakdown?level=product"],
        ["level", "sales_vnd/breakdown?level=region"],
        ["province_code", "sales_vnd/breakdown?level=district"],
        ["district", "sales_vnd/breakdown?level=commune"],
        ["code", "sales_per_cow/breakdown?level=producer"],
        ["to", "sales_vnd/trend?from=2025-02-01&to=2025-01-01"],
        ["to", "sales_vnd/trend?from=2010-01-01&to=2025-01-01"],
        ["from", "sales_vnd/trend?from=2025-02-30"],
        ["interval", "sales_vnd/trend?interval=week"],
        ["stars", "sales_vnd/trend?stars=2"],
        ["channel", "sales_vnd/trend?channel=market"],
        ["province_code", "sales_vnd/trend?province_code=1"],
      ])("answers 400 naming %s", async (field, path) => {
        const { status, data } = await get(`/admin/ocop/reports/indicators/${path}`)
        expect(status).toBe(400)
        expect(data.message).toContain(field)
      })
    })

    it("covers every indicator code", () => {
      expect([...Object.keys(EXPECTED_2025), "tourism_products"].sort()).toEqual([...INDICATOR_CODES].sort())
    })
  },
})
