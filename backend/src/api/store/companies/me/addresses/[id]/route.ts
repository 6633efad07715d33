import { MedusaResponse } from "@medusajs/framework/http"
import { deleteCompanyAddressWorkflow } from "../../../../../../workflows/company/workflows/delete-company-address"
import { updateCompanyAddressWorkflow } from "../../../../../../workflows/company/workflows/update-company-address"
import { CompanyRequest } from "../../../company-scope"
import { StoreUpdateCompanyAddressType } from "../../../validators"
import { retrieveCompanyAddresses } from "../route"

export const POST = async (req: CompanyRequest<StoreUpdateCompanyAddressType>, res: MedusaResponse) => {
  await updateCompanyAddressWorkflow(req.scope).run({
    input: { id: req.params.id, company_id: req.buyer.company.id, changes: req.validatedBody },
  })
  const [address] = await retrieveCompanyAddresses(req, { id: req.params.id })
  res.json({ address })
}

export const DELETE = async (req: CompanyRequest, res: MedusaResponse) => {
  await deleteCompanyAddressWorkflow(req.scope).run({ input: { id: req.params.id, company_id: req.buyer.company.id } })
  res.json({ id: req.params.id, object: "company_address", deleted: true })
}
