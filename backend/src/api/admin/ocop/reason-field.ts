import { z } from "@medusajs/framework/zod"

/** The reason the office gives a producer when it rejects or suspends: the producer reads it. */
export const requiredReason = z
  .string({ error: "reason is required: tell the producer why" })
  .trim()
  .min(3, "reason is required: tell the producer why, in at least 3 characters")
  .max(500, "reason must have at most 500 characters")
