import { z } from "@medusajs/framework/zod"

export const InviteProducerMember = z
  .object({
    email: z.string({ error: "email is required" }).trim().toLowerCase().email("email must be an e-mail address"),
  })
  .strict()
export type InviteProducerMemberType = z.infer<typeof InviteProducerMember>
