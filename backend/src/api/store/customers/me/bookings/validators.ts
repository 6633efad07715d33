import { z } from "@medusajs/framework/zod"

export const CancelMyBooking = z
  .object({ reason: z.string().trim().max(500, "reason must have at most 500 characters").optional() })
  .strict()

export const MoveMyBooking = z
  .object({
    session_id: z.string({ error: "session_id is required" }).min(1, "session_id is required").max(64),
  })
  .strict()
