import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export const validateProducerExistsStepId = "validate-producer-exists"

/** Throws NOT_FOUND (404) for an unknown producer id. */
export const validateProducerExistsStep = createStep(
  validateProducerExistsStepId,
  async (id: string, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.retrieveProducer(id, { select: ["id"] })
    return new StepResponse(undefined)
  }
)
