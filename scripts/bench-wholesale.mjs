#!/usr/bin/env node
// `npm run bench:wholesale [-- --synthetic-producers 2500 --rows 500 --runs 5 --changes 20 --json out.json --profile]`:
// a benchmark, not a test. Loads the demo catalogue and the synthetic producers (six products each) into a
// throwaway database, starts the production build of the backend, makes a verified buyer company, and times
// 1. a `sku,quantity` CSV of --rows rows, each a different in-stock variant, parsed, checked and added to a
//    new cart by POST /store/carts/:id/bulk-lines (one warm-up, then --runs timed uploads);
// 2. a cart of 200 wholesale lines from 20 producers: --changes quantity changes, each
//    POST /store/carts/:id/line-items/:line (Medusa re-prices the cart) followed by the per-producer
//    check the cart page shows, GET /store/carts/:id/wholesale.
// p50 and p95 printed. --profile runs the backend under Node's CPU profiler (files in the log folder).
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import pg from "pg"
import { profiledCommand } from "./lib/bench/profiled-command.mjs"
import { benchRun } from "./lib/bench/bench-run.mjs"
import { latencyStats } from "./lib/bench/load-generator.mjs"
import { addSyntheticProducers, backendEnv, loadDemoMarketplace } from "./lib/bench/marketplace-database.mjs"
import { backendServerDir, dataDir, rootDir } from "./lib/paths.mjs"
import { startService, waitForHttp } from "./lib/processes.mjs"
import { buildBackend } from "./lib/topology/production-build.mjs"
import { waitForSeed } from "./lib/bench/search-seed.mjs"

const { values: options } = parseArgs({
  options: {
    "synthetic-producers": { type: "string", default: "2500" },
    rows: { type: "string", default: "500" },
    runs: { type: "string", default: "5" },
    changes: { type: "string", default: "20" },
    "cart-producers": { type: "string", default: "20" },
    "lines-per-producer": { type: "string", default: "10" },
    profile: { type: "boolean", default: false },
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
const changes = Number(options.changes)
const cartProducers = Number(options["cart-producers"])
const linesPerProducer = Number(options["lines-per-producer"])
const syntheticProducers = Number(options["synthetic-producers"])
const backendPort = Number(options["backend-port"])
const backendUrl = `http://127.0.0.1:${backendPort}`
const benchDir = path.join(dataDir, "bench-wholesale")
const logDir = path.join(dataDir, "logs", "bench-wholesale")
const uploadDir = path.join(benchDir, "uploads")

// step() prints with the time since the start; cleanUp() stops what the run started and removes its database.
const run = benchRun({ benchDir })
const { step, cleanUp } = run

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
  const client = new pg.Client({ connectionString: run.database.url })
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
  // (Variants that take a wholesale minimum and case pack get the smallest quantity allowed.)
  for (let offset = 0; found.length < count; offset += 200) {
    const { products, count: total } = await call(
      "GET",
      `/store/products?limit=200&offset=${offset}&order=id&fields=id,variants.sku,variants.metadata,+variants.inventory_quantity`,
      { headers }
    )
    for (const variant of products.flatMap((product) => product.variants ?? [])) {
      const { quantity } = wholesaleQuantity(variant.metadata)
      if (variant.sku && Number(variant.inventory_quantity ?? 0) >= quantity * (runs + 1)) {
        found.push(`${variant.sku},${quantity}`)
      }
    }
    if (offset + 200 >= total) break
  }
  if (found.length < count) throw new Error(`only ${found.length} variants in stock; ${count} wanted`)
  return found.slice(0, count)
}

/** The quantity a wholesale buyer may order of a variant: its minimum, rounded up to a whole case. */
function wholesaleQuantity(metadata) {
  const pack = Math.max(1, Number(metadata?.case_pack) || 1)
  const minimum = Math.max(1, Number(metadata?.wholesale_min_quantity) || 1)
  return { quantity: Math.ceil(minimum / pack) * pack, pack }
}

/**
 * `lines` in-stock variants from each of `producers` producers (those with the most such variants,
 * synthetic ones included), as CSV rows, read from the database: the store API does not group by producer.
 */
async function cartRows(producers, lines) {
  const client = new pg.Client({ connectionString: run.database.url })
  await client.connect()
  try {
    const {
      rows: [link],
    } = await client.query(
      `select table_name from information_schema.columns
        where column_name = 'producer_id' and table_name like 'product%producer%' limit 1`
    )
    const { rows } = await client.query(
      `select l.producer_id, v.sku, v.metadata, sum(il.stocked_quantity - il.reserved_quantity)::int as stock
         from product_variant v
         join product p on p.id = v.product_id and p.status = 'published' and p.deleted_at is null
         join ${link.table_name} l on l.product_id = p.id and l.deleted_at is null
         join product_variant_inventory_item vi on vi.variant_id = v.id and vi.deleted_at is null
         join inventory_level il on il.inventory_item_id = vi.inventory_item_id and il.deleted_at is null
        where v.deleted_at is null and v.sku is not null
        group by l.producer_id, v.id`
    )
    const byProducer = new Map()
    for (const row of rows) {
      const { quantity, pack } = wholesaleQuantity(row.metadata)
      // Room for the quantity, and for the changes that add a case to it.
      if (row.stock < quantity + pack * 2) continue
      byProducer.set(row.producer_id, [...(byProducer.get(row.producer_id) ?? []), { sku: row.sku, quantity, pack }])
    }
    const chosen = [...byProducer.values()].filter((variants) => variants.length >= lines).slice(0, producers)
    if (chosen.length < producers)
      throw new Error(`only ${chosen.length} producers have ${lines} variants in stock; ${producers} wanted`)
    return chosen.flatMap((variants) => variants.slice(0, lines))
  } finally {
    await client.end()
  }
}

/** A cart of `producers` × `lines` wholesale lines; times `count` quantity changes, each re-priced and re-checked. */
async function timeQuantityChanges(headers, regionId, producers, lines, count) {
  const variants = await cartRows(producers, lines)
  const { cart } = await call("POST", "/store/carts", { body: { region_id: regionId }, headers })
  const file = ["sku,quantity", ...variants.map((v) => `${v.sku},${v.quantity}`)].join("\n")
  const answer = await call("POST", `/store/carts/${cart.id}/bulk-lines`, { body: { file }, headers })
  if (answer.added.length !== variants.length)
    throw new Error(
      `${answer.added.length} of ${variants.length} lines added; first refusal: ${JSON.stringify(answer.errors[0])}`
    )
  const {
    cart: { items },
  } = await call("GET", `/store/carts/${cart.id}?fields=id,items.id,items.variant_sku,items.quantity`, { headers })
  const packBySku = new Map(variants.map((v) => [v.sku, v.pack]))
  const update = []
  const whole = []
  for (let change = 0; change <= count; change++) {
    const item = items[(change * 37) % items.length]
    const pack = packBySku.get(item.variant_sku) ?? 1
    // Up a case, then back down: the line stays within its minimum and case pack.
    const quantity = Number(item.quantity) + (change % 2 === 0 ? pack : -pack)
    const started = performance.now()
    await call("POST", `/store/carts/${cart.id}/line-items/${item.id}`, { body: { quantity }, headers })
    const updated = performance.now()
    const {
      wholesale: { producers: parts },
    } = await call("GET", `/store/carts/${cart.id}/wholesale`, { headers })
    const ms = performance.now() - started
    if (parts.length !== producers)
      throw new Error(`the wholesale check lists ${parts.length} producers, ${producers} expected`)
    item.quantity = quantity
    // The first change warms up.
    if (change > 0) {
      update.push(updated - started)
      whole.push(ms)
    }
  }
  return { lines: items.length, update: latencyStats(update), whole: latencyStats(whole) }
}

async function main() {
  fs.mkdirSync(logDir, { recursive: true })
  fs.mkdirSync(benchDir, { recursive: true })
  // The same inputs and stamp as `npm start`, so either one reuses the other's build.
  await buildBackend({ logDir, log: step })
  // The PostgreSQL service when it answers, else an embedded one.
  await run.openDatabase({ serverUrl: options["database-url"], logDir })
  step(`${run.database.description}; loading the demo catalogue…`)
  const publishableKey = await loadDemoMarketplace({ databaseUrl: run.database.url, uploadDir, logDir })
  let loading
  if (syntheticProducers > 0) {
    step(`adding ${syntheticProducers.toLocaleString("en")} synthetic producers…`)
    loading = await addSyntheticProducers({
      databaseUrl: run.database.url,
      uploadDir,
      logDir,
      producers: syntheticProducers,
      // Six products each, so that 20 producers have 10 variants in stock for the cart figure.
      products: syntheticProducers * 6,
    })
  }
  step("starting the backend…")
  // --profile: Node's CPU profiler; the .cpuprofile lands in the log folder when the backend stops.
  const profileDir = options.profile ? path.join(logDir, "profile-backend") : undefined
  const medusa = path.join(rootDir, "node_modules", ".bin", "medusa")
  const logFile = path.join(logDir, "backend.log")
  const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0
  const backend = startService("bench-backend", ...profiledCommand(medusa, ["start"], profileDir), {
    cwd: backendServerDir,
    env: backendEnv({ databaseUrl: run.database.url, port: backendPort, uploadDir }),
    logFile,
  })
  if (!(await waitForHttp(`${backendUrl}/health`, { timeoutMs: 180_000, isDead: () => backend.exited })))
    throw new Error(`the backend did not come up; see ${backend.logFile}`)

  // The product index is seeded in the background after boot (the whole catalogue): measured
  // meanwhile, a cart shares the cores with it and looks slower the larger the catalogue.
  step(`product index seeded (${await waitForSeed(backend, { fromByte: logStart })})`)
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
  step(`a cart of ${cartProducers} producers × ${linesPerProducer} lines; ${changes} timed quantity changes`)
  const cart = await timeQuantityChanges(headers, regions[0].id, cartProducers, linesPerProducer, changes)
  const figures = {
    rows,
    runs,
    syntheticProducers,
    loading,
    p50_ms: stats.p50,
    p95_ms: stats.p95,
    cart: { producers: cartProducers, ...cart },
  }
  await cleanUp()
  const catalogue = `demo + ${syntheticProducers.toLocaleString("en")} producers`
  console.log(
    [
      "",
      "| catalogue | measure | p50 ms | p95 ms |",
      "| --- | --- | --- | --- |",
      `| ${catalogue} | CSV of ${rows} rows parsed, checked and added (${runs} runs) | ${stats.p50.toFixed(0)} | ${stats.p95.toFixed(0)} |`,
      `| ${catalogue} | ${cart.lines}-line cart, ${cartProducers} producers: quantity change (${changes} changes) | ${cart.update.p50.toFixed(0)} | ${cart.update.p95.toFixed(0)} |`,
      `| ${catalogue} | the same, with the per-producer check after it | ${cart.whole.p50.toFixed(0)} | ${cart.whole.p95.toFixed(0)} |`,
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
