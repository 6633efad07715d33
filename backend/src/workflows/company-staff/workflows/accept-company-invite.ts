import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createCompanyStaffStep } from "../steps/create-company-staff"
import { findOpenCompanyInviteStep } from "../steps/find-open-company-invite"
import { markCompanyInviteAcceptedStep } from "../steps/mark-company-invite-accepted"
import { setWholesaleMembershipStep } from "../steps/set-wholesale-membership"
import { validateNotCompanyStaffStep } from "../steps/validate-not-company-staff"

export const acceptCompanyInviteWorkflowId = "accept-company-invite"

/** A signed-in customer with the invited e-mail joins the company; a verified company's staff buy wholesale. */
export const acceptCompanyInviteWorkflow = createWorkflow(
  acceptCompanyInviteWorkflowId,
  (input: { token: string; customer_id: string }) => {
    // One accepted invitation per customer, even when two arrive at once.
    const lockKey = transform({ input }, ({ input }) => `company-staff:${input.customer_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: input.customer_id },
    })
    const invite = findOpenCompanyInviteStep(
      transform({ input, customers }, ({ input, customers }) => ({
        token: input.token,
        email: customers[0].email ?? "",
      }))
    )
    validateNotCompanyStaffStep(input.customer_id)
    const staff = createCompanyStaffStep(
      transform({ input, invite, customers }, ({ input, invite, customers }) => ({
        company_id: invite.company.id,
        customer_id: input.customer_id,
        email: invite.email,
        name: [customers[0].last_name, customers[0].first_name].filter(Boolean).join(" ") || null,
        role: invite.role,
        monthly_spending_limit: invite.monthly_spending_limit,
      }))
    )
    markCompanyInviteAcceptedStep(transform({ invite }, ({ invite }) => invite.id))
    when("company-verified", { invite }, ({ invite }) => invite.company.status === "verified").then(() => {
      setWholesaleMembershipStep(
        transform({ input }, ({ input }) => ({ customer_id: input.customer_id, member: true }))
      )
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(staff)
  }
)
