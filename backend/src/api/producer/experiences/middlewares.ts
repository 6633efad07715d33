import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../validate-request"
import { CheckInBooking } from "../bookings/check-in/validators"
import { DeclineBooking } from "../bookings/validators"
import { CancelExperienceSession, UpdateExperienceSession } from "../experience-sessions/validators"
import { requireApprovedProducer } from "../producer-scope"
import {
  CreateExperience,
  GenerateExperienceSessions,
  ListExperienceSessions,
  ListProducerExperiences,
  UpdateExperience,
} from "./validators"

// Validators and gates of the portal's experience routes (auth and scope come from ../middlewares.ts).
export const producerExperiencesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/experiences", methods: ["GET"], middlewares: [validateQuery(ListProducerExperiences)] },
  {
    matcher: "/producer/experiences",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(CreateExperience)],
  },
  {
    matcher: "/producer/experiences/:id",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(UpdateExperience)],
  },
  {
    matcher: "/producer/experiences/:id/sessions",
    methods: ["GET"],
    middlewares: [validateQuery(ListExperienceSessions)],
  },
  {
    matcher: "/producer/experiences/:id/sessions",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(GenerateExperienceSessions)],
  },
  {
    matcher: "/producer/experience-sessions/:id",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(UpdateExperienceSession)],
  },
  {
    matcher: "/producer/experience-sessions/:id/cancel",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(CancelExperienceSession)],
  },
  { matcher: "/producer/bookings/:id/accept", methods: ["POST"], middlewares: [requireApprovedProducer] },
  {
    matcher: "/producer/bookings/:id/decline",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(DeclineBooking)],
  },
  {
    matcher: "/producer/bookings/check-in",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(CheckInBooking)],
  },
]
