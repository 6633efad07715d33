import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerMemberData = {
  producer_id: string
  email: string
  name?: string | null
  role: "owner" | "member"
}

export const createProducerMemberStepId = "create-producer-member"

export const createProducerMemberStep = createStep(
  createProducerMemberStepId,
  async (input: CreateProducerMemberData, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const member = await producerModule.createProducerMembers({
      producer_id: input.producer_id,
      email: input.email,
      name: input.name ?? null,
      role: input.role,
    })
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.deleteProducerMembers(id)
  }
)
