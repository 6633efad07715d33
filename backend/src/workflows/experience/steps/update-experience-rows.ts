import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { ExperienceContent, experienceColumns, ParticipantTypeInput, seatsOfType } from "../experience-content"

export type ParticipantTypeEdit = Partial<Omit<ParticipantTypeInput, "kind">> & { id: string }

export type UpdateExperienceRowsInput = {
  id: string
  content: ExperienceContent
  participant_types: ParticipantTypeEdit[]
  /** A rejected experience the host edits goes back to the office's queue. */
  back_to_review: boolean
}

type ExperienceUpdate = Parameters<ExperienceModuleService["updateExperiences"]>[0] & { id: string }
type Saved = { experience: Record<string, unknown>; types: Record<string, unknown>[] }

const EXPERIENCE_FIELDS = [
  "id",
  "status",
  "reject_reason",
  "title_vi",
  "title_en",
  "description_vi",
  "description_en",
  "included",
  "excluded",
  "meeting_address",
  "meeting_lat",
  "meeting_lng",
  "duration_minutes",
  "languages",
  "min_age",
  "cancellation_policy",
  "cutoff_hours",
  "min_participants",
  "confirmation",
  "pay_on_arrival",
  "deposit_percent",
]
const TYPE_FIELDS = ["id", "kind", "name_vi", "name_en", "min_age", "max_age", "needs_adult", "seats"]

export const updateExperienceRowsStepId = "update-experience-rows"

/** Writes a host's edit to the experience and its participant types; undone by writing back the saved rows. */
export const updateExperienceRowsStep = createStep(
  updateExperienceRowsStepId,
  async (input: UpdateExperienceRowsInput, { container }) => {
    const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const before = await service.retrieveExperience(input.id, { select: EXPERIENCE_FIELDS })
    const types = input.participant_types.length
      ? await service.listParticipantTypes(
          { id: input.participant_types.map((type) => type.id) },
          { select: TYPE_FIELDS }
        )
      : []
    await service.updateExperiences([
      {
        id: input.id,
        ...experienceColumns(input.content, before),
        ...(input.back_to_review ? { status: "pending", reject_reason: null } : {}),
      } as ExperienceUpdate,
    ])
    for (const { id, price: _price, ...edit } of input.participant_types) {
      const { kind } = types.find((type) => type.id === id)!
      await service.updateParticipantTypes({
        id,
        ...Object.fromEntries(Object.entries(edit).filter(([, value]) => value !== undefined)),
        ...(edit.seats !== undefined ? { seats: seatsOfType({ kind, seats: edit.seats }) } : {}),
      })
    }
    const saved: Saved = { experience: before as Record<string, unknown>, types: types as Record<string, unknown>[] }
    return new StepResponse(undefined, saved)
  },
  async (saved, { container }) => {
    if (!saved) return
    const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    await service.updateExperiences(saved.experience as ExperienceUpdate)
    for (const type of saved.types) await service.updateParticipantTypes(type as { id: string })
  }
)
