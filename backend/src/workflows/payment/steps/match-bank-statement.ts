import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_PROVIDER_ID } from "@ocop/shared"
import { ExpectedTransfer, matchStatement, statementReferences } from "../../../lib/bank-statement/match-statement"
import { parseStatementCsv } from "../../../lib/bank-statement/parse-statement"

export const matchBankStatementStepId = "match-bank-statement"

/** Reads the statement and pairs its credits with the VietQR payments that wait for money. No writes. */
export const matchBankStatementStep = createStep(
  matchBankStatementStepId,
  async ({ csv, reference_prefix }: { csv: string; reference_prefix: string }, { container }) => {
    const rows = parseStatementCsv(csv)
    const references = statementReferences(rows, reference_prefix)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // Only the payments the statement names: an import costs what the file holds, not every
    // transfer ever made.
    const { data: payments } = references.length
      ? await query.graph({
          entity: "payment",
          fields: ["id", "amount", "data", "captured_at", "canceled_at"],
          // Medusa's generated filter types know no keys inside a JSON column; MikroORM queries them.
          filters: { provider_id: BANK_TRANSFER_PROVIDER_ID, data: { reference: references } as never },
        })
      : { data: [] }
    const expected: ExpectedTransfer[] = payments
      .filter((payment) => !payment.canceled_at && typeof payment.data?.reference === "string")
      .map((payment) => ({
        reference: payment.data!.reference as string,
        amount: Number(payment.amount),
        payment_id: payment.id,
        paid: !!payment.captured_at,
      }))
    return new StepResponse(matchStatement(rows, expected, reference_prefix))
  }
)
