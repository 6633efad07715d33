import { z } from "@medusajs/framework/zod"

export const AcceptProducerInvite = z
  .object({
    token: z
      .string({ error: "token is required" })
      .trim()
      .min(10, "token: this invitation is unknown, used or expired"),
    name: z
      .string()
      .trim()
      .min(2, "name must have at least 2 characters")
      .max(120, "name must have at most 120 characters")
      .optional(),
  })
  .strict()
export type AcceptProducerInviteType = z.infer<typeof AcceptProducerInvite>
