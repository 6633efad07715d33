import { z } from "@medusajs/framework/zod"
import { wholeNumberParam } from "../../query-numbers"

const MAX_PAGE = 100

const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date (YYYY-MM-DD)`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), `${field} must be a real date`)
    .optional()

/** Calendar days in Việt Nam, both included; `from` after `to` is a mistake, named at `to`. */
const dateRange = {
  from: day("from"),
  to: day("to"),
}
const rangeInOrder = (range: { from?: string; to?: string }) => !range.from || !range.to || range.from <= range.to
const RANGE_MESSAGE = { message: "to must not be before from", path: ["to"] }

export const ListInvoiceRequests = z
  .object({
    ...dateRange,
    limit: wholeNumberParam("limit", 20, 1, MAX_PAGE),
    offset: wholeNumberParam("offset", 0, 0, 1_000_000),
  })
  .strict()
  .refine(rangeInOrder, RANGE_MESSAGE)
export type ListInvoiceRequestsType = z.infer<typeof ListInvoiceRequests>

export const EXPORT_FORMATS = ["xlsx", "csv"] as const

export const ExportInvoiceRequests = z
  .object({
    ...dateRange,
    format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` }).default("xlsx"),
  })
  .strict()
  .refine(rangeInOrder, RANGE_MESSAGE)
export type ExportInvoiceRequestsType = z.infer<typeof ExportInvoiceRequests>
