import { z } from "@medusajs/framework/zod"
import { VietnameseAddress, VietnamesePhone } from "../carts/validators"
import { nameText } from "../../text-fields"

// Only what Medusa's own validators do not check; the body passes on to them unchanged.
export const StoreCustomerDetails = z
  .object({
    email: z.string().email("email is not a valid e-mail address").nullish(),
    phone: VietnamesePhone.nullish(),
    first_name: nameText("first_name").nullish(),
    last_name: nameText("last_name").nullish(),
    company_name: nameText("company_name").nullish(),
  })
  .passthrough()

// A saved address is checked as a delivery address is at checkout.
export const StoreCustomerAddress = VietnameseAddress
