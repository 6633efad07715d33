import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"

type ListItem = { id: string; variant_id: string; quantity: number }
type List = { id: string; name: string; created_by: string; created_at: Date | string; items?: ListItem[] }

/** The company's purchase list `id`, with its items; another company's or a missing one is unknown (404). */
export async function purchaseListOfCompany(container: MedusaContainer, companyId: string, id: string) {
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const [list] = await companies.listPurchaseLists({ id, company_id: companyId }, { relations: ["items"], take: 1 })
  if (!list) throw new MedusaError(MedusaError.Types.NOT_FOUND, `purchase_list: no purchase list with id ${id}`)
  return list as unknown as List
}

/** Lists as the storefront shows them: each item with its variant's SKU, title and product title. */
export async function purchaseListViews(container: MedusaContainer, lists: List[]) {
  const variantIds = [...new Set(lists.flatMap((list) => (list.items ?? []).map((item) => item.variant_id)))]
  const { data } = variantIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["id", "sku", "title", "product.title", "product.handle"],
        filters: { id: variantIds },
      })
    : { data: [] }
  const variants = new Map(
    (data as { id: string; sku: string | null; title: string; product?: { title: string; handle: string } }[]).map(
      (variant) => [variant.id, variant]
    )
  )
  return lists.map((list) => ({
    id: list.id,
    name: list.name,
    created_by: list.created_by,
    created_at: list.created_at,
    items: (list.items ?? []).map((item) => {
      const variant = variants.get(item.variant_id)
      return {
        id: item.id,
        variant_id: item.variant_id,
        quantity: Number(item.quantity),
        sku: variant?.sku ?? null,
        title: variant ? `${variant.product?.title ?? ""} – ${variant.title}` : null,
        product_handle: variant?.product?.handle ?? null,
      }
    }),
  }))
}
