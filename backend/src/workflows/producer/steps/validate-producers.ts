import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isValidTaxCode } from "@ocop/shared"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"
import { isValidVietnamesePhone } from "../../../modules/producer/rules/phone"

export type ProducerFields = {
  id?: string
  handle?: string
  tax_code?: string
  phone?: string
  ethnic_minority_led?: boolean
  ethnic_group?: string | null
}

export const validateProducersStepId = "validate-producers"

/** Tax code with a valid check digit and unused by another producer, a Vietnamese phone, a consistent ethnic group. */
export const validateProducersStep = createStep(
  validateProducersStepId,
  async (input: { producers: ProducerFields[] }, { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    for (const producer of input.producers) {
      if (producer.tax_code !== undefined && !isValidTaxCode(producer.tax_code)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `tax_code: ${producer.tax_code} is not a valid tax code (check digit)`
        )
      }
      if (producer.phone !== undefined && !isValidVietnamesePhone(producer.phone)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `phone: ${producer.phone} is not a Vietnamese phone number`
        )
      }
      if (producer.ethnic_group && producer.ethnic_minority_led === false) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "ethnic_group: only for an ethnic-minority-led producer")
      }
    }
    for (const field of ["tax_code", "handle"] as const) {
      const values = input.producers.map((p) => p[field]).filter((v): v is string => !!v)
      if (new Set(values).size !== values.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: the same ${field} appears twice`)
      }
      if (!values.length) continue
      const taken = await producerModule.listProducers({ [field]: values }, { select: ["id", field] })
      const clash = taken.find((existing) => !input.producers.some((p) => p.id === existing.id))
      if (clash) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `${field}: ${clash[field]} is already registered to another producer`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
