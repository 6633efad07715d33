import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CompanyAddressDetails, CompanyDetails, createCompanyStep } from "../steps/create-company"
import { validateCompanyPlacesStep } from "../steps/validate-company-places"
import { validateCompanyTaxCodeStep } from "../steps/validate-company-tax-code"
import { validateNewCompanyStaffStep } from "../steps/validate-new-company-staff"
import { sendCompanyEmailWorkflow } from "./send-company-email"

export type RegisterCompanyInput = {
  customer_id: string
  company: CompanyDetails
  address?: CompanyAddressDetails | null
}

export const registerCompanyWorkflowId = "register-company"

/**
 * A signed-in customer registers the company it buys for: the company (pending until the office
 * verifies it), the customer as its admin, its first delivery address if given, and an e-mail to
 * the office's users. Two registrations of one tax code or by one customer at once: one waits.
 */
export const registerCompanyWorkflow = createWorkflow(registerCompanyWorkflowId, (input: RegisterCompanyInput) => {
  const lockKeys = transform({ input }, ({ input }) => [
    `company-tax-code:${input.company.tax_code}`,
    `company-staff:${input.customer_id}`,
  ])
  // Long enough never to time out behind another registration (a few hundred ms); a timeout would answer 500.
  acquireLockStep({ key: lockKeys, timeout: 30, ttl: 60 })
  validateNewCompanyStaffStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id })))
  validateCompanyTaxCodeStep(
    transform({ input }, ({ input }) => ({
      tax_code: input.company.tax_code,
      household_business: input.company.household_business,
    }))
  )
  validateCompanyPlacesStep(
    transform({ input }, ({ input }) => ({
      places: [
        {
          field: "invoice",
          codes: {
            province_code: input.company.invoice_province_code,
            commune_code: input.company.invoice_commune_code,
          },
        },
        ...(input.address ? [{ field: "address", codes: input.address }] : []),
      ],
    }))
  )
  const { data: customers } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: input.customer_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "read-registering-customer" })
  const created = createCompanyStep(
    transform({ input, customers }, ({ input, customers }) => {
      const [customer] = customers
      const name = [customer.last_name, customer.first_name].filter(Boolean).join(" ") || null
      return {
        company: input.company,
        admin: { customer_id: customer.id, email: customer.email ?? "", name },
        address: input.address ?? null,
      }
    })
  )
  releaseLockStep({ key: lockKeys })
  const { data: officeUsers } = useQueryGraphStep({ entity: "user", fields: ["email"] }).config({
    name: "read-office-users",
  })
  sendCompanyEmailWorkflow.runAsStep({
    input: transform({ created, officeUsers }, ({ created, officeUsers }) => ({
      to: officeUsers.map((user) => user.email),
      kind: "company_registered" as const,
      legal_name: created.company.legal_name,
      tax_code: created.company.tax_code,
      company_id: created.company.id,
      idempotency_key: `company_registered:${created.company.id}`,
    })),
  })
  return new WorkflowResponse(created)
})
