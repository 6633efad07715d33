import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateCertificateStep } from "../steps/update-certificate"
import { CertificateInput, validateCertificatesStep } from "../steps/validate-certificates"

export type UpdateCertificateInput = { id: string } & Partial<CertificateInput>

export const updateCertificateWorkflowId = "update-certificate"

/** Edits a certificate; the result is checked against the OCOP rules as a whole, stars re-derived. */
export const updateCertificateWorkflow = createWorkflow(updateCertificateWorkflowId, (input: UpdateCertificateInput) => {
  const { data: existing } = useQueryGraphStep({
    entity: "ocop_certificate",
    fields: ["certificate_number", "decision_number", "decision_date", "issuing_body", "level", "programme_year", "score", "product_set"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const validated = validateCertificatesStep(
    transform({ input, existing }, ({ input, existing }) => {
      const { id, ...changes } = input
      // Stars follow the score: a new score without stars re-derives them.
      return { certificates: [{ ...(existing[0] as CertificateInput), stars: undefined, ...changes }] }
    })
  )
  return new WorkflowResponse(updateCertificateStep(transform({ input, validated }, ({ input, validated }) => ({ ...validated[0], id: input.id }))))
})
