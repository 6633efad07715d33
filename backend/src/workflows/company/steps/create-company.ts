import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BuyerType } from "@ocop/shared"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export type CompanyDetails = {
  legal_name: string
  tax_code: string
  household_business: boolean
  buyer_type: BuyerType
  phone: string
  invoice_email: string
  invoice_street: string
  invoice_province_code: string
  invoice_commune_code: string
}

export type CompanyAddressDetails = {
  label: string
  recipient: string
  phone: string
  street: string
  province_code: string
  commune_code: string
}

export type CreateCompanyInput = {
  company: CompanyDetails
  admin: { customer_id: string; email: string; name: string | null }
  address?: CompanyAddressDetails | null
}

export const createCompanyStepId = "create-company"

/** A pending company with its first admin and, if given, its first delivery address; undone by deleting all three. */
export const createCompanyStep = createStep(
  createCompanyStepId,
  async (input: CreateCompanyInput, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const company = await companies.createCompanies({ ...input.company, status: "pending" })
    const staff = await companies.createCompanyStaffs({ ...input.admin, role: "admin", company_id: company.id })
    const address = input.address
      ? await companies.createCompanyAddresses({ ...input.address, company_id: company.id })
      : null
    return new StepResponse(
      { company, staff, address },
      { company_id: company.id, staff_id: staff.id, address_id: address?.id }
    )
  },
  async (created, { container }) => {
    if (!created) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    if (created.address_id) await companies.deleteCompanyAddresses(created.address_id)
    await companies.deleteCompanyStaffs(created.staff_id)
    await companies.deleteCompanies(created.company_id)
  }
)
