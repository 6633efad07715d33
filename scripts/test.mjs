#!/usr/bin/env node
// `npm test`: every suite, in order of cost — unit, backend integration on a real PostgreSQL
// (and Redis), then the Playwright e2e suite in Chromium. Runs them all and fails if any failed.
import { spawnSync } from "node:child_process"
import { rootDir } from "./lib/paths.mjs"

const suites = [
  ["unit: root scripts and compose file", "node", ["--test", "scripts/__tests__/"]],
  ["unit: seed", "npm", ["run", "test:unit", "--workspace", "seed"]],
  ["unit: backend", "npm", ["run", "test:unit", "--workspace", "backend"]],
  ["unit: storefront", "npm", ["run", "test:unit", "--workspace", "storefront"]],
  ["integration: backend", "npm", ["run", "test:integration", "--workspace", "backend"]],
  ["e2e: Chromium", "node", ["scripts/e2e.mjs"]],
]

const results = []
for (const [name, command, args] of suites) {
  console.log(`\n=== ${name} ===`)
  const started = Date.now()
  const { status } = spawnSync(command, args, { cwd: rootDir, stdio: "inherit" })
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) })
}

console.log("\n=== summary ===")
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? "pass" : "FAIL"}  ${name} (${seconds} s)`)
}
const failed = results.filter((r) => !r.ok).length
console.log(`suites: ${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
