import { transform } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { CompanyStatus } from "@ocop/shared"
import { CompanyEmailKind } from "../../../lib/emails/company-emails"
import { setWholesaleMembershipStep } from "../steps/set-wholesale-membership"
import { updateCompanyStep } from "../steps/update-company"
import {
  COMPANY_TRANSITIONS,
  CompanyDecision,
  validateCompanyTransitionStep,
} from "../steps/validate-company-transition"
import { sendCompanyEmailWorkflow } from "./send-company-email"

export type CompanyReviewInput = { id: string; reason?: string | null }

type CompanyUnderReview = {
  id: string
  legal_name: string
  tax_code: string
  status: CompanyStatus
  invoice_email: string
  staff: { customer_id: string; email: string; role: string }[]
}

const EMAILS: Record<CompanyDecision, CompanyEmailKind> = {
  verify: "company_verified",
  reject: "company_rejected",
  suspend: "company_suspended",
  reinstate: "company_reinstated",
}

/**
 * The body shared by verify, reject, suspend and reinstate (call it inside their `createWorkflow`):
 * checks the transition, sets status and reason (restored on failure), puts every staff customer
 * into the wholesale customer group or takes them out, and e-mails the company's invoice address and admins.
 */
export function changeCompanyStatus(input: CompanyReviewInput, decision: CompanyDecision) {
  const { to } = COMPANY_TRANSITIONS[decision]
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: [
      "id",
      "legal_name",
      "tax_code",
      "status",
      "invoice_email",
      "staff.customer_id",
      "staff.email",
      "staff.role",
    ],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const company = transform({ companies }, ({ companies }) => companies[0] as unknown as CompanyUnderReview)
  validateCompanyTransitionStep(transform({ company }, ({ company }) => ({ status: company.status, decision })))
  const updated = updateCompanyStep(
    transform({ input }, ({ input }) => ({ id: input.id, status: to, status_reason: input.reason ?? null }))
  )
  setWholesaleMembershipStep(
    transform({ company }, ({ company }) => ({
      customer_ids: company.staff.map((member) => member.customer_id),
      member: to === "verified",
    }))
  )
  sendCompanyEmailWorkflow.runAsStep({
    input: transform({ company, updated, input }, ({ company, updated, input }) => ({
      to: [
        company.invoice_email,
        ...company.staff.filter((member) => member.role === "admin").map((member) => member.email),
      ],
      kind: EMAILS[decision],
      legal_name: company.legal_name,
      tax_code: company.tax_code,
      reason: input.reason ?? null,
      // One e-mail per transition: a company may be suspended and reinstated more than once.
      idempotency_key: `${EMAILS[decision]}:${input.id}:${new Date((updated as unknown as { updated_at: Date }).updated_at).toISOString()}`,
    })),
  })
  return updated
}
