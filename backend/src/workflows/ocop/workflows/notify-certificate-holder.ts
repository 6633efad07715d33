import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export type CertificateNotice = { id: string; kind: "expiring" | "expired"; days_before_expiry?: number }

export const notifyCertificateHolderWorkflowId = "notify-certificate-holder"

/** Tells the producer holding a certificate, by e-mail, that it expires soon or has expired. */
export const notifyCertificateHolderWorkflow = createWorkflow(
  notifyCertificateHolderWorkflowId,
  (input: CertificateNotice) => {
    const { data: certificates } = useQueryGraphStep({
      entity: "ocop_certificate",
      fields: [
        "id",
        "certificate_number",
        "expires_at",
        "stars",
        "product.id",
        "product.title",
        "product.producer.name",
        "product.producer.email",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const notification = transform({ input, certificates }, ({ input, certificates }) => {
      const certificate = certificates[0] as {
        id: string
        certificate_number: string
        expires_at: Date
        stars: number
        product?: { id: string; title: string; producer?: { name: string; email: string } | null } | null
      }
      const producer = certificate.product?.producer
      if (!producer?.email) return []
      return [
        {
          to: producer.email,
          channel: "email",
          template: `ocop-certificate-${input.kind}`,
          trigger_type: `ocop.certificate.${input.kind}`,
          resource_id: certificate.id,
          resource_type: "ocop_certificate",
          data: {
            producer_name: producer.name,
            product_title: certificate.product!.title,
            certificate_number: certificate.certificate_number,
            stars: certificate.stars,
            expires_at: certificate.expires_at,
            days_before_expiry: input.days_before_expiry ?? null,
          },
        },
      ]
    })
    when({ notification }, ({ notification }) => notification.length > 0).then(() => {
      sendNotificationsStep(notification)
    })
    return new WorkflowResponse(notification)
  }
)
