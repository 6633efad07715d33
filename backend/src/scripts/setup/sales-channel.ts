import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "Chợ OCOP trực tuyến"
export const PUBLISHABLE_KEY_TITLE = "OCOP storefront"

/** The web sales channel and the publishable key the storefront sends. Safe to run again. */
export async function setupSalesChannel(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: SALES_CHANNEL_NAME },
  })
  let salesChannelId = channels[0]?.id
  if (!salesChannelId) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Cửa hàng trực tuyến của chương trình OCOP" }],
      },
    })
    salesChannelId = result[0].id
  }

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "sales_channels.id"],
    filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable", revoked_at: null },
  })
  let key = keys[0] as { id: string; token: string; sales_channels?: ({ id: string } | null)[] } | undefined
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = { id: result[0].id, token: result[0].token }
  }
  if (!key.sales_channels?.some((channel) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }

  return { salesChannelId, publishableKey: key.token }
}
