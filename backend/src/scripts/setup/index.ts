import { MedusaContainer } from "@medusajs/framework"
import { setupAdminUser } from "./admin-user"
import { setupFulfillment } from "./fulfillment"
import { setupPlaces } from "./places"
import { setupSalesChannel } from "./sales-channel"
import { setupStoreSettings } from "./store-settings"
import { setupWholesaleGroup } from "./wholesale-group"

/** Everything the marketplace needs before its first customer. Idempotent: a second run changes nothing. */
export async function setupMarketplace(container: MedusaContainer) {
  const { salesChannelId, publishableKey } = await setupSalesChannel(container)
  const { regionId } = await setupStoreSettings(container, salesChannelId)
  const { stockLocationId } = await setupFulfillment(container, { salesChannelId, regionId })
  const admin = await setupAdminUser(container)
  await setupPlaces(container)
  const { wholesaleGroupId } = await setupWholesaleGroup(container)
  return { salesChannelId, publishableKey, regionId, stockLocationId, wholesaleGroupId, adminEmail: admin.email }
}
