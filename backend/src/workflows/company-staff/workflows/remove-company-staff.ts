import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { deleteCompanyStaffStep } from "../steps/delete-company-staff"
import { findCompanyStaffStep } from "../steps/find-company-staff"
import { setWholesaleMembershipStep } from "../steps/set-wholesale-membership"
import { validateAdminRemainsStep } from "../steps/validate-admin-remains"

export const removeCompanyStaffWorkflowId = "remove-company-staff"

/** A company admin removes a colleague, who stops seeing wholesale prices; the last admin stays. */
export const removeCompanyStaffWorkflow = createWorkflow(
  removeCompanyStaffWorkflowId,
  (input: { company_id: string; staff_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `company-admins:${input.company_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const staff = findCompanyStaffStep(input)
    validateAdminRemainsStep(
      transform({ input, staff }, ({ input, staff }) => ({
        company_id: input.company_id,
        staff: { id: staff.id, role: staff.role },
        new_role: null,
      }))
    )
    deleteCompanyStaffStep(transform({ staff }, ({ staff }) => staff.id))
    setWholesaleMembershipStep(transform({ staff }, ({ staff }) => ({ customer_id: staff.customer_id, member: false })))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(staff)
  }
)
