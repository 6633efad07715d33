import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { shippingAddressProblems } from "../../lib/delivery-address"
import { checkPlaceCodes } from "../../lib/place-codes"
import { PICKUP_CODE } from "../producer/shipping-options"

type CartToComplete = {
  shipping_address?: Parameters<typeof shippingAddressProblems>[0]
  shipping_methods?: { shipping_option_id?: string | null }[] | null
}

/**
 * Every producer order must be deliverable or collectable: the order copies the cart's address, and
 * nothing asks for it again. Refused before Medusa creates the order or reserves stock.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const { shipping_address: address, shipping_methods: methods } = cart as unknown as CartToComplete
  const optionIds = [...new Set((methods ?? []).map((m) => m.shipping_option_id).filter((id): id is string => !!id))]
  // No shipping method is Medusa's own refusal, a few steps on.
  if (!optionIds.length) return
  const { data: options } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "type.code"],
    filters: { id: optionIds },
  })
  const delivered = options.some((option) => (option as { type?: { code?: string } }).type?.code !== PICKUP_CODE)
  const problems = shippingAddressProblems(address, { delivered })
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${problems.join("; ")}. Nothing was ordered or charged.`)
  }
  if (delivered) await checkPlaceCodes(container, address?.metadata as { province_code?: string; commune_code?: string }, "shipping_address.metadata")
})
