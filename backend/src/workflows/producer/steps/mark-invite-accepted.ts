import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export const markInviteAcceptedStepId = "mark-invite-accepted"

export const markInviteAcceptedStep = createStep(
  markInviteAcceptedStepId,
  async (id: string, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.updateProducerInvites({ id, accepted_at: new Date() })
    return new StepResponse(undefined, id)
  },
  async (id, { container }) => {
    if (!id) return
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.updateProducerInvites({ id, accepted_at: null })
  }
)
