import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { CompanyRole } from "@ocop/shared"
import { findCompanyStaffStep } from "../steps/find-company-staff"
import { updateCompanyStaffStep } from "../steps/update-company-staff"
import { validateAdminRemainsStep } from "../steps/validate-admin-remains"

export type UpdateCompanyStaffInput = {
  company_id: string
  staff_id: string
  role?: CompanyRole
  monthly_spending_limit?: number | null
}

export const updateCompanyStaffWorkflowId = "update-company-staff"

/** A company admin changes a colleague's role or monthly spending limit; the last admin stays admin. */
export const updateCompanyStaffWorkflow = createWorkflow(
  updateCompanyStaffWorkflowId,
  (input: UpdateCompanyStaffInput) => {
    // Two admins demoting each other at once would otherwise both see a second admin.
    const lockKey = transform({ input }, ({ input }) => `company-admins:${input.company_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const staff = findCompanyStaffStep(input)
    validateAdminRemainsStep(
      transform({ input, staff }, ({ input, staff }) => ({
        company_id: input.company_id,
        staff: { id: staff.id, role: staff.role },
        new_role: input.role ?? staff.role,
      }))
    )
    const updated = updateCompanyStaffStep(
      transform({ input }, ({ input }) => ({
        id: input.staff_id,
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.monthly_spending_limit !== undefined ? { monthly_spending_limit: input.monthly_spending_limit } : {}),
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(updated)
  }
)
