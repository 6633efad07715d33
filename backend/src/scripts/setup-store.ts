import fs from "node:fs"
import path from "node:path"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildSearchVocabulary } from "../lib/search-vocabulary"
import { setupMarketplace } from "./setup"
import { loadOcopCatalogue } from "./setup/ocop-catalogue"
import { setupExperiencesDemo } from "./setup/experiences-demo"
import { setupReportPlansDemo } from "./setup/report-plans-demo"
import { DEMO_HOST, setupProducerDemoAccount } from "./setup/producer-demo-account"
import { setupWholesaleDemo } from "./setup/wholesale-demo"

/**
 * `medusa exec ./src/scripts/setup-store.ts`: store settings, sales channel and key, shipping,
 * admin user, and the OCOP demo catalogue (goods, wholesale buyers, experiences, provincial plans) when the store is empty. Writes the publishable key
 * to PUBLISHABLE_KEY_FILE for the storefront.
 */
export default async function setupStore({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const setup = await setupMarketplace(container)
  const created = await loadOcopCatalogue(container, setup)
  logger.info(created ? `Seeded ${created} products` : "Catalogue already present; nothing seeded")
  await setupProducerDemoAccount(container)
  await setupWholesaleDemo(container)
  const sessions = await setupExperiencesDemo(container)
  if (sessions) logger.info(`Seeded the demo experiences with ${sessions} sessions`)
  await setupProducerDemoAccount(container, DEMO_HOST.email, DEMO_HOST.password, DEMO_HOST.handle)
  const plans = await setupReportPlansDemo(container)
  if (plans) logger.info(`Loaded ${plans} OCOP plans for the reports`)
  // The words "Có phải bạn muốn tìm …" suggests from: products seeded by this process, or stored
  // before the vocabulary existed, may not have reached it through the server's refresh events.
  await rebuildSearchVocabulary(container)

  const keyFile = process.env.PUBLISHABLE_KEY_FILE
  if (keyFile) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true })
    fs.writeFileSync(keyFile, setup.publishableKey)
  }
}
