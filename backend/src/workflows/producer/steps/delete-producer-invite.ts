import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export const deleteProducerInviteStepId = "delete-producer-invite"

/** Withdraws an invitation that was not accepted yet. */
export const deleteProducerInviteStep = createStep(
  deleteProducerInviteStepId,
  async (input: { producer_id: string; invite_id: string }, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [invite] = await producerModule.listProducerInvites({
      id: input.invite_id,
      producer_id: input.producer_id,
      accepted_at: null,
    })
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `invite: no open invite with id ${input.invite_id}`)
    await producerModule.softDeleteProducerInvites(invite.id)
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.restoreProducerInvites(id)
  }
)
