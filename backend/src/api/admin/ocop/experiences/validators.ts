import { z } from "@medusajs/framework/zod"
import { BOOKING_STATUSES, EXPERIENCE_STATUSES } from "@ocop/shared"
import { provinceCode } from "../place-fields"
import { requiredReason } from "../reason-field"

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminListExperiences = z
  .object({
    status: z
      .enum(EXPERIENCE_STATUSES, { error: `status must be one of ${EXPERIENCE_STATUSES.join(", ")}` })
      .default("pending"),
    ...page,
  })
  .strict()
export type AdminListExperiencesType = z.infer<typeof AdminListExperiences>

export const AdminRejectExperience = z.object({ reason: requiredReason }).strict()
export type AdminRejectExperienceType = z.infer<typeof AdminRejectExperience>

const day = (field: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a day as YYYY-MM-DD`)

/** All bookings whose stay starts between two Vietnam days (both included), optionally in one province. */
export const AdminListBookings = z
  .object({
    from: day("from"),
    to: day("to"),
    province_code: provinceCode.optional(),
    status: z.enum(BOOKING_STATUSES, { error: `status must be one of ${BOOKING_STATUSES.join(", ")}` }).optional(),
    ...page,
  })
  .strict()
  .refine((query) => query.to >= query.from, { message: "to: on or after from", path: ["to"] })
export type AdminListBookingsType = z.infer<typeof AdminListBookings>
