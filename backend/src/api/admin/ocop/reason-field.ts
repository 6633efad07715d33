import { z } from "@medusajs/framework/zod"

/**
 * The reason the office gives a producer when it rejects or suspends: 3–500 characters. One custom
 * check, so Medusa reports our message (it rewords a missing field or a length error its own way).
 */
export const requiredReason = z
  .unknown()
  .refine(
    (value) => typeof value === "string" && value.trim().length >= 3 && value.trim().length <= 500,
    "reason is required: tell the producer why, in 3 to 500 characters"
  )
  .transform((value) => (value as string).trim())
