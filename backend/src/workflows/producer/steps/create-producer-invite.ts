import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

const INVITE_DAYS = 7

export const createProducerInviteStepId = "create-producer-invite"

export const createProducerInviteStep = createStep(
  createProducerInviteStepId,
  async (input: { producer_id: string; email: string }, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const invite = await producerModule.createProducerInvites({
      producer_id: input.producer_id,
      email: input.email,
      token: randomBytes(24).toString("base64url"),
      expires_at: new Date(Date.now() + INVITE_DAYS * 24 * 3600_000),
    })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.deleteProducerInvites(id)
  }
)
