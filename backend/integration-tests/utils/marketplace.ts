import { MedusaContainer } from "@medusajs/framework"
import { setupMarketplace } from "../../src/scripts/setup"
import { loadStarterCatalogue } from "../../src/scripts/setup/starter-catalogue"

/** Runs the same setup `npm start` runs (store, region, key, shipping, admin, starter catalogue). */
export async function setupSeededMarketplace(container: MedusaContainer) {
  // @ts-expect-error plain ESM module of the seed workspace
  const { buildProductImages } = await import("../../../seed/images/build-images.mjs")
  await buildProductImages()
  const setup = await setupMarketplace(container)
  const created = await loadStarterCatalogue(container, setup)
  return { ...setup, created }
}
