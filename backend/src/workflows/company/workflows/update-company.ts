import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { CompanyStatus } from "@ocop/shared"
import { CompanyDetails } from "../steps/create-company"
import { updateCompanyStep } from "../steps/update-company"
import { validateCompanyPlacesStep } from "../steps/validate-company-places"
import { validateCompanyTaxCodeStep } from "../steps/validate-company-tax-code"
import { validateCompanyUpdateStep } from "../steps/validate-company-update"
import { sendCompanyEmailWorkflow } from "./send-company-email"

export type UpdateCompanyInput = { id: string; changes: Partial<CompanyDetails> }

type CurrentCompany = CompanyDetails & { id: string; status: CompanyStatus }

export const updateCompanyWorkflowId = "update-company"

/**
 * A company admin corrects the company's details. A rejected company that does so registers again:
 * it is pending once more and the office is told.
 */
export const updateCompanyWorkflow = createWorkflow(updateCompanyWorkflowId, (input: UpdateCompanyInput) => {
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: [
      "id",
      "status",
      "legal_name",
      "tax_code",
      "household_business",
      "buyer_type",
      "invoice_province_code",
      "invoice_commune_code",
    ],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "read-company" })
  const current = transform({ companies }, ({ companies }) => companies[0] as unknown as CurrentCompany)
  validateCompanyUpdateStep(
    transform({ current, input }, ({ current, input }) => ({ company: current, changes: input.changes }))
  )
  const merged = transform({ current, input }, ({ current, input }) => ({ ...current, ...input.changes }))
  const lockKey = transform({ merged }, ({ merged }) => `company-tax-code:${merged.tax_code}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  validateCompanyTaxCodeStep(
    transform({ merged }, ({ merged }) => ({
      tax_code: merged.tax_code,
      household_business: merged.household_business,
      company_id: merged.id,
    }))
  )
  validateCompanyPlacesStep(
    transform({ merged }, ({ merged }) => ({
      places: [
        {
          field: "invoice",
          codes: { province_code: merged.invoice_province_code, commune_code: merged.invoice_commune_code },
        },
      ],
    }))
  )
  const updated = updateCompanyStep(
    transform({ current, input }, ({ current, input }) => ({
      id: input.id,
      ...input.changes,
      ...(current.status === "rejected" ? { status: "pending", status_reason: null } : {}),
    }))
  )
  releaseLockStep({ key: lockKey })
  when({ current }, ({ current }) => current.status === "rejected").then(() => {
    const { data: officeUsers } = useQueryGraphStep({ entity: "user", fields: ["email"] }).config({
      name: "read-office-users",
    })
    sendCompanyEmailWorkflow.runAsStep({
      input: transform({ updated, officeUsers }, ({ updated, officeUsers }) => {
        const company = updated as unknown as { id: string; legal_name: string; tax_code: string; updated_at: Date }
        return {
          to: officeUsers.map((user) => user.email),
          kind: "company_registered" as const,
          legal_name: company.legal_name,
          tax_code: company.tax_code,
          company_id: company.id,
          idempotency_key: `company_registered:${company.id}:${new Date(company.updated_at).toISOString()}`,
        }
      }),
    })
  })
  return new WorkflowResponse(updated)
})
