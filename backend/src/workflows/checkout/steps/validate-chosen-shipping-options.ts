import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateChosenShippingOptionsStepId = "validate-chosen-shipping-options"

type Offered = { id: string; shipping_profile_id: string; calculated_price?: { calculated_amount?: unknown } | null }

export type ValidateChosenShippingOptionsInput = {
  option_ids: string[]
  /** How the request named each option (`options.0.id`, `option_id`), so the buyer hears which one. */
  fields: string[]
  /** What `list-cart-shipping-options` offers this cart: its own producers' options, priced. */
  offered: Offered[]
}

/**
 * Each chosen option must be one the cart's own producers offer, priced, and at most one per
 * producer (shipping profile): another producer's option would ship goods that are not in the cart.
 */
export const validateChosenShippingOptionsStep = createStep(
  validateChosenShippingOptionsStepId,
  async (input: ValidateChosenShippingOptionsInput) => {
    const offered = new Map(input.offered.map((option) => [option.id, option]))
    const profiles = new Map<string, string>()
    input.option_ids.forEach((id, i) => {
      const field = input.fields[i]
      const option = offered.get(id)
      if (!option) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}: ${id} is not a shipping option of the producers whose goods are in this cart`
        )
      }
      if (
        option.calculated_price?.calculated_amount === undefined ||
        option.calculated_price.calculated_amount === null
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}: shipping option ${id} has no price for this cart`
        )
      }
      const twin = profiles.get(option.shipping_profile_id)
      if (twin)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}: the same producer's option is already chosen in ${twin}`
        )
      profiles.set(option.shipping_profile_id, field)
    })
  }
)
