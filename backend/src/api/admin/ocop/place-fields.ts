import { z } from "@medusajs/framework/zod"

// Medusa reports a custom message as it is, so each one names its field.
export const provinceCode = z.string().regex(/^\d{2}$/, "province_code must be a 2-digit province code")
export const communeCode = z.string().regex(/^\d{5}$/, "commune_code must be a 5-digit commune code")
