import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export const removeProducerMemberStepId = "remove-producer-member"

/** Removes a colleague (soft delete, so the compensation restores it); the owner stays. */
export const removeProducerMemberStep = createStep(
  removeProducerMemberStepId,
  async (input: { producer_id: string; member_id: string }, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [member] = await producerModule.listProducerMembers({ id: input.member_id, producer_id: input.producer_id })
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `member: no member with id ${input.member_id}`)
    if (member.role === "owner")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "member: the owner cannot be removed")
    await producerModule.softDeleteProducerMembers(member.id)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.restoreProducerMembers(id)
  }
)
