import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteCompanyStaffWorkflow } from "../../../../../workflows/company-staff/workflows/invite-company-staff"
import { CompanyRequest } from "../../company-scope"
import { InviteCompanyStaffType } from "../../validators"

const INVITE_FIELDS = ["id", "email", "role", "monthly_spending_limit", "expires_at", "created_at"]

/** The company's invitations not accepted yet (expired ones too, so an admin can withdraw them). */
export const GET = async (req: CompanyRequest, res: MedusaResponse) => {
  const { data: invites } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "company_invite",
    fields: INVITE_FIELDS,
    filters: { company_id: req.buyer.company.id, accepted_at: null },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ invites })
}

/** A company admin invites a colleague by e-mail; the e-mail carries the only copy of the token. */
export const POST = async (req: CompanyRequest<InviteCompanyStaffType>, res: MedusaResponse) => {
  const { result: invite } = await inviteCompanyStaffWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.buyer.company.id },
  })
  const { id, email, role, monthly_spending_limit, expires_at, created_at } = invite
  res.status(201).json({ invite: { id, email, role, monthly_spending_limit, expires_at, created_at } })
}
