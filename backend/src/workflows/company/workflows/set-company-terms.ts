import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { NetTermsDays } from "@ocop/shared"
import { updateCompanyStep } from "../steps/update-company"

export type SetCompanyTermsInput = {
  id: string
  net_terms_days?: NetTermsDays
  credit_limit?: number
  approval_threshold?: number | null
}

export const setCompanyTermsWorkflowId = "set-company-terms"

/** The office sets a company's payment terms, credit limit and the order total above which a buyer's order waits for approval. */
export const setCompanyTermsWorkflow = createWorkflow(setCompanyTermsWorkflowId, (input: SetCompanyTermsInput) => {
  useQueryGraphStep({
    entity: "company",
    fields: ["id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const updated = updateCompanyStep(
    transform(
      { input },
      ({ input }) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as { id: string }
    )
  )
  return new WorkflowResponse(updated)
})
