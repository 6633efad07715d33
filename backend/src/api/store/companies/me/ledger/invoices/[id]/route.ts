import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CompanyRequest } from "../../../../company-scope"
import { MedusaError } from "@medusajs/framework/utils"
import { companyLedger } from "../../../../../../../lib/ledger-view"

/** One of the company's invoices (another company's is unknown here: 404). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { invoices } = await companyLedger(req.scope, (req as CompanyRequest).buyer)
  const invoice = invoices.find((row) => row.id === req.params.id)
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no invoice ${req.params.id} of your company`)
  res.json({ invoice })
}
