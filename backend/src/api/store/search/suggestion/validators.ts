import { z } from "@medusajs/framework/zod"
import { nameText } from "../../../text-fields"

export const GetSearchSuggestionParams = z.object({ q: nameText("q") }).strict()
export type GetSearchSuggestionParamsType = z.infer<typeof GetSearchSuggestionParams>
