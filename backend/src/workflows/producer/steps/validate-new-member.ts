import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export const validateNewMemberStepId = "validate-new-member"

/** One sign-in belongs to one producer: an account that is already a member cannot apply or join again. */
export const validateNewMemberStep = createStep(
  validateNewMemberStepId,
  async (input: { email: string; actor_id?: string | null }, { container }) => {
    if (input.actor_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: this account already belongs to a producer")
    }
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [existing] = await producerModule.listProducerMembers({ email: input.email }, { select: ["id"] })
    if (existing) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${input.email} already belongs to a producer`)
    }
    return new StepResponse(undefined)
  }
)
