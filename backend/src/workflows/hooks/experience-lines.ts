import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../modules/experience"
import type ExperienceModuleService from "../../modules/experience/service"

type AddedItem = { variant_id?: string | null; metadata?: Record<string, unknown> | null }

/**
 * An experience's participant variants are sold only with a booking: its own hold-booking workflow
 * adds them once, for a booking of this cart that has places held and no lines yet. Anything else
 * (Medusa's line-item route, a reorder, a purchase list, a bulk upload, a forged `booking_id`) would
 * sell places nobody holds, so it is refused naming `variant_id`.
 */
export async function refuseUnbookedExperienceLines(container: MedusaContainer, cartId: string, items: AddedItem[]) {
  const variantIds = [...new Set(items.flatMap((item) => (item.variant_id ? [item.variant_id] : [])))]
  if (!variantIds.length) return
  const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const types = await experiences.listParticipantTypes({ variant_id: variantIds }, { select: ["variant_id"] })
  if (!types.length) return
  const participantVariants = new Set(types.map((type) => type.variant_id))
  const bookingIds = [
    ...new Set(
      items.flatMap((item) =>
        item.variant_id && participantVariants.has(item.variant_id) && typeof item.metadata?.booking_id === "string"
          ? [item.metadata.booking_id]
          : []
      )
    ),
  ]
  const fresh = new Set(
    bookingIds.length
      ? (
          await experiences.listBookings(
            { id: bookingIds, cart_id: cartId, status: "held" },
            { select: ["id", "line_item_ids"] }
          )
        )
          .filter((booking) => !booking.line_item_ids)
          .map((booking) => booking.id)
      : []
  )
  const unbooked = items.find(
    (item) =>
      item.variant_id && participantVariants.has(item.variant_id) && !fresh.has(String(item.metadata?.booking_id ?? ""))
  )
  if (unbooked) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `variant_id: ${unbooked.variant_id} is a place on an experience; book it with a date on the experience's page`
    )
  }
}
