import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CSV_CONTENT_TYPE } from "../../../../../lib/report/report-workbook"
import { salesFileName, writeSalesCsv } from "../../../../../lib/report/sales-export"
import type { AdminSalesCsvType } from "../sales-validators"

/** Net sales of the period grouped one way, as CSV. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { by, ...filters } = req.validatedQuery as AdminSalesCsvType
  res.setHeader("Content-Type", CSV_CONTENT_TYPE)
  res.setHeader("Content-Disposition", `attachment; filename="${salesFileName(filters, "csv", `doanh-so-${by}`)}"`)
  await writeSalesCsv(res, req.scope, by, filters)
  res.end()
}
