import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BookingRow, toBookingView } from "../../../../../lib/booking-view"
import { EXPERIENCE_MODULE } from "../../../../../modules/experience"
import type ExperienceModuleService from "../../../../../modules/experience/service"
import { AdminListBookingsType } from "../validators"

const DAY_MS = 24 * 60 * 60 * 1000

/** Every booking starting between two Vietnam days, optionally in one province, earliest first, with its experience. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBookingsType>, res: MedusaResponse) => {
  const { from, to, province_code, status, limit, offset } = req.validatedQuery as AdminListBookingsType
  const [bookings, count] = await req.scope.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).listAndCountBookings(
    {
      starts_at: {
        $gte: new Date(`${from}T00:00:00+07:00`),
        $lt: new Date(new Date(`${to}T00:00:00+07:00`).getTime() + DAY_MS),
      },
      ...(status ? { status } : {}),
      ...(province_code ? { experience: { province_code } } : {}),
    },
    { relations: ["experience"], order: { starts_at: "ASC" }, take: limit, skip: offset }
  )
  res.json({
    bookings: bookings.map((booking) => ({
      ...toBookingView(booking as unknown as BookingRow),
      experience: {
        id: booking.experience.id,
        handle: booking.experience.handle,
        title_vi: booking.experience.title_vi,
        kind: booking.experience.kind,
        producer_id: booking.experience.producer_id,
        province_code: booking.experience.province_code,
        commune_code: booking.experience.commune_code,
      },
    })),
    count,
    limit,
    offset,
  })
}
