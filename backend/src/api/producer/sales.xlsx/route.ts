import { MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_SALES_BY } from "@ocop/shared"
import { XLSX_CONTENT_TYPE } from "../../../lib/report/report-workbook"
import { salesCover, salesFileName, writeSalesWorkbook } from "../../../lib/report/sales-export"
import { ProducerRequest } from "../producer-scope"
import type { ProducerSalesExportType } from "../sales/validators"

/** The signed-in producer's own net sales as XLSX: by month, channel and product, and each fact. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { from, to } = req.validatedQuery as ProducerSalesExportType
  const filters = { from, to, producer_id: req.producer.producer_id }
  res.setHeader("Content-Type", XLSX_CONTENT_TYPE)
  res.setHeader("Content-Disposition", `attachment; filename="${salesFileName(filters, "xlsx")}"`)
  const cover = salesCover("Doanh số của chủ thể", { from, to })
  await writeSalesWorkbook(res, req.scope, cover, [...PRODUCER_SALES_BY], filters, true)
  res.end()
}
