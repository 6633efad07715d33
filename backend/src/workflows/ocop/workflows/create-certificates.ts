import { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../../modules/ocop"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { createCertificatesStep } from "../steps/create-certificates"
import { CertificateInput, validateCertificatesStep } from "../steps/validate-certificates"

export type CreateCertificatesInput = {
  certificates: (CertificateInput & {
    product_id: string
    revoked_at?: Date | null
    revocation_reason?: string | null
  })[]
}

export const createCertificatesWorkflowId = "create-certificates"

/** Records OCOP certificates for products, which keep them as their certificate history. */
export const createCertificatesWorkflow = createWorkflow(
  createCertificatesWorkflowId,
  (input: CreateCertificatesInput) => {
    useQueryGraphStep({
      entity: "product",
      fields: ["id"],
      filters: { id: transform({ input }, ({ input }) => [...new Set(input.certificates.map((c) => c.product_id))]) },
      options: { throwIfKeyNotFound: true },
    })
    const validated = validateCertificatesStep(input)
    const certificates = createCertificatesStep(
      transform({ validated, input }, ({ validated, input }) =>
        validated.map((certificate, i) => ({
          ...certificate,
          product_id: undefined,
          revoked_at: input.certificates[i].revoked_at ?? null,
          revocation_reason: input.certificates[i].revocation_reason ?? null,
        }))
      )
    )
    createRemoteLinkStep(
      transform({ certificates, input }, ({ certificates, input }) =>
        certificates.map((certificate, i): LinkDefinition => ({
          [Modules.PRODUCT]: { product_id: input.certificates[i].product_id },
          [OCOP_MODULE]: { ocop_certificate_id: certificate.id },
        }))
      )
    )
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({
        product_ids: [...new Set(input.certificates.map((c) => c.product_id))],
      })),
    })
    return new WorkflowResponse(certificates)
  }
)
