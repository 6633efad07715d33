import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyLedger } from "../../../../../lib/ledger-view"
import { companyOfRequest } from "./company-of-customer"

/** The company's công nợ: its terms and credit left, what it owes by ageing bucket, and its invoices. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await companyLedger(req.scope, await companyOfRequest(req)))
}
