import { z } from "@medusajs/framework/zod"
import { MAX_LINE_QUANTITY, MAX_WHOLESALE_LINE_QUANTITY } from "@ocop/shared"
import { isValidVietnamesePhone } from "../../../modules/producer/rules/phone"
import { addressText, nameText } from "../../text-fields"

const lineQuantity = (max: number) =>
  z
    .number({ error: "quantity must be a number" })
    .int("quantity must be a whole number")
    .min(1, "quantity must be at least 1")
    .max(max, `quantity must be at most ${max}`)

// The store sets prices and producers; a body that tries to is refused, not silently trimmed.
const addLineItem = (max: number) =>
  z
    .object({
      variant_id: z.string({ error: "variant_id is required" }).min(1, "variant_id is required"),
      quantity: lineQuantity(max),
      metadata: z.record(z.string(), z.unknown()).nullish(),
    })
    .strict()

const updateLineItem = (max: number) =>
  z
    .object({
      // 0 removes the line, as in Medusa's own route.
      quantity: z.union([z.literal(0), lineQuantity(max)]),
      metadata: z.record(z.string(), z.unknown()).nullish(),
    })
    .strict()

export const StoreAddLineItem = addLineItem(MAX_LINE_QUANTITY)
export const StoreUpdateLineItem = updateLineItem(MAX_LINE_QUANTITY)
// A verified buyer's line may hold more than a consumer's (the cart hooks hold it to the wholesale rules).
export const WholesaleAddLineItem = addLineItem(MAX_WHOLESALE_LINE_QUANTITY)
export const WholesaleUpdateLineItem = updateLineItem(MAX_WHOLESALE_LINE_QUANTITY)

export const VietnamesePhone = z
  .string()
  .refine(isValidVietnamesePhone, "phone must be a Vietnamese number (0912345678 or +84912345678)")

/** A delivery address in Việt Nam: a Vietnamese phone and the province and commune codes in its metadata. */
export const VietnameseAddress = z
  .object({
    ...Object.fromEntries(["first_name", "last_name", "company"].map((field) => [field, nameText(field).nullish()])),
    ...Object.fromEntries(
      ["address_1", "address_2", "city", "province", "postal_code"].map((field) => [
        field,
        addressText(field).nullish(),
      ])
    ),
    phone: VietnamesePhone.nullish(),
    country_code: z
      .string()
      .refine((code) => code.toLowerCase() === "vn", "country_code must be vn: the store delivers in Việt Nam")
      .nullish(),
    metadata: z
      .object({
        province_code: z
          .string()
          .regex(/^\d{2}$/, "province_code must be two digits")
          .optional(),
        commune_code: z
          .string()
          .regex(/^\d{5}$/, "commune_code must be five digits")
          .optional(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough()

// Only what Medusa's validator does not check; everything else is left to it.
export const StoreCartContact = z
  .object({
    email: z.string().email("email is not a valid e-mail address").nullish(),
    shipping_address: VietnameseAddress.optional(),
    billing_address: VietnameseAddress.optional(),
  })
  .passthrough()

// A line that comes with a new cart is held to the same shape as one added later.
export const StoreNewCart = StoreCartContact.extend({ items: z.array(StoreAddLineItem).optional() }).passthrough()
export const WholesaleNewCart = StoreCartContact.extend({
  items: z.array(WholesaleAddLineItem).optional(),
}).passthrough()
