import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { sendProducerEmailWorkflow } from "../../producer/workflows/send-producer-email"
import { setExperienceStatusStep } from "../steps/set-experience-status"
import { ExperienceUnderReview, validateExperienceUnderReviewStep } from "../steps/validate-experience-under-review"

type ReviewedExperience = {
  id: string
  status: string
  title_vi: string
  product: { id: string; producer: { status: string; name: string; email: string } | null }
}

/**
 * Decides a pending experience: its status, then its product (Medusa's own update, so the search
 * index hears of it: published goes on sale, rejected stays a draft), then the host is told.
 */
function reviewExperience(input: { id: string; reason?: string }, decision: "published" | "rejected") {
  const { data: experiences } = useQueryGraphStep({
    entity: "experience",
    fields: [
      "id",
      "status",
      "title_vi",
      "product.id",
      "product.producer.status",
      "product.producer.name",
      "product.producer.email",
    ],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const experience = transform({ experiences }, ({ experiences }) => experiences[0] as unknown as ReviewedExperience)
  validateExperienceUnderReviewStep(
    transform({ experience }, ({ experience }) => ({
      experience: { ...experience, producer: experience.product?.producer ?? null } as ExperienceUnderReview,
      decision,
    }))
  )
  const updated = setExperienceStatusStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      status: decision,
      reject_reason: decision === "rejected" ? input.reason! : null,
    }))
  )
  updateProductsWorkflow.runAsStep({
    input: transform({ experience }, ({ experience }) => ({
      products: [
        { id: experience.product.id, status: decision === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT },
      ],
    })),
  })
  sendProducerEmailWorkflow.runAsStep({
    input: transform({ experience, updated, input }, ({ experience, updated, input }) => {
      const kind = decision === "published" ? ("experience_approved" as const) : ("experience_rejected" as const)
      return {
        to: experience.product.producer!.email,
        kind,
        producer_name: experience.product.producer!.name,
        product_title: experience.title_vi,
        reason: input.reason ?? null,
        // A rejected experience may be edited and decided again: one e-mail per decision.
        idempotency_key: `${kind}:${input.id}:${new Date(updated.updated_at).toISOString()}`,
      }
    }),
  })
  return updated
}

export const approveExperienceWorkflowId = "approve-experience"

/** The office publishes a host's pending experience: it goes on sale with its product. */
export const approveExperienceWorkflow = createWorkflow(approveExperienceWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(reviewExperience(input, "published"))
})

export const rejectExperienceWorkflowId = "reject-experience"

/** The office turns a pending experience down with a reason the host reads in the portal. */
export const rejectExperienceWorkflow = createWorkflow(
  rejectExperienceWorkflowId,
  (input: { id: string; reason: string }) => {
    return new WorkflowResponse(reviewExperience(input, "rejected"))
  }
)
