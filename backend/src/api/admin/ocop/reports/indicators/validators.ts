import { z } from "@medusajs/framework/zod"
import { BREAKDOWN_LEVELS, INDICATOR_CODES, TREND_INTERVALS } from "@ocop/shared"
import { ReportFilterFields, settleReportPeriod } from "../validators"

export const AdminIndicatorParams = z.object({
  code: z.enum(INDICATOR_CODES, { message: `code must be one of ${INDICATOR_CODES.join(", ")}` }),
})

export const AdminIndicatorTrend = ReportFilterFields.extend({
  interval: z.enum(TREND_INTERVALS).default("month"),
}).transform((value, ctx) => settleReportPeriod(value, ctx))
export type AdminIndicatorTrendType = z.infer<typeof AdminIndicatorTrend>

// A drill-down goes one step down from the scope it is given: districts of a province, communes of a district.
export const AdminIndicatorBreakdown = ReportFilterFields.extend({ level: z.enum(BREAKDOWN_LEVELS) })
  .transform((value, ctx) => settleReportPeriod(value, ctx))
  .superRefine((value, ctx) => {
    if (value.level === "district" && !value.province_code)
      ctx.addIssue({ code: "custom", path: ["province_code"], message: "province_code is required for district rows" })
    if (value.level === "commune" && !value.district && !value.province_code)
      ctx.addIssue({
        code: "custom",
        path: ["district"],
        message: "district (or province_code) is required for commune rows",
      })
  })
export type AdminIndicatorBreakdownType = z.infer<typeof AdminIndicatorBreakdown>
