import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { shippingAddressProblems } from "../../lib/delivery-address"
import { ERROR_CODES } from "../../lib/error-codes"
import { linesOffSale } from "../../lib/lines-off-sale"
import { buyerOfCustomer } from "../../lib/buyer-company"
import { checkPlaceCodes } from "../../lib/place-codes"
import { PICKUP_CODE } from "../producer/shipping-options"
import { checkWholesaleCart } from "./wholesale-cart"
import { checkCartBookings } from "./cart-bookings"
import { checkCompanyLimits } from "./company-limits"
import { checkTermsCredit } from "./terms-credit"

type CartLine = {
  title?: string | null
  product_id?: string | null
  requires_shipping?: boolean | null
  variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null
}
type CartToComplete = Omit<Parameters<typeof linesOffSale>[1], "items"> & {
  items?: (CartLine | null)[] | null
  shipping_address?: Parameters<typeof shippingAddressProblems>[0]
  shipping_methods?: { shipping_option_id?: string | null }[] | null
}
type ChosenOption = { id: string; shipping_profile_id: string; type?: { code?: string } | null }

/** A suspended producer's goods leave the store's sales channel; a cart filled before cannot buy them. */
async function refuseLinesOffSale(container: Parameters<typeof linesOffSale>[0], cart: CartToComplete) {
  const offSale = await linesOffSale(container, cart)
  if (offSale.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `items: ${offSale.join(", ")} no longer on sale; remove them from the cart. Nothing was ordered or charged.`
    )
  }
}

/**
 * Each producer's goods need that producer's delivery or pickup (its shipping profile). Medusa
 * refuses this too, a few steps on, but in words only: here it gets the code the checkout reads.
 */
async function chosenDeliveries(
  container: Parameters<typeof linesOffSale>[0],
  cart: CartToComplete
): Promise<ChosenOption[]> {
  const optionIds = [
    ...new Set((cart.shipping_methods ?? []).map((m) => m.shipping_option_id).filter((id): id is string => !!id)),
  ]
  const { data: options } = optionIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "shipping_option",
        fields: ["id", "shipping_profile_id", "type.code"],
        filters: { id: optionIds },
      })
    : { data: [] }
  const profiles = new Set((options as ChosenOption[]).map((option) => option.shipping_profile_id))
  const undelivered = (cart.items ?? []).filter(
    (item): item is CartLine =>
      !!item?.requires_shipping && !profiles.has(item.variant?.product?.shipping_profile?.id ?? "")
  )
  if (undelivered.length) {
    const titles = undelivered.map((item) => item.title).join(", ")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `shipping_methods: no delivery chosen for ${titles}; choose one for each producer. Nothing was ordered or charged.`,
      ERROR_CODES.deliveryMissing
    )
  }
  return options as ChosenOption[]
}

/**
 * Every producer order must be deliverable or collectable: the order copies the cart's address, and
 * nothing asks for it again.
 */
async function refuseUndeliverable(
  container: Parameters<typeof linesOffSale>[0],
  cart: CartToComplete,
  options: ChosenOption[]
) {
  if (!options.length) return
  const address = cart.shipping_address
  const delivered = options.some((option) => option.type?.code !== PICKUP_CODE)
  const problems = shippingAddressProblems(address, { delivered })
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${problems.join("; ")}. Nothing was ordered or charged.`,
      ERROR_CODES.addressIncomplete
    )
  }
  if (delivered)
    await checkPlaceCodes(
      container,
      address?.metadata as { province_code?: string; commune_code?: string },
      "shipping_address.metadata"
    )
}

// Medusa allows one handler per hook: all the checks run here, before the order is created or stock reserved.
// The company the customer buys for is read once and handed to the checks that need it.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const toComplete = cart as unknown as CartToComplete
  await refuseLinesOffSale(container, toComplete)
  const buyer = await buyerOfCustomer(container, (cart as { customer_id?: string | null }).customer_id)
  await checkWholesaleCart(container, cart, buyer)
  await refuseUndeliverable(container, toComplete, await chosenDeliveries(container, toComplete))
  await checkCompanyLimits(container, cart, buyer)
  await checkTermsCredit(container, cart as never, buyer)
  // Last: it may take a booking's places again, which the checks above must not leave held for nothing.
  await checkCartBookings(container, cart.id)
})
