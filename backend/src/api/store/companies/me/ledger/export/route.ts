import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CompanyRequest } from "../../../company-scope"
import { companyLedger } from "../../../../../../lib/ledger-view"
import { ledgerWorkbook, XLSX_TYPE } from "../../../../../../lib/ledger-xlsx"

/** The company's invoices as an XLSX file for its accountant. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { invoices } = await companyLedger(req.scope, (req as CompanyRequest).buyer)
  const file = await ledgerWorkbook(invoices, "Công nợ")
  res.setHeader("Content-Type", XLSX_TYPE)
  res.setHeader("Content-Disposition", 'attachment; filename="cong-no.xlsx"')
  res.send(file)
}
