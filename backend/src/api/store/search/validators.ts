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
