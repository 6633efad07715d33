import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ledgerAcrossCompanies } from "../../../../lib/ledger-view"
import { ledgerWorkbook, XLSX_TYPE } from "../../../../lib/ledger-xlsx"
import type { AdminListLedgerType } from "../validators"

/** The open invoices the ledger screen shows, as an XLSX file. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { invoices } = await ledgerAcrossCompanies(req.scope, req.validatedQuery as AdminListLedgerType)
  const file = await ledgerWorkbook(invoices, "Công nợ")
  res.setHeader("Content-Type", XLSX_TYPE)
  res.setHeader("Content-Disposition", 'attachment; filename="cong-no-doanh-nghiep.xlsx"')
  res.send(file)
}
