import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export const validateInviteeStepId = "validate-invitee"

/** An invitation goes to someone who is no member yet and has no open invitation from this producer. */
export const validateInviteeStep = createStep(
  validateInviteeStepId,
  async (input: { producer_id: string; email: string }, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [member] = await producerModule.listProducerMembers({ email: input.email }, { select: ["id"] })
    if (member)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${input.email} already belongs to a producer`)
    const open = await producerModule.listProducerInvites(
      { producer_id: input.producer_id, email: input.email, accepted_at: null },
      { select: ["id", "expires_at"] }
    )
    if (open.some((invite) => new Date(invite.expires_at) > new Date())) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${input.email} already has an open invitation`)
    }
    return new StepResponse(undefined)
  }
)
