#!/usr/bin/env node
// `npm run bench:wholesale [-- --synthetic-producers 2500 --rows 500 --runs 5 --json out.json]`: a benchmark,
// not a test. Loads the demo catalogue and the synthetic producers (as bench:cart does) into a throwaway
// database, starts the production build of the backend, makes a verified buyer company, and times a
// `sku,quantity` CSV of --rows rows, each a different in-stock variant, parsed, checked and added to a new
// cart by POST /store/carts/:id/bulk-lines (one warm-up, then --runs timed uploads; p50 and p95 printed).
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import exitHook from "async-exit-hook"
import pg from "pg"
import { hashInputs, isBuildCurrent, writeBuildStamp } from "./lib/build-stamp.mjs"
import { latencyStats } from "./lib/bench/load-generator.mjs"
import { addSyntheticProducers, backendEnv, loadDemoMarketplace } from "./lib/bench/marketplace-database.mjs"
import { createThrowawayDatabase } from "./lib/bench/throwaway-database.mjs"
import { backendDir, backendServerDir, dataDir, rootDir } from "./lib/paths.mjs"
import { runStep, startService, stopAll, waitForHttp } from "./lib/processes.mjs"
import { buildInputs } from "./lib/topology/production-build.mjs"

const { values: options } = parseArgs({
  options: {
    "synthetic-producers": { type: "string", default: "2500" },
    rows: { type: "string", default: "500" },
    runs: { type: "string", default: "5" },
    "database-url": {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    "backend-port": { type: "string", default: "9210" },
    json: { type: "string" },
  },
})
const rows = Number(options.rows)
const runs = Number(options.runs)
const syntheticProducers = Number(options["synthetic-producers"])
const backendPort = Number(options["backend-port"])
const backendUrl = `http://127.0.0.1:${backendPort}`
const benchDir = path.join(dataDir, "bench-wholesale")
const logDir = path.join(dataDir, "logs", "bench-wholesale")
const uploadDir = path.join(benchDir, "uploads")
const startedAt = Date.now()

let database
let cleaning

function step(message) {
  console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`)
}

function cleanUp() {
  cleaning ??= (async () => {
    await stopAll()
    if (database)
      await database.remove().catch((error) => console.error(`could not remove the database: ${error.message}`))
    fs.rmSync(benchDir, { recursive: true, force: true })
  })()
  return cleaning
}
exitHook((done) => cleanUp().then(done))

// The same inputs and stamp as `npm start`, so either one reuses the other's build.
async function buildBackend() {
  const stamp = path.join(backendServerDir, ".ocop-build-hash")
  const hash = `${hashInputs(buildInputs(rootDir).backend)}:ADMIN_BACKEND_URL=${process.env.ADMIN_BACKEND_URL ?? ""}`
  if (isBuildCurrent(stamp, hash)) return step("backend build is current")
  step("building the backend…")
  await runStep(path.join(rootDir, "node_modules", ".bin", "medusa"), ["build"], {
    cwd: backendDir,
    env: { ...process.env, NODE_ENV: "production" },
    logFile: path.join(logDir, "backend-build.log"),
  })
  writeBuildStamp(stamp, hash)
}

async function call(method, url, { body, headers = {} } = {}) {
  const response = await fetch(`${backendUrl}${url}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok)
    throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(data).slice(0, 300)}`)
  return data
}

/** A signed-in customer who is the admin of a verified company (written straight into the company tables). */
async function verifiedBuyer(publishableKey) {
  const email = `bench-buyer-${Date.now()}@example.vn`
  const password = "mat-khau-bench-1"
  const { token: registration } = await call("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  const key = { "x-publishable-api-key": publishableKey }
  const { customer } = await call("POST", "/store/customers", {
    body: { email, first_name: "Bench", last_name: "Buyer" },
    headers: { ...key, authorization: `Bearer ${registration}` },
  })
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const companyId = `comp_bench_${crypto.randomBytes(6).toString("hex")}`
  await client.query(
    `insert into company (id, legal_name, tax_code, buyer_type, phone, invoice_email, invoice_street,
       invoice_province_code, invoice_commune_code, status)
     values ($1, 'Siêu thị Bench', '0100109106', 'supermarket', '0912345678', $2, '1 Trần Phú', '01', '00004', 'verified')`,
    [companyId, email]
  )
  await client.query(
    `insert into company_staff (id, customer_id, email, role, company_id) values ($1, $2, $3, 'admin', $4)`,
    [`cstf_bench_${crypto.randomBytes(6).toString("hex")}`, customer.id, email, companyId]
  )
  await client.end()
  const { token } = await call("POST", "/auth/customer/emailpass", { body: { email, password } })
  return { ...key, authorization: `Bearer ${token}` }
}

/** `count` different variants with enough stock for their wholesale minimum, as CSV rows. */
async function csvRows(headers, count) {
  const found = []
  for (let offset = 0; found.length < count; offset += 200) {
    const { products, count: total } = await call(
      "GET",
      `/store/products?limit=200&offset=${offset}&order=id&fields=id,variants.sku,variants.metadata,+variants.inventory_quantity`,
      { headers }
    )
    for (const variant of products.flatMap((product) => product.variants ?? [])) {
      const pack = Math.max(1, Number(variant.metadata?.case_pack) || 1)
      const minimum = Math.max(1, Number(variant.metadata?.wholesale_min_quantity) || 1)
      const quantity = Math.ceil(minimum / pack) * pack
      if (variant.sku && Number(variant.inventory_quantity ?? 0) >= quantity * (runs + 1)) {
        found.push(`${variant.sku},${quantity}`)
      }
    }
    if (offset + 200 >= total) break
  }
  if (found.length < count) throw new Error(`only ${found.length} variants in stock; ${count} wanted`)
  return found.slice(0, count)
}

async function main() {
  fs.mkdirSync(logDir, { recursive: true })
  fs.mkdirSync(benchDir, { recursive: true })
  await buildBackend()
  const throwaway = (serverUrl) =>
    createThrowawayDatabase({
      serverUrl,
      dir: path.join(benchDir, "postgres"),
      log: (line) => fs.appendFileSync(path.join(logDir, "postgres.log"), `${line}\n`),
    })
  database = await throwaway(options["database-url"] || undefined).catch((error) => {
    step(`no PostgreSQL at ${options["database-url"]} (${error.message}); starting an embedded one`)
    return throwaway(undefined)
  })
  step(`${database.description}; loading the demo catalogue…`)
  const publishableKey = await loadDemoMarketplace({ databaseUrl: database.url, uploadDir, logDir })
  let loading
  if (syntheticProducers > 0) {
    step(`adding ${syntheticProducers.toLocaleString("en")} synthetic producers…`)
    loading = await addSyntheticProducers({
      databaseUrl: database.url,
      uploadDir,
      logDir,
      producers: syntheticProducers,
    })
  }
  step("starting the backend…")
  const backend = startService("bench-backend", path.join(rootDir, "node_modules", ".bin", "medusa"), ["start"], {
    cwd: backendServerDir,
    env: backendEnv({ databaseUrl: database.url, port: backendPort, uploadDir }),
    logFile: path.join(logDir, "backend.log"),
  })
  if (!(await waitForHttp(`${backendUrl}/health`, { timeoutMs: 180_000, isDead: () => backend.exited })))
    throw new Error(`the backend did not come up; see ${backend.logFile}`)

  const headers = await verifiedBuyer(publishableKey)
  const file = ["sku,quantity", ...(await csvRows(headers, rows))].join("\n")
  const { regions } = await call("GET", "/store/regions", { headers })
  step(`${rows} rows (${(Buffer.byteLength(file) / 1000).toFixed(1)} KB); 1 warm-up and ${runs} timed uploads`)
  const samples = []
  for (let run = 0; run <= runs; run++) {
    const { cart } = await call("POST", "/store/carts", { body: { region_id: regions[0].id }, headers })
    const started = performance.now()
    const answer = await call("POST", `/store/carts/${cart.id}/bulk-lines`, { body: { file }, headers })
    const ms = performance.now() - started
    if (answer.added.length !== rows)
      throw new Error(
        `${answer.added.length} of ${rows} rows added; first refusal: ${JSON.stringify(answer.errors[0])}`
      )
    if (run > 0) samples.push(ms)
    step(`${run === 0 ? "warm-up" : `run ${run}`}: ${ms.toFixed(0)} ms`)
  }
  const stats = latencyStats(samples)
  const figures = { rows, runs, syntheticProducers, loading, p50_ms: stats.p50, p95_ms: stats.p95 }
  await cleanUp()
  console.log(
    [
      "",
      "| catalogue | CSV rows | measure | p50 ms | p95 ms |",
      "| --- | --- | --- | --- | --- |",
      `| demo + ${syntheticProducers.toLocaleString("en")} producers | ${rows} | parsed, checked and added | ${stats.p50.toFixed(0)} | ${stats.p95.toFixed(0)} |`,
    ].join("\n")
  )
  if (options.json) fs.writeFileSync(options.json, JSON.stringify(figures, null, 2))
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(error.stack ?? error)
    await cleanUp()
    process.exit(1)
  }
)
