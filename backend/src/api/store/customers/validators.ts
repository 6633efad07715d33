import { z } from "@medusajs/framework/zod"
import { VietnameseAddress, VietnamesePhone } from "../carts/validators"

// Only what Medusa's own validators do not check; the body passes on to them unchanged.
export const StoreCustomerDetails = z
  .object({
    email: z.string().email("email is not a valid e-mail address").nullish(),
    phone: VietnamesePhone.nullish(),
  })
  .passthrough()

// A saved address is checked as a delivery address is at checkout.
export const StoreCustomerAddress = VietnameseAddress
