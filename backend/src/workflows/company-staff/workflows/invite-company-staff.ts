import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { companyStaffEmail } from "../../../lib/emails/company-staff-emails"
import { CompanyInviteInput, createCompanyInviteStep } from "../steps/create-company-invite"
import { validateCompanyInviteeStep } from "../steps/validate-company-invitee"

export const inviteCompanyStaffWorkflowId = "invite-company-staff"

/** A company admin invites a colleague by e-mail, with the role and monthly limit it will have. */
export const inviteCompanyStaffWorkflow = createWorkflow(inviteCompanyStaffWorkflowId, (input: CompanyInviteInput) => {
  validateCompanyInviteeStep(input)
  const created = createCompanyInviteStep(input)
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: ["legal_name"],
    filters: { id: input.company_id },
  })
  sendNotificationsStep(
    transform({ created, companies }, ({ created, companies }) => {
      const email = companyStaffEmail({
        company_name: companies[0].legal_name,
        token: created.token,
        storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000",
      })
      return [
        {
          to: created.invite.email,
          channel: "email",
          template: "company-staff-invited",
          trigger_type: "company.staff_invited",
          content: { subject: email.subject, text: email.text },
          data: { url: email.url },
          idempotency_key: `company_staff_invited:${created.invite.id}`,
        },
      ]
    })
  )
  return new WorkflowResponse(transform({ created }, ({ created }) => created.invite))
})
