import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { ExperienceKind, ParticipantKind } from "@ocop/shared"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { vndPrices } from "../../listing/listing-content"
import { ExperienceContent, ParticipantTypeInput } from "../experience-content"
import { ParticipantTypeEdit, updateExperienceRowsStep } from "../steps/update-experience-rows"
import { validateExperienceStep } from "../steps/validate-experience"
import { validateParticipantTypeEditsStep } from "../steps/validate-participant-type-edits"

export type UpdateExperienceInput = ExperienceContent & { id: string; participant_types?: ParticipantTypeEdit[] }

type ExperienceRow = {
  id: string
  kind: ExperienceKind
  status: string
  product_id: string
  pay_on_arrival: boolean
  deposit_percent: number | null
  participant_types: { id: string; kind: ParticipantKind; name_vi: string; seats: number; variant_id: string }[]
}

export const updateExperienceWorkflowId = "update-experience"

/**
 * Edits an experience's texts, rules and participant types. Its product follows: the title and
 * English texts, and a changed price becomes the variant's new VND price (what the cart charges).
 */
export const updateExperienceWorkflow = createWorkflow(updateExperienceWorkflowId, (input: UpdateExperienceInput) => {
  const { data: experiences } = useQueryGraphStep({
    entity: "experience",
    fields: [
      "id",
      "kind",
      "status",
      "product_id",
      "pay_on_arrival",
      "deposit_percent",
      "participant_types.id",
      "participant_types.kind",
      "participant_types.name_vi",
      "participant_types.seats",
      "participant_types.variant_id",
    ],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const experience = transform({ experiences }, ({ experiences }) => experiences[0] as unknown as ExperienceRow)
  validateParticipantTypeEditsStep(
    transform({ input, experience }, ({ input, experience }) => ({
      known: experience.participant_types.map((type) => type.id),
      edits: input.participant_types ?? [],
    }))
  )
  validateExperienceStep(
    transform({ input, experience }, ({ input, experience }) => ({
      kind: experience.kind,
      cancellation_policy: input.cancellation_policy,
      deposit_percent: input.deposit_percent !== undefined ? input.deposit_percent : experience.deposit_percent,
      pay_on_arrival: input.pay_on_arrival ?? experience.pay_on_arrival,
      participant_types: experience.participant_types.map((type): ParticipantTypeInput => {
        const edit = input.participant_types?.find((candidate) => candidate.id === type.id)
        return { kind: type.kind, name_vi: type.name_vi, seats: type.seats, price: 0, ...edit }
      }),
    }))
  )
  updateExperienceRowsStep(
    transform({ input, experience }, ({ input, experience }) => {
      const { id, participant_types, ...content } = input
      return {
        id,
        content,
        participant_types: participant_types ?? [],
        back_to_review: experience.status === "rejected",
      }
    })
  )
  when("experience-product-texts", { input }, ({ input }) =>
    [input.title_vi, input.title_en, input.description_vi, input.description_en].some((text) => text !== undefined)
  ).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ input, experience }, ({ input, experience }) => ({
        products: [
          {
            id: experience.product_id,
            ...(input.title_vi !== undefined ? { title: input.title_vi } : {}),
            ...(input.description_vi !== undefined ? { description: input.description_vi } : {}),
            metadata: {
              ...(input.title_en !== undefined ? { title_en: input.title_en ?? "" } : {}),
              ...(input.description_en !== undefined ? { description_en: input.description_en ?? "" } : {}),
            },
          },
        ],
      })),
    })
  })
  when("experience-variants", { input }, ({ input }) =>
    (input.participant_types ?? []).some((type) => type.price !== undefined || type.name_vi !== undefined)
  ).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input, experience }, ({ input, experience }) => ({
        product_variants: (input.participant_types ?? [])
          .filter((type) => type.price !== undefined || type.name_vi !== undefined)
          .map((type) => ({
            id: experience.participant_types.find((known) => known.id === type.id)!.variant_id,
            ...(type.name_vi !== undefined ? { title: type.name_vi } : {}),
            ...(type.price !== undefined ? { prices: vndPrices(type.price) } : {}),
          })),
      })),
    })
  })
  emitEventStep({
    eventName: OCOP_PRODUCTS_CHANGED_EVENT,
    data: transform({ experience }, ({ experience }) => ({ product_ids: [experience.product_id] })),
  })
  return new WorkflowResponse(transform({ experience }, ({ experience }) => ({ id: experience.id })))
})
