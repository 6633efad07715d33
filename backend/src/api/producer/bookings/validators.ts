import { z } from "@medusajs/framework/zod"

export const DeclineBooking = z
  .object({
    reason: z
      .string({ error: "reason is required: the guest is told why" })
      .trim()
      .min(1, "reason is required: the guest is told why")
      .max(500, "reason must have at most 500 characters"),
  })
  .strict()
export type DeclineBookingType = z.infer<typeof DeclineBooking>
