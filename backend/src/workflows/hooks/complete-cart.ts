import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { shippingAddressProblems } from "../../lib/delivery-address"
import { linesOffSale } from "../../lib/lines-off-sale"
import { checkPlaceCodes } from "../../lib/place-codes"
import { PICKUP_CODE } from "../producer/shipping-options"

type CartToComplete = Parameters<typeof linesOffSale>[1] & {
  shipping_address?: Parameters<typeof shippingAddressProblems>[0]
  shipping_methods?: { shipping_option_id?: string | null }[] | null
}

/** A suspended producer's goods leave the store's sales channel; a cart filled before cannot buy them. */
async function refuseLinesOffSale(container: Parameters<typeof linesOffSale>[0], cart: CartToComplete) {
  const offSale = await linesOffSale(container, cart)
  if (offSale.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: ${offSale.join(", ")} no longer on sale; remove them from the cart. Nothing was ordered or charged.`)
  }
}

/**
 * Every producer order must be deliverable or collectable: the order copies the cart's address, and
 * nothing asks for it again.
 */
async function refuseUndeliverable(container: Parameters<typeof linesOffSale>[0], cart: CartToComplete) {
  const { shipping_address: address, shipping_methods: methods } = cart
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
}

// Medusa allows one handler per hook: both checks run here, before the order is created or stock reserved.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await refuseLinesOffSale(container, cart as unknown as CartToComplete)
  await refuseUndeliverable(container, cart as unknown as CartToComplete)
})
