import fs from "node:fs"
import { BaseSequencer, type TestSpecification } from "vitest/node"

/** Whether a spec file boots from the seeded marketplace (it imports utils/marketplace.ts itself). */
function wantsSeededMarketplace(spec: TestSpecification) {
  return /utils\/marketplace"/.test(fs.readFileSync(spec.moduleId, "utf8"))
}

/**
 * Vitest's own order (the longest files of the last run first; on a first run, the largest), with
 * one change: of the first two files, which start side by side, at most one wants the seeded
 * marketplace. The first that wants it seeds it (30–50 s), and any other that wants it waits for
 * that seeding (utils/seeded-template.ts); the second worker runs a file that needs no seeding
 * meanwhile instead of waiting.
 */
export default class SeedingSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    if (sorted.length < 3 || !wantsSeededMarketplace(sorted[0]) || !wantsSeededMarketplace(sorted[1])) return sorted
    const other = sorted.findIndex((spec) => !wantsSeededMarketplace(spec))
    if (other < 0) return sorted
    const [spec] = sorted.splice(other, 1)
    sorted.splice(1, 0, spec)
    return sorted
  }
}
