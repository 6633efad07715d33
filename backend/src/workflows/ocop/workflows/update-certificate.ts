import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { updateCertificateStep } from "../steps/update-certificate"
import { CertificateInput, validateCertificatesStep } from "../steps/validate-certificates"

export type UpdateCertificateInput = { id: string } & Partial<CertificateInput>

export const updateCertificateWorkflowId = "update-certificate"

/** Edits a certificate; the result is checked against the OCOP rules as a whole, stars re-derived. */
export const updateCertificateWorkflow = createWorkflow(
  updateCertificateWorkflowId,
  (input: UpdateCertificateInput) => {
    const { data: existing } = useQueryGraphStep({
      entity: "ocop_certificate",
      fields: [
        "certificate_number",
        "decision_number",
        "decision_date",
        "issuing_body",
        "level",
        "programme_year",
        "score",
        "product_set",
        "product.id",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const validated = validateCertificatesStep(
      transform({ input, existing }, ({ input, existing }) => {
        const { id, ...changes } = input
        // Stars follow the score: a new score without stars re-derives them.
        const { product, ...current } = existing[0] as CertificateInput & { product?: unknown }
        return { certificates: [{ ...current, stars: undefined, ...changes }] }
      })
    )
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ existing }, ({ existing }) => ({
        product_ids: [(existing[0] as { product?: { id: string } }).product?.id].filter(Boolean),
      })),
    })
    return new WorkflowResponse(
      updateCertificateStep(
        transform({ input, validated }, ({ input, validated }) => ({ ...validated[0], id: input.id }))
      )
    )
  }
)
