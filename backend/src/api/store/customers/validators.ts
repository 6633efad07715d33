import { z } from "@medusajs/framework/zod"
import { isValidVietnamesePhone } from "../../../modules/producer/rules/phone"

const phone = z.string().refine(isValidVietnamesePhone, "phone must be a Vietnamese number (0912345678 or +84912345678)")

// Only what Medusa's own validators do not check; the body passes on to them unchanged.
export const StoreCustomerDetails = z
  .object({
    email: z.string().email("email is not a valid e-mail address").nullish(),
    phone: phone.nullish(),
  })
  .passthrough()

export const StoreCustomerAddress = z
  .object({
    phone: phone.nullish(),
    country_code: z.string().refine((code) => code.toLowerCase() === "vn", "country_code must be vn: the store delivers in Việt Nam").nullish(),
    metadata: z
      .object({
        province_code: z.string().regex(/^\d{2}$/, "province_code must be two digits").optional(),
        commune_code: z.string().regex(/^\d{5}$/, "commune_code must be five digits").optional(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough()
