import { MedusaContainer } from "@medusajs/framework"
import { setupMarketplace } from "../../src/scripts/setup"
import { loadOcopCatalogue } from "../../src/scripts/setup/ocop-catalogue"
import { setupReportPlansDemo } from "../../src/scripts/setup/report-plans-demo"
import { keepAsSeededTemplate, releaseSeedingClaim, takeCopiedAnswer, wantSeededMarketplace } from "./seeded-template"

type SeededMarketplace = Awaited<ReturnType<typeof setupMarketplace>> & { created: number }

// A spec file that imports this boots from the run's seeded template when there is one.
wantSeededMarketplace()

/**
 * Runs the same setup `npm start` runs (store, region, key, shipping, admin, places, OCOP catalogue, provincial plans).
 * A spec file whose database was copied from the run's seeded template gets that seeding's answer
 * instead (same ids); when that seeding ran with other payment settings (VietQR, Stripe) than this
 * file's app, the setup runs again on the copy, as `npm start` does after such a change: it finds
 * everything in place and makes the region offer this app's payment providers. A second call in
 * a spec file runs the setup again.
 */
export async function setupSeededMarketplace(container: MedusaContainer): Promise<SeededMarketplace> {
  const copied = takeCopiedAnswer<SeededMarketplace>()
  if (copied) {
    if (!copied.paymentsDiffer) return copied.answer
    return { ...copied.answer, ...(await setupMarketplace(container)) }
  }
  try {
    // @ts-expect-error plain ESM module of the seed workspace
    const { buildProductImages } = await import("../../../seed/images/build-images.mjs")
    await buildProductImages()
    const setup = await setupMarketplace(container)
    const created = await loadOcopCatalogue(container, setup)
    await setupReportPlansDemo(container)
    const answer = { ...setup, created }
    await keepAsSeededTemplate(answer)
    return answer
  } catch (error) {
    releaseSeedingClaim()
    throw error
  }
}
