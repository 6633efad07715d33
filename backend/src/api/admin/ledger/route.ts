import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ledgerAcrossCompanies } from "../../../lib/ledger-view"
import type { AdminListLedgerType } from "./validators"

/** What companies owe on terms, by ageing bucket, most overdue first; optionally one company or only the overdue. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await ledgerAcrossCompanies(req.scope, req.validatedQuery as AdminListLedgerType))
}
