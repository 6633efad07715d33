import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const createPurchaseListStepId = "create-purchase-list"

export type CreatePurchaseListInput = {
  company_id: string
  created_by: string
  name: string
  items: { variant_id: string; quantity: number }[]
}

export const createPurchaseListStep = createStep(
  createPurchaseListStepId,
  async (input: CreatePurchaseListInput, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const list = await companies.createPurchaseLists({
      name: input.name,
      created_by: input.created_by,
      company_id: input.company_id,
    })
    await companies.createPurchaseListItems(input.items.map((item) => ({ ...item, list_id: list.id })))
    return new StepResponse(list, list.id)
  },
  async (id, { container }) => {
    if (!id) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const items = await companies.listPurchaseListItems({ list_id: id }, { select: ["id"] })
    await companies.deletePurchaseListItems(items.map((item) => item.id))
    await companies.deletePurchaseLists(id)
  }
)
