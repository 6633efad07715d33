import assert from "node:assert/strict"
import { test } from "node:test"
import { formatReport } from "../lib/bench/report.mjs"

const stats = (p95) => ({ count: 10, p50: p95 / 2, p95, p99: p95 * 1.2 })
const load = (p95, rps) => ({ requests: 10, rps, overall: stats(p95), kinds: { "text + 3 facets": stats(p95) } })
const figures = (targets) => ({
  products: 100000,
  settings: { concurrency: 8, warmupS: 3, durationS: 20, maxRequests: Infinity },
  loading: { timings_ms: {} },
  targets,
  indexing: [],
  memory: [],
})

test("bench:search reports each target against the stock route", () => {
  const report = formatReport(
    figures([
      { name: "search-postgres", load: load(100, 20) },
      { name: "stock", stock: true, load: load(400, 10) },
    ])
  )
  const all = report.split("\n").find((line) => line.startsWith("search-postgres") && /\ball\b/.test(line))
  assert.match(all, /4\.0×\s+2\.0×\s*$/)
})

test("bench:search reports a stock route that failed (100,000 products) without ratios, and says why", () => {
  const report = formatReport(
    figures([
      { name: "search-postgres", load: load(100, 20) },
      { name: "stock", stock: true, failed: "GET /store/products answered 503: database_busy" },
    ])
  )
  const lines = report.split("\n")
  assert.match(
    lines.find((line) => line.startsWith("stock")),
    /\ball\s+failed\s*$/
  )
  assert.match(
    lines.find((line) => line.startsWith("search-postgres") && /\ball\b/.test(line)),
    /20\.0\s*$/
  )
  assert.ok(lines.includes("stock failed: GET /store/products answered 503: database_busy"))
})
