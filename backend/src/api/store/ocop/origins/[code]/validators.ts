import { z } from "@medusajs/framework/zod"

// Traceability codes are made by the OCOP workflows: lower-case letters, digits and hyphens.
export const GetOriginParams = z
  .object({ code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "code must be a traceability code (a-z, 0-9, -)") })
  .strict()
export type GetOriginParamsType = z.infer<typeof GetOriginParams>
