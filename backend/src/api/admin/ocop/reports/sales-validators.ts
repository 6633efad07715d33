import { z } from "@medusajs/framework/zod"
import { SALES_BY, type SalesBy } from "@ocop/shared"
import { reportFilterFields, settleReportPeriod } from "./validators"

const BY_MESSAGE = `by must be one or more of ${SALES_BY.join(", ")}, separated by commas`

/** `by=group,month` or `by=group&by=month`; every grouping when absent. */
const salesByList = z
  .union([z.string(), z.array(z.string())], { error: BY_MESSAGE })
  .optional()
  .transform((value, context) => {
    const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => v.split(","))
    const unknown = list.filter((by) => !(SALES_BY as readonly string[]).includes(by))
    if (unknown.length) {
      context.addIssue({ code: "custom", message: BY_MESSAGE })
      return z.NEVER
    }
    return (list.length ? [...new Set(list)] : [...SALES_BY]) as SalesBy[]
  })

/** GET /admin/ocop/reports/sales.xlsx|csv: the groupings (a sheet each) and the common filters. */
export const AdminSalesExport = z
  .object({
    ...reportFilterFields,
    by: salesByList,
    // A sheet listing each fact (day, order, product, amount) besides the sums.
    detail: z.enum(["true", "false"], { error: "detail must be true or false" }).optional(),
  })
  .strict()
  .transform((value, ctx) => settleReportPeriod(value, ctx))
export type AdminSalesExportType = z.infer<typeof AdminSalesExport>

/** GET /admin/ocop/reports/sales.csv: one grouping (a CSV holds one table), by month unless asked. */
export const AdminSalesCsv = z
  .object({
    ...reportFilterFields,
    by: z.enum(SALES_BY, { error: `by must be one of ${SALES_BY.join(", ")} (a CSV holds one)` }).default("month"),
  })
  .strict()
  .transform((value, ctx) => settleReportPeriod(value, ctx))
export type AdminSalesCsvType = z.infer<typeof AdminSalesCsv>
