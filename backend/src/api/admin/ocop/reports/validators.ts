import { z } from "@medusajs/framework/zod"
import { REPORT_MAX_YEARS, SALES_CHANNELS, vietnamDate } from "@ocop/shared"
import { PRODUCT_GROUPS } from "../../../../modules/ocop/rules/product-sets"
import { ReportFilterValues } from "../../../../lib/report/report-filters"
import { communeCode, provinceCode } from "../place-fields"

/** A calendar day `YYYY-MM-DD` that exists; the message names `field`, as every report message does. */
export const reportDay = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date (YYYY-MM-DD)`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
    }, `${field} must be a real calendar date`)

/** The filters every report, trend, drill-down and export takes (issue 20's common report filters). */
export const reportFilterFields = {
  from: reportDay("from").optional(),
  to: reportDay("to").optional(),
  province_code: provinceCode.optional(),
  // A former district by its name ("Huyện Mường Ảng"); names repeat across provinces, so it goes with province_code.
  district: z.string().trim().min(2, "district must be a former district's name").max(120).optional(),
  commune_code: communeCode.optional(),
  producer_id: z.string().trim().min(1).max(64).optional(),
  group: z.enum(Object.keys(PRODUCT_GROUPS) as [string, ...string[]]).optional(),
  product_set: z.coerce.number().int().min(1).max(26).optional(),
  stars: z.coerce.number().int().min(3).max(5).optional(),
  channel: z.enum(SALES_CHANNELS).optional(),
}

/** A report's filters with its period settled: `from` and `to` always present. */
export type ReportFiltersType = ReportFilterValues

const addYears = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`

/**
 * The period: `to` defaults to today in Vietnam, `from` to the first of January of `to`'s year;
 * `from` may not follow `to`, and the two may be at most REPORT_MAX_YEARS apart.
 */
export function settleReportPeriod<T extends { from?: string; to?: string }>(
  value: T,
  ctx: z.RefinementCtx,
  today = vietnamDate(new Date())
): T & { from: string; to: string } {
  const to = value.to ?? (value.from && value.from > today ? value.from : today)
  const from = value.from ?? `${to.slice(0, 4)}-01-01`
  if (from > to) ctx.addIssue({ code: "custom", path: ["to"], message: `to must not be before from (${from})` })
  else if (addYears(from, REPORT_MAX_YEARS) < to)
    ctx.addIssue({ code: "custom", path: ["to"], message: `to must be at most ${REPORT_MAX_YEARS} years after from` })
  return { ...value, from, to }
}

/** The common report filters; a route adds its own fields with `.extend` and settles the period with `settleReportPeriod`. */
export const ReportFilterFields = z.object(reportFilterFields)

export const ReportFilters = ReportFilterFields.transform((value, ctx) => settleReportPeriod(value, ctx))
