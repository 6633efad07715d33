import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const deletePurchaseListStepId = "delete-purchase-list"

/** Soft-deletes the list and its items, so that the compensation can restore them. */
export const deletePurchaseListStep = createStep(
  deletePurchaseListStepId,
  async (id: string, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const items = await companies.listPurchaseListItems({ list_id: id }, { select: ["id"] })
    const itemIds = items.map((item) => item.id)
    await companies.softDeletePurchaseListItems(itemIds)
    await companies.softDeletePurchaseLists(id)
    return new StepResponse(id, { id, itemIds })
  },
  async (deleted, { container }) => {
    if (!deleted) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.restorePurchaseLists(deleted.id)
    await companies.restorePurchaseListItems(deleted.itemIds)
  }
)
