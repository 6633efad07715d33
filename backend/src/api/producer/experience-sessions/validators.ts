import { z } from "@medusajs/framework/zod"

// A session is cancelled through its own action (its buyers are refunded), not by an edit.
export const UpdateExperienceSession = z
  .object({
    capacity: z
      .number({ error: "capacity must be a whole number from 1 to 10000" })
      .int("capacity must be a whole number from 1 to 10000")
      .min(1, "capacity must be a whole number from 1 to 10000")
      .max(10_000, "capacity must be a whole number from 1 to 10000")
      .optional(),
    status: z.enum(["open", "closed"], { error: "status must be open or closed" }).optional(),
  })
  .strict()
  .refine((edit) => edit.capacity !== undefined || edit.status !== undefined, {
    message: "capacity: give a capacity or a status",
    path: ["capacity"],
  })
export type UpdateExperienceSessionType = z.infer<typeof UpdateExperienceSession>

export const CancelExperienceSession = z
  .object({
    reason: z
      .string({ error: "reason is required: the guests are told why" })
      .trim()
      .min(1, "reason is required: the guests are told why")
      .max(500, "reason must have at most 500 characters"),
  })
  .strict()
export type CancelExperienceSessionType = z.infer<typeof CancelExperienceSession>
