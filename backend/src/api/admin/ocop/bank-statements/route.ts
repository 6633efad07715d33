import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importBankStatementWorkflow } from "../../../../workflows/payment/workflows/import-bank-statement"
import { referencePrefix } from "../reference-prefix"
import { AdminImportBankStatementType } from "./validators"

/** Imports a bank statement: the exactly matching VietQR payments are captured, the rest listed. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportBankStatementType>, res: MedusaResponse) => {
  const { result } = await importBankStatementWorkflow(req.scope).run({
    input: {
      csv: req.validatedBody.csv,
      reference_prefix: referencePrefix(),
      captured_by: req.auth_context.actor_id,
    },
  })
  res.json(result)
}
