import type { HttpTypes } from "@medusajs/types"
import { deliveryKind, type DeliveryKind } from "../cart/producer-groups"
import { freeDeliveryFrom } from "./free-delivery"

/** Where a producer's goods are picked up: its stock location's address. */
export type PickupPlace = { street: string; commune: string; province: string }

/** One way a producer's part reaches the buyer, as the delivery step offers it. */
export type DeliveryOption = {
  id: string
  kind: DeliveryKind
  amount: number
  /** The producer's goods from which standard delivery costs nothing (null: never). */
  freeFrom: number | null
  /** For pickup: where (null for delivery to the door). */
  pickup: PickupPlace | null
}

type ListedOption = Pick<HttpTypes.StoreCartShippingOption, "id" | "type" | "amount" | "data">

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "")

/**
 * The pickup place of an option: Medusa lists each option with its fulfillment set's stock location
 * (`service_zone.fulfillment_set.location.address`), where the producer keeps its goods.
 */
export function pickupPlaceOf(option: object): PickupPlace | null {
  const { service_zone } = option as {
    service_zone?: { fulfillment_set?: { location?: { address?: Record<string, unknown> | null } } }
  }
  const address = service_zone?.fulfillment_set?.location?.address
  const province = text(address?.province)
  if (!province) return null
  const commune = text(address?.city)
  const street = text(address?.address_1)
  // A producer without a street has its commune's name there: said once is enough.
  return { street: street === commune ? "" : street, commune, province }
}

/**
 * A producer's options for the delivery step, delivery to the door first (what most buyers want).
 * Pickup is offered only where it says where it is: a buyer must not learn at the producer's gate
 * that it is in another province.
 */
export function deliveryOptionsOf(options: ListedOption[]): DeliveryOption[] {
  return options
    .map((option) => {
      const kind = deliveryKind(option)
      return {
        id: option.id,
        kind,
        amount: option.amount,
        freeFrom: freeDeliveryFrom(option),
        pickup: kind === "pickup" ? pickupPlaceOf(option) : null,
      }
    })
    .filter((option) => option.kind === "standard" || option.pickup)
    .sort((a, b) => Number(a.kind === "pickup") - Number(b.kind === "pickup"))
}

/** Whether a pickup place lies in the province the buyer gave for the delivery address. */
export function inBuyersProvince(pickup: PickupPlace, buyerProvince: string | null | undefined): boolean {
  const fold = (name: string) => name.normalize("NFC").trim().toLocaleLowerCase("vi")
  return !!buyerProvince && fold(pickup.province) === fold(buyerProvince)
}
