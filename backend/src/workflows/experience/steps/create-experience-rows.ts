import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_CANCELLATION_POLICY, type ExperienceStatus } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { CreateExperienceInput, experienceColumns, seatsOfType } from "../experience-content"

type ExperienceCreate = Extract<Parameters<ExperienceModuleService["createExperiences"]>[0], unknown[]>[number]

export type CreateExperienceRowsInput = {
  experience: CreateExperienceInput
  status: ExperienceStatus
  product: { id: string; handle: string; variants: { id: string; title: string }[] }
}

export const createExperienceRowsStepId = "create-experience-rows"

/** The experience and its participant types, each on the product's variant of the same name; undone by deleting them. */
export const createExperienceRowsStep = createStep(
  createExperienceRowsStepId,
  async ({ experience, status, product }: CreateExperienceRowsInput, { container }) => {
    const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const { participant_types, kind, producer_id, province_code, commune_code, ...content } = experience
    const [created] = await service.createExperiences([
      {
        ...experienceColumns(content),
        cancellation_policy: content.cancellation_policy ?? DEFAULT_CANCELLATION_POLICY,
        kind,
        status,
        producer_id,
        province_code,
        commune_code,
        product_id: product.id,
        handle: product.handle,
      } as unknown as ExperienceCreate,
    ])
    await service.createParticipantTypes(
      participant_types.map((type) => ({
        kind: type.kind,
        name_vi: type.name_vi,
        name_en: type.name_en ?? null,
        min_age: type.min_age ?? null,
        max_age: type.max_age ?? null,
        needs_adult: type.needs_adult ?? false,
        seats: seatsOfType(type),
        variant_id: product.variants.find((variant) => variant.title === type.name_vi)!.id,
        experience_id: created.id,
      }))
    )
    return new StepResponse({ id: created.id }, created.id)
  },
  async (experienceId, { container }) => {
    if (!experienceId) return
    await container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).deleteExperiences(experienceId)
  }
)
