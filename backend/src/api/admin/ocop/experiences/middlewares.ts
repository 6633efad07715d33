import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../validate-request"
import { AdminListBookings, AdminListExperiences, AdminRejectExperience } from "./validators"

// The office's experience routes: the review queue and every booking by date and place.
export const adminExperiencesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/ocop/experiences", methods: ["GET"], middlewares: [validateQuery(AdminListExperiences)] },
  { matcher: "/admin/ocop/experiences/bookings", methods: ["GET"], middlewares: [validateQuery(AdminListBookings)] },
  {
    matcher: "/admin/ocop/experiences/:id/reject",
    methods: ["POST"],
    middlewares: [validateBody(AdminRejectExperience)],
  },
]
