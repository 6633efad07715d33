import { z } from "@medusajs/framework/zod"
import { MAX_BULK_FILE_BYTES } from "@ocop/shared"
import { nameText } from "../../text-fields"

const cartId = z.string({ error: "cart_id is required" }).min(1, "cart_id is required")

// The CSV's text inside JSON: one body parser and one validator, as every other route; a file input's
// `File.text()` gives it in the browser. Rows are judged by the route, this only bounds the size.
export const StoreBulkLines = z
  .object({
    file: z
      .string({ error: "file must be the CSV's text" })
      .refine(
        (text) => Buffer.byteLength(text, "utf8") <= MAX_BULK_FILE_BYTES,
        `file must be at most ${MAX_BULK_FILE_BYTES / 1000} KB`
      ),
  })
  .strict()
export type StoreBulkLines = z.infer<typeof StoreBulkLines>

/** The cart a list or a past order is added to. */
export const StoreCartChoice = z.object({ cart_id: cartId }).strict()
export type StoreCartChoice = z.infer<typeof StoreCartChoice>

export const StoreNewPurchaseList = z
  .object({ name: nameText("name").trim().min(1, "name is required"), cart_id: cartId })
  .strict()
export type StoreNewPurchaseList = z.infer<typeof StoreNewPurchaseList>

export const StoreWholesaleVariantSearch = z.object({
  q: nameText("q").trim().min(1, "q is required"),
})
export type StoreWholesaleVariantSearch = z.infer<typeof StoreWholesaleVariantSearch>
