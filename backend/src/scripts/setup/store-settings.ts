import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CASH_ON_DELIVERY_PROVIDER_ID, PAYMENT_PROVIDER_IDS } from "@ocop/shared"

export const MARKETPLACE_NAME = "Chợ OCOP"
export const REGION_NAME = "Việt Nam"

/** The store sells in VND only, from one tax-inclusive region "Việt Nam". Safe to run again. */
export async function setupStoreSettings(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })

  const sellsOnlyVnd =
    store.supported_currencies?.length === 1 &&
    store.supported_currencies[0].currency_code === "vnd" &&
    store.default_sales_channel_id === salesChannelId &&
    store.name === MARKETPLACE_NAME
  if (!sellsOnlyVnd) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: MARKETPLACE_NAME,
          supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
          default_sales_channel_id: salesChannelId,
        },
      },
    })
  }

  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id"],
    filters: { name: REGION_NAME },
  })
  let regionId = regions[0]?.id
  if (!regionId) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "vnd",
            countries: ["vn"],
            is_tax_inclusive: true,
            automatic_taxes: true,
            payment_providers: [CASH_ON_DELIVERY_PROVIDER_ID],
          },
        ],
      },
    })
    regionId = result[0].id
  }

  // Offer every payment method this server has configured (the set can change between starts).
  const available = (
    await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: [...PAYMENT_PROVIDER_IDS], is_enabled: true })
  ).map((p) => p.id)
  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: regionId } })
  const offered = ((region?.payment_providers ?? []) as { id: string }[]).map((p) => p.id)
  if (available.sort().join() !== offered.sort().join()) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: regionId }, update: { payment_providers: available } },
    })
  }

  const { data: taxRegions } = await query.graph({
    entity: "tax_region",
    fields: ["id"],
    filters: { country_code: "vn" },
  })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "vn",
          provider_id: "tp_system",
          // Most OCOP goods carry the standard VAT; reduced rates per product set come with invoicing.
          default_tax_rate: { name: "VAT", code: "VAT", rate: 10 },
        },
      ],
    })
  }

  return { regionId }
}
