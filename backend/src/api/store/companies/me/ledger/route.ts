import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CompanyRequest } from "../../company-scope"
import { companyLedger } from "../../../../../lib/ledger-view"

/** The company's công nợ: its terms and credit left, what it owes by ageing bucket, and its invoices. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await companyLedger(req.scope, (req as CompanyRequest).buyer))
}
