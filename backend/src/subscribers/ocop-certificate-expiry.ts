import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  CERTIFICATE_EXPIRED_EVENT,
  CERTIFICATE_EXPIRING_EVENT,
} from "../workflows/ocop/workflows/send-certificate-expiry-notices"
import { notifyCertificateHolderWorkflow } from "../workflows/ocop/workflows/notify-certificate-holder"

type ExpiryEvent = { id: string; days_before_expiry?: number }

export default async function ocopCertificateExpiry({ event, container }: SubscriberArgs<ExpiryEvent>) {
  await notifyCertificateHolderWorkflow(container).run({
    input: {
      id: event.data.id,
      kind: event.name === CERTIFICATE_EXPIRED_EVENT ? "expired" : "expiring",
      days_before_expiry: event.data.days_before_expiry,
    },
  })
}

export const config: SubscriberConfig = {
  event: [CERTIFICATE_EXPIRING_EVENT, CERTIFICATE_EXPIRED_EVENT],
}
