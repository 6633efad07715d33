import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export const updateProducerStepId = "update-producer"

/** Updates one producer; the compensation puts back the fields it changed. */
export const updateProducerStep = createStep(
  updateProducerStepId,
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [previous] = await producerModule.listProducers({ id: input.id })
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${input.id} was not found`)
    const changedFields = Object.keys(input).filter((key) => key !== "id")
    const before = Object.fromEntries(changedFields.map((key) => [key, previous[key as keyof typeof previous]]))
    const updated = await producerModule.updateProducers(input)
    return new StepResponse(updated, { id: input.id, ...before })
  },
  async (before, { container }) => {
    if (!before) return
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.updateProducers(before)
  }
)
