import { MedusaContainer } from "@medusajs/framework/types"
import { releaseLapsedHoldsWorkflow } from "../workflows/experience/workflows/release-lapsed-holds"

/** Every minute: bookings whose cart sat idle for HOLD_MINUTES give their places back. */
export default async function releaseLapsedHolds(container: MedusaContainer) {
  const { result } = await releaseLapsedHoldsWorkflow(container).run({ input: { now: new Date() } })
  if (result.length) container.resolve("logger").info(`Released the places of ${result.length} idle booking(s)`)
}

export const config = {
  name: "release-lapsed-holds",
  schedule: "* * * * *",
}
