import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateParticipantTypeEditsStepId = "validate-participant-type-edits"

/** An edit names only the experience's own participant types (another one's id is unknown here: 400). */
export const validateParticipantTypeEditsStep = createStep(
  validateParticipantTypeEditsStepId,
  async (input: { known: string[]; edits: { id: string }[] }) => {
    const index = input.edits.findIndex((edit) => !input.known.includes(edit.id))
    if (index >= 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `participant_types[${index}].id: not a participant type of this experience`
      )
    }
    return new StepResponse(undefined)
  }
)
