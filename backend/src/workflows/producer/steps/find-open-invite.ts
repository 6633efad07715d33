import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export const findOpenInviteStepId = "find-open-invite"

/** The invitation a token opens: not yet accepted, not expired, and addressed to this sign-in's e-mail. */
export const findOpenInviteStep = createStep(
  findOpenInviteStepId,
  async (input: { token: string; email: string }, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [invite] = await producerModule.listProducerInvites({ token: input.token }, { relations: ["producer"] })
    if (!invite || invite.accepted_at || new Date(invite.expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: this invitation is unknown, used or expired")
    }
    if (invite.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: this invitation is for ${invite.email}`)
    }
    return new StepResponse({ id: invite.id, producer_id: invite.producer.id, email: invite.email })
  }
)
