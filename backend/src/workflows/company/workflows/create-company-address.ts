import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyAddressDetails } from "../steps/create-company"
import { createCompanyAddressStep } from "../steps/create-company-address"
import { validateCompanyPlacesStep } from "../steps/validate-company-places"

export const createCompanyAddressWorkflowId = "create-company-address"

/** A company admin adds a delivery address its staff may deliver to. */
export const createCompanyAddressWorkflow = createWorkflow(
  createCompanyAddressWorkflowId,
  (input: CompanyAddressDetails & { company_id: string }) => {
    validateCompanyPlacesStep(transform({ input }, ({ input }) => ({ places: [{ field: "address", codes: input }] })))
    return new WorkflowResponse(createCompanyAddressStep(input))
  }
)
