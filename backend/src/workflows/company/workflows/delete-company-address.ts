import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCompanyAddressStep } from "../steps/delete-company-address"
import { validateCompanyAddressStep } from "../steps/validate-company-address"

export const deleteCompanyAddressWorkflowId = "delete-company-address"

/** A company admin removes one of its delivery addresses (another company's is 404). */
export const deleteCompanyAddressWorkflow = createWorkflow(
  deleteCompanyAddressWorkflowId,
  (input: { id: string; company_id: string }) => {
    validateCompanyAddressStep(input)
    return new WorkflowResponse(deleteCompanyAddressStep({ id: input.id }))
  }
)
