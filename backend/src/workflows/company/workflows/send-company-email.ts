import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { companyEmail, CompanyEmailInput } from "../../../lib/emails/company-emails"

export type SendCompanyEmailInput = Omit<CompanyEmailInput, "storefront_url"> & {
  to: string[]
  // With the recipient appended, makes a retried workflow send nothing more.
  idempotency_key: string
}

export const sendCompanyEmailWorkflowId = "send-company-email"

/** One e-mail to each address (deduplicated): a company's invoice e-mail and admins, or the office's users. */
export const sendCompanyEmailWorkflow = createWorkflow(sendCompanyEmailWorkflowId, (input: SendCompanyEmailInput) => {
  const notifications = transform({ input }, ({ input }) => {
    const email = companyEmail({
      ...input,
      storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000",
      admin_url: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    })
    const recipients = [...new Set(input.to.map((to) => to.trim().toLowerCase()))]
    return recipients.map((to) => ({
      to,
      channel: "email",
      template: input.kind.replace(/_/g, "-"),
      trigger_type: `company.${input.kind}`,
      content: { subject: email.subject, text: email.text },
      data: { url: email.url },
      idempotency_key: `${input.idempotency_key}:${to}`,
    }))
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
