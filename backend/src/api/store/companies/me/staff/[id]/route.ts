import { MedusaResponse } from "@medusajs/framework/http"
import { removeCompanyStaffWorkflow } from "../../../../../../workflows/company-staff/workflows/remove-company-staff"
import { updateCompanyStaffWorkflow } from "../../../../../../workflows/company-staff/workflows/update-company-staff"
import { CompanyRequest } from "../../../company-scope"
import { staffView } from "../../../staff-view"
import { UpdateCompanyStaffType } from "../../../validators"

/** A company admin sets a colleague's role or monthly spending limit. */
export const POST = async (req: CompanyRequest<UpdateCompanyStaffType>, res: MedusaResponse) => {
  const { result: staff } = await updateCompanyStaffWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.buyer.company.id, staff_id: req.params.id },
  })
  res.json({ staff: staffView(staff) })
}

/** A company admin removes a colleague, who stops buying for the company (and at wholesale prices). */
export const DELETE = async (req: CompanyRequest, res: MedusaResponse) => {
  await removeCompanyStaffWorkflow(req.scope).run({
    input: { company_id: req.buyer.company.id, staff_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "company_staff", deleted: true })
}
