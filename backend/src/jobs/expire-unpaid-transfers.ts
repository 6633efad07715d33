import { MedusaContainer } from "@medusajs/framework/types"
import { expireUnpaidTransfersWorkflow } from "../workflows/payment/workflows/expire-unpaid-transfers"

/** Every 10 minutes: checkouts whose bank transfer is past its deadline are cancelled (VIETQR_EXPIRES_AFTER_MINUTES). */
export default async function expireUnpaidTransfers(container: MedusaContainer) {
  const { result } = await expireUnpaidTransfersWorkflow(container).run({ input: { now: new Date() } })
  const logger = container.resolve("logger")
  if (result.canceled.length)
    logger.info(`Cancelled ${result.canceled.length} checkout(s) whose bank transfer did not arrive in time`)
  for (const failure of result.failed)
    logger.warn(`Could not cancel unpaid checkout ${failure.order_group_id}: ${failure.message}`)
}

export const config = {
  name: "expire-unpaid-transfers",
  schedule: "*/10 * * * *",
}
