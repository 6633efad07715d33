import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_FIELDS } from "../../../lib/buyer-company"
import { companyAddressFields } from "./validators"

/** A company as its staff read it, with its delivery addresses. */
export async function retrieveCompany(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "company",
      fields: [...COMPANY_FIELDS, ...companyAddressFields.map((field) => `addresses.${field}`)],
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  return data[0]
}
