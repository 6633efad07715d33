import fs from "node:fs"
import path from "node:path"
import type { Reporter, SerializedError, TestModule } from "vitest/node"

/** Where `npm test` wants the figures (scripts/test.mjs prints them in its summary). */
export const SPEC_TIMINGS_ENV = "INTEGRATION_SPEC_TIMINGS_FILE"

export type SpecTiming = { file: string; seconds: number; setupSeconds: number; tests: number }

export type FailedTest = { file: string; name: string; error: string }

export type SpecReport = { timings: SpecTiming[]; failed: FailedTest[] }

/**
 * Ends an integration run with its slowest spec files, each split into the time outside its tests
 * (the runner's app boot, the file's own seeding in beforeAll, shutdown) and in them, so a new
 * file that boots or seeds too much shows up, and with the name and first error line of every
 * failed test, so the last lines of a CI log say what failed.
 */
export default class SpecTimingsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []) {
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
    const failed: FailedTest[] = testModules.flatMap((module) => {
      const file = path.relative(module.project.config.root, module.moduleId)
      // A failing beforeAll fails its suite (Medusa's runner wraps a spec in an unnamed one) and skips its tests.
      const moduleErrors = [module, ...module.children.allSuites()].flatMap((suite) =>
        suite.errors().map((error) => ({
          file,
          name: "name" in suite && suite.name ? suite.name : "(beforeAll/afterAll)",
          error: firstLine(error.message),
        }))
      )
      const testErrors = [...module.children.allTests()]
        .filter((test) => test.result().state === "failed")
        .map((test) => ({ file, name: test.fullName, error: firstLine(test.result().errors?.[0]?.message) }))
      return [...moduleErrors, ...testErrors]
    })
    // An error no test caught (a rejection after a test ended) fails the run with every test passed.
    failed.push(
      ...unhandledErrors.map((error) => ({ file: "(run)", name: "unhandled error", error: firstLine(error.message) }))
    )
    const target = process.env[SPEC_TIMINGS_ENV]
    if (target) fs.writeFileSync(target, JSON.stringify({ timings, failed } satisfies SpecReport))
    console.log("\nslowest spec files (total s, of which outside tests: boot, seeding):")
    for (const { file, seconds, setupSeconds, tests } of timings.slice(0, 10)) {
      console.log(`${String(seconds).padStart(5)} s ${String(setupSeconds).padStart(5)} s  ${file} (${tests} tests)`)
    }
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? "").split("\n")[0].slice(0, 200)
}
