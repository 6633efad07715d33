import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { XLSX_CONTENT_TYPE } from "../../../../../lib/report/report-workbook"
import { salesCover, salesFileName, writeSalesWorkbook } from "../../../../../lib/report/sales-export"
import type { AdminSalesExportType } from "../sales-validators"

/** Net sales of the period as XLSX: a cover, a sheet per grouping asked (all when none), totals. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { by, detail, ...filters } = req.validatedQuery as AdminSalesExportType
  res.setHeader("Content-Type", XLSX_CONTENT_TYPE)
  res.setHeader("Content-Disposition", `attachment; filename="${salesFileName(filters, "xlsx")}"`)
  await writeSalesWorkbook(
    res,
    req.scope,
    salesCover("Doanh số bán hàng OCOP", filters),
    by,
    filters,
    detail === "true"
  )
  res.end()
}
