import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyRole } from "@ocop/shared"
import { ERROR_CODES } from "../../../lib/error-codes"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const validateAdminRemainsStepId = "validate-admin-remains"

/** A company keeps at least one admin: the only one can be neither removed nor made a buyer. */
export const validateAdminRemainsStep = createStep(
  validateAdminRemainsStepId,
  async (
    input: { company_id: string; staff: { id: string; role: CompanyRole }; new_role: CompanyRole | null },
    { container }
  ) => {
    if (input.staff.role !== "admin" || input.new_role === "admin") return new StepResponse(undefined)
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const admins = await companies.listCompanyStaffs(
      { company_id: input.company_id, role: "admin" },
      { select: ["id"] }
    )
    if (admins.every((admin) => admin.id === input.staff.id)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "role: a company needs at least one admin; make someone else admin first",
        ERROR_CODES.lastCompanyAdmin
      )
    }
    return new StepResponse(undefined)
  }
)
