import { z } from "@medusajs/framework/zod"

export const AdminListLedger = z
  .object({
    company_id: z.string().min(1).max(100).optional(),
    // Query strings carry text.
    overdue_only: z
      .enum(["true", "false"])
      .optional()
      .transform((value) => value === "true"),
  })
  .strict()
export type AdminListLedgerType = z.infer<typeof AdminListLedger>
