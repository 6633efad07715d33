import { z } from "@medusajs/framework/zod"

/** A whole amount of VND, 0 or more; the message names the field (Medusa reports it as it is). */
export const VND = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of VND, 0 or more` })
    .int(`${field} must be a whole number of VND, 0 or more`)
    .min(0, `${field} must be a whole number of VND, 0 or more`)
    .max(1_000_000_000, `${field} must be at most 1.000.000.000 VND`)
