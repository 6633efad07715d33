import { z } from "@medusajs/framework/zod"

// A statement export as text (the admin reads the file in the browser); 5 MB is years of credits.
export const AdminImportBankStatement = z
  .object({
    csv: z
      .string({ error: "csv is required and must be text" })
      .min(1, "csv is empty")
      .max(5_000_000, "csv is larger than 5 MB"),
  })
  .strict()

export type AdminImportBankStatementType = z.infer<typeof AdminImportBankStatement>
