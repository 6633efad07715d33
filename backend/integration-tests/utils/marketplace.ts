import { MedusaContainer } from "@medusajs/framework"
import { setupMarketplace } from "../../src/scripts/setup"
import { loadOcopCatalogue } from "../../src/scripts/setup/ocop-catalogue"

/** Runs the same setup `npm start` runs (store, region, key, shipping, admin, places, OCOP catalogue). */
export async function setupSeededMarketplace(container: MedusaContainer) {
  // @ts-expect-error plain ESM module of the seed workspace
  const { buildProductImages } = await import("../../../seed/images/build-images.mjs")
  await buildProductImages()
  const setup = await setupMarketplace(container)
  const created = await loadOcopCatalogue(container, setup)
  return { ...setup, created }
}
