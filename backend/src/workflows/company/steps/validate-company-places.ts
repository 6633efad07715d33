import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkPlaceCodes } from "../../../lib/place-codes"

type PlaceCodes = { province_code?: string; commune_code?: string }

export const validateCompanyPlacesStepId = "validate-company-places"

/** Each address's commune must be in its province (400 naming the field the codes came in). */
export const validateCompanyPlacesStep = createStep(
  validateCompanyPlacesStepId,
  async (input: { places: { field: string; codes: PlaceCodes }[] }, { container }) => {
    for (const { field, codes } of input.places) await checkPlaceCodes(container, codes, field)
    return new StepResponse(undefined)
  }
)
