import { z } from "@medusajs/framework/zod"
import { PRODUCER_SALES_BY } from "@ocop/shared"
import { reportDay, settleReportPeriod } from "../../admin/ocop/reports/validators"

const period = { from: reportDay("from").optional(), to: reportDay("to").optional() }

const by = z.enum(PRODUCER_SALES_BY, { error: `by must be one of ${PRODUCER_SALES_BY.join(", ")}` })

/** GET /producer/sales: the period (this year so far unless given) and one grouping, by month unless asked. */
export const ProducerSales = z
  .object({ ...period, by: by.default("month") })
  .strict()
  .transform((value, ctx) => settleReportPeriod(value, ctx))
export type ProducerSalesType = z.infer<typeof ProducerSales>

/** GET /producer/sales.xlsx: the period; the workbook holds every grouping. */
export const ProducerSalesExport = z
  .object(period)
  .strict()
  .transform((value, ctx) => settleReportPeriod(value, ctx))
export type ProducerSalesExportType = z.infer<typeof ProducerSalesExport>
