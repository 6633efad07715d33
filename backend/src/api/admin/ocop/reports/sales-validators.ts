import { z } from "@medusajs/framework/zod"
import { REPORT_MAX_YEARS, SALES_BY, SALES_CHANNELS, vietnamDate, type SalesBy } from "@ocop/shared"

// The common report filters of issue 20, as the sales exports read them. "plans" owns the shared
// validator (./validators.ts); these follow its contract and fold into it when the branches meet.

const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date (YYYY-MM-DD)`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
    }, `${field} must be a real date`)

/** Both days included; the period defaults to this year so far (Vietnam time). */
export const reportPeriod = {
  from: day("from").optional(),
  to: day("to").optional(),
}

type Period = { from?: string; to?: string }

/** `from` ≤ `to` and at most REPORT_MAX_YEARS apart, named at the field that breaks it; the defaults filled in. */
export function withPeriod<T extends Period>(value: T, context: z.RefinementCtx): T & { from: string; to: string } {
  const today = vietnamDate(new Date())
  const to = value.to ?? today
  const from = value.from ?? `${to.slice(0, 4)}-01-01`
  if (from > to) context.addIssue({ code: "custom", message: "to must not be before from", path: ["to"] })
  const limit = `${Number(from.slice(0, 4)) + REPORT_MAX_YEARS}${from.slice(4)}`
  if (to >= limit) {
    context.addIssue({
      code: "custom",
      message: `to must be less than ${REPORT_MAX_YEARS} years after from`,
      path: ["to"],
    })
  }
  return { ...value, from, to }
}

const wholeIn = (field: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${field} must be a whole number`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${field} must be between ${min} and ${max}`)

export const reportFilters = {
  ...reportPeriod,
  province_code: z
    .string()
    .regex(/^\d{2}$/, "province_code must be a province's 2-digit code")
    .optional(),
  district: z.string().trim().min(1, "district must name a former district").max(100).optional(),
  commune_code: z
    .string()
    .regex(/^\d{5}$/, "commune_code must be a commune's 5-digit code")
    .optional(),
  producer_id: z
    .string()
    .regex(/^[\w-]{1,64}$/, "producer_id must be a producer's id")
    .optional(),
  group: z
    .enum(["I", "II", "III", "IV", "V", "VI"], { error: "group must be one of I, II, III, IV, V, VI" })
    .optional(),
  product_set: wholeIn("product_set", 1, 26).optional(),
  stars: z.enum(["3", "4", "5"], { error: "stars must be 3, 4 or 5" }).transform(Number).optional(),
  channel: z.enum(SALES_CHANNELS, { error: `channel must be one of ${SALES_CHANNELS.join(", ")}` }).optional(),
}

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
    ...reportFilters,
    by: salesByList,
    // A sheet listing each fact (day, order, product, amount) besides the sums.
    detail: z.enum(["true", "false"], { error: "detail must be true or false" }).optional(),
  })
  .strict()
  .transform(withPeriod)
export type AdminSalesExportType = z.infer<typeof AdminSalesExport>

/** GET /admin/ocop/reports/sales.csv: one grouping (a CSV holds one table), by month unless asked. */
export const AdminSalesCsv = z
  .object({
    ...reportFilters,
    by: z.enum(SALES_BY, { error: `by must be one of ${SALES_BY.join(", ")} (a CSV holds one)` }).default("month"),
  })
  .strict()
  .transform(withPeriod)
export type AdminSalesCsvType = z.infer<typeof AdminSalesCsv>
