import { MedusaResponse } from "@medusajs/framework/http"
import { invoiceExportCsv, invoiceExportXlsx } from "../../../../lib/invoice-request-export"
import { invoiceRequestIds } from "../../../../lib/invoice-requests"
import { producerOrderViews } from "../../../../lib/producer-order-view"
import { ProducerRequest } from "../../producer-scope"
import { ExportInvoiceRequestsType } from "../validators"

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

/** The invoice requests of a date range as a spreadsheet the producer keys its e-invoices from. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { format, from, to } = req.validatedQuery as ExportInvoiceRequestsType
  const ids = await invoiceRequestIds(req.scope, req.producer.producer_id, { from, to })
  const orders = await producerOrderViews(req.scope, ids)
  const file = format === "csv" ? invoiceExportCsv(orders) : await invoiceExportXlsx(orders)
  const name = ["yeu-cau-hoa-don", from, to].filter(Boolean).join("_")
  res.setHeader("Content-Type", CONTENT_TYPES[format])
  res.setHeader("Content-Disposition", `attachment; filename="${name}.${format}"`)
  res.status(200).send(file)
}
