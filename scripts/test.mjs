#!/usr/bin/env node
// `npm test`: every suite, in order of cost — lint (ESLint, Prettier), unit, backend integration on
// a real PostgreSQL (and Redis), then the Playwright e2e suite in Chromium. Runs them all and fails
// if any failed.
// Ends with each suite's time, the slowest integration spec files (so a slow newcomer shows) and
// the integration tests that failed.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { rootDir } from "./lib/paths.mjs"

// The integration run's reporter (backend/integration-tests/utils/spec-timings-reporter.mts) writes
// each spec file's time here.
const integrationTimings = path.join(os.tmpdir(), `ocop-integration-timings-${process.pid}.json`)

const suites = [
  ["lint: ESLint and Prettier", "npm", ["run", "lint"]],
  ["unit: root scripts and compose file", "node", ["--test", "scripts/__tests__/"]],
  ["unit: shared rules (backend/shared)", "npm", ["run", "test:unit", "--workspace", "@ocop/shared"]],
  ["unit: seed", "npm", ["run", "test:unit", "--workspace", "seed"]],
  ["unit: backend", "npm", ["run", "test:unit", "--workspace", "@ocop/backend"]],
  ["unit: storefront", "npm", ["run", "test:unit", "--workspace", "storefront"]],
  ["integration: backend", "npm", ["run", "test:integration", "--workspace", "@ocop/backend"]],
  ["e2e: Chromium", "node", ["scripts/e2e.mjs"]],
]

const results = []
for (const [name, command, args] of suites) {
  console.log(`\n=== ${name} ===`)
  const started = Date.now()
  const env = { ...process.env, INTEGRATION_SPEC_TIMINGS_FILE: integrationTimings }
  const { status } = spawnSync(command, args, { cwd: rootDir, stdio: "inherit", env })
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) })
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
