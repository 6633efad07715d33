import fs from "node:fs"
import path from "node:path"
import type { Reporter, TestModule } from "vitest/node"

/** Where `npm test` wants the figures (scripts/test.mjs prints them in its summary). */
export const SPEC_TIMINGS_ENV = "INTEGRATION_SPEC_TIMINGS_FILE"

export type SpecTiming = { file: string; seconds: number; setupSeconds: number; tests: number }

/**
 * Ends an integration run with its slowest spec files, each split into the time outside its tests
 * (the runner's app boot, the file's own seeding in beforeAll, shutdown) and in them, so a new
 * file that boots or seeds too much shows up.
 */
export default class SpecTimingsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const timings: SpecTiming[] = testModules.map((module) => {
      const tests = [...module.children.allTests()]
      const inTests = tests.reduce((sum, test) => sum + (test.diagnostic()?.duration ?? 0), 0)
      const total = module.diagnostic().duration
      return {
        file: path.relative(module.project.config.root, module.moduleId),
        seconds: Math.round(total / 1000),
        setupSeconds: Math.round((total - inTests) / 1000),
        tests: tests.length,
      }
    })
    timings.sort((a, b) => b.seconds - a.seconds)
    const target = process.env[SPEC_TIMINGS_ENV]
    if (target) fs.writeFileSync(target, JSON.stringify(timings))
    console.log("\nslowest spec files (total s, of which outside tests: boot, seeding):")
    for (const { file, seconds, setupSeconds, tests } of timings.slice(0, 10)) {
      console.log(`${String(seconds).padStart(5)} s ${String(setupSeconds).padStart(5)} s  ${file} (${tests} tests)`)
    }
  }
}
