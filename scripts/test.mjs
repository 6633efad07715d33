#!/usr/bin/env node
// `npm test`: every suite, in order of cost — lint (ESLint, Prettier), unit, backend integration on
// a real PostgreSQL (and Redis), then the Playwright e2e suite in Chromium. Runs them all and fails
// if any failed.
// While lint and the unit suites run (one process at a time, mostly one core), the apps'
// production builds that the e2e phase starts from run beside them: `npm run e2e` finds them
// current by their stamps (scripts/lib/topology/production-build.mjs) and skips them. Integration
// and e2e then run alone, each with the whole machine.
// Ends with each suite's time, the slowest integration spec files (so a slow newcomer shows) and
// the integration tests that failed.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { rootDir } from "./lib/paths.mjs"
import { stopAll } from "./lib/processes.mjs"
import { buildBackend, buildShared, buildStorefront } from "./lib/topology/production-build.mjs"

// The integration run's reporter (backend/integration-tests/utils/spec-timings-reporter.mts) writes
// each spec file's time here.
const integrationTimings = path.join(os.tmpdir(), `ocop-integration-timings-${process.pid}.json`)

// Run one after the other, beside the builds.
const quickSuites = [
  ["lint: ESLint and Prettier", "npm", ["run", "lint"]],
  ["unit: root scripts and compose file", "node", ["--test", "scripts/__tests__/"]],
  ["unit: shared rules (backend/shared)", "npm", ["run", "test:unit", "--workspace", "@ocop/shared"]],
  ["unit: seed", "npm", ["run", "test:unit", "--workspace", "seed"]],
  ["unit: backend", "npm", ["run", "test:unit", "--workspace", "@ocop/backend"]],
  ["unit: storefront", "npm", ["run", "test:unit", "--workspace", "storefront"]],
]
// Run alone, after them.
const longSuites = [
  ["integration: backend", "npm", ["run", "test:integration", "--workspace", "@ocop/backend"]],
  ["e2e: Chromium", "node", ["scripts/e2e.mjs"]],
]

const env = { ...process.env, INTEGRATION_SPEC_TIMINGS_FILE: integrationTimings }
const results = []

function runSuite([name, command, args]) {
  console.log(`\n=== ${name} ===`)
  const started = Date.now()
  const { status } = spawnSync(command, args, { cwd: rootDir, stdio: "inherit", env })
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) })
}

/**
 * The backend's and the storefront's production builds, as `npm run e2e` would make them; their
 * output goes to a log file (its last lines are printed if a build fails). The shared rules'
 * build comes first and alone: the unit suites read its output.
 */
async function buildApps() {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-builds-"))
  const log = (line) => console.log(`[builds] ${line}`)
  const started = Date.now()
  // A failed shared build is left to the suites that need it (they fail, and e2e tries again).
  const shared = await buildShared({ logDir, log }).then(
    () => true,
    (error) => (console.error(`[builds] ${error.message}`), false)
  )
  const builds = (async () => {
    if (!shared) throw new Error("the shared rules' build failed")
    await buildBackend({ logDir, log })
    await buildStorefront({ env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, logDir, log })
  })().then(
    () => ({ ok: true, seconds: Math.round((Date.now() - started) / 1000) }),
    (error) => {
      console.error(`[builds] ${error.message}`)
      return { ok: false, seconds: Math.round((Date.now() - started) / 1000) }
    }
  )
  return { builds, logDir }
}

// The builds run in their own process groups (runStep): Ctrl-C stops them too while they run.
const stopBuilds = () => stopAll().finally(() => process.exit(130))
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, stopBuilds)
const { builds, logDir: buildLogDir } = await buildApps()
// spawnSync would block the builds' bookkeeping: the quick suites run through a promise instead.
for (const suite of quickSuites) await runSuiteAsync(suite)
const { ok: built, seconds: buildSeconds } = await builds
for (const signal of ["SIGINT", "SIGTERM"]) process.removeListener(signal, stopBuilds)
results.push({ name: "build: backend and storefront for e2e (beside lint and unit)", ok: built, seconds: buildSeconds })
fs.rmSync(buildLogDir, { recursive: true, force: true })
for (const suite of longSuites) runSuite(suite)

function runSuiteAsync([name, command, args]) {
  console.log(`\n=== ${name} ===`)
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: rootDir, stdio: "inherit", env })
    child.on("exit", (code) => {
      results.push({ name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) })
      resolve()
    })
  })
}

console.log("\n=== summary ===")
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? "pass" : "FAIL"}  ${name} (${seconds} s)`)
}
if (fs.existsSync(integrationTimings)) {
  const { timings, failed } = JSON.parse(fs.readFileSync(integrationTimings, "utf8"))
  fs.rmSync(integrationTimings)
  console.log("\nslowest integration spec files (total s, of which outside tests: boot, seeding):")
  for (const { file, seconds, setupSeconds, tests } of timings.slice(0, 10)) {
    console.log(`${String(seconds).padStart(5)} s ${String(setupSeconds).padStart(5)} s  ${file} (${tests} tests)`)
  }
  if (failed.length) {
    console.log("\nfailed integration tests:")
    for (const { file, name, error } of failed) console.log(`  ${file} › ${name}\n      ${error}`)
  }
}
const failed = results.filter((r) => !r.ok).length
console.log(`\nsuites: ${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
