import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CompanyAddressDetails } from "../steps/create-company"
import { updateCompanyAddressStep } from "../steps/update-company-address"
import { validateCompanyAddressStep } from "../steps/validate-company-address"
import { validateCompanyPlacesStep } from "../steps/validate-company-places"

export type UpdateCompanyAddressInput = { id: string; company_id: string; changes: Partial<CompanyAddressDetails> }

export const updateCompanyAddressWorkflowId = "update-company-address"

/** A company admin changes one of its delivery addresses (another company's is 404). */
export const updateCompanyAddressWorkflow = createWorkflow(
  updateCompanyAddressWorkflowId,
  (input: UpdateCompanyAddressInput) => {
    validateCompanyAddressStep(transform({ input }, ({ input }) => ({ id: input.id, company_id: input.company_id })))
    const { data: addresses } = useQueryGraphStep({
      entity: "company_address",
      fields: ["province_code", "commune_code"],
      filters: { id: input.id },
    })
    validateCompanyPlacesStep(
      transform({ input, addresses }, ({ input, addresses }) => ({
        places: [{ field: "address", codes: { ...addresses[0], ...input.changes } }],
      }))
    )
    const address = updateCompanyAddressStep(transform({ input }, ({ input }) => ({ ...input.changes, id: input.id })))
    return new WorkflowResponse(address)
  }
)
