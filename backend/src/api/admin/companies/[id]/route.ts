import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_FIELDS } from "../../../../lib/buyer-company"

/** A company as the office reviews it: its details, staff and delivery addresses. */
export async function retrieveAdminCompany(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "company",
      fields: [
        ...COMPANY_FIELDS,
        "staff.id",
        "staff.customer_id",
        "staff.email",
        "staff.name",
        "staff.role",
        "staff.monthly_spending_limit",
        "addresses.id",
        "addresses.label",
        "addresses.recipient",
        "addresses.phone",
        "addresses.street",
        "addresses.province_code",
        "addresses.commune_code",
      ],
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id) })
}
