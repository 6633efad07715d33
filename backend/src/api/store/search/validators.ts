import { z } from "@medusajs/framework/zod"
import { nameText } from "../../text-fields"

// Medusa's search body takes any filter value for `q`; the engine needs the shopper's words as text.
export const StoreSearchText = z
  .object({
    filters: z
      .object({ q: nameText("filters.q").nullish() })
      .passthrough()
      .nullish(),
  })
  .passthrough()

// The token is minted for the publishable key's sales channels; a client chooses nothing about it.
export const GetSearchTokenParams = z.object({}).strict()
