import { MedusaContainer } from "@medusajs/framework/types"
import { sendCertificateExpiryNoticesWorkflow } from "../workflows/ocop/workflows/send-certificate-expiry-notices"

/** Daily, early morning in Vietnam (UTC+7): tell holders about expiring and expired OCOP certificates. */
export default async function certificateExpiryNotices(container: MedusaContainer) {
  await sendCertificateExpiryNoticesWorkflow(container).run({ input: { now: new Date() } })
}

export const config = {
  name: "certificate-expiry-notices",
  schedule: "0 23 * * *",
}
