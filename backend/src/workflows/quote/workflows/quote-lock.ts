import { transform } from "@medusajs/framework/workflows-sdk"

/** One status change at a time per quote (inside a workflow): an accept racing a reject must not both pass. */
export const quoteLockKey = (input: { quote_id: string }) =>
  transform({ input }, ({ input }) => `quote:${input.quote_id}`)
