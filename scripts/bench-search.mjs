#!/usr/bin/env node
// `npm run bench:search [-- --products N --duration S --requests N --database-url URL --json FILE --keep]`:
// a benchmark, not a test. Loads N synthetic products into a throwaway database, then runs one query
// mix with concurrency 8 against POST /store/search on search-postgres, on Meilisearch, and against
// the stock GET /store/products?q=; then, on the same Meilisearch, raw /multi-search with the master
// key (the engine's floor) and the direct path as the browser calls it (tenant token + the storefront's
// same-origin proxy function; lib/bench/direct-path.mjs); and prints latency, throughput, indexing
// time and peak RSS.
// --keep: after the search-postgres measurement, leave that server and its database up (for EXPLAIN
// ANALYZE on the index table) until Ctrl-C, which stops and removes them; no stock or Meilisearch phase.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { runLoad } from "./lib/bench/load-generator.mjs"
import { directPathMixes } from "./lib/bench/direct-path.mjs"
import { freePort, startMeilisearch } from "./lib/bench/meilisearch.mjs"
import { floorMixes, searchMix, stockMix, verifyFacets } from "./lib/bench/query-mix.mjs"
import { formatReport } from "./lib/bench/report.mjs"
import { sampleRss } from "./lib/bench/rss-sampler.mjs"
import { benchRun } from "./lib/bench/bench-run.mjs"
import { analyzeDatabase, createThrowawayDatabase } from "./lib/bench/throwaway-database.mjs"
import { backendServerDir, dataDir, rootDir, seedDir } from "./lib/paths.mjs"
import { runStep, startService, stopService, waitForHttp } from "./lib/processes.mjs"
import { buildBackend } from "./lib/topology/production-build.mjs"
import { waitForSeed } from "./lib/bench/search-seed.mjs"

const { values: options } = parseArgs({
  options: {
    products: { type: "string", default: "20000" },
    duration: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    requests: { type: "string" },
    concurrency: { type: "string", default: "8" },
    "database-url": { type: "string", default: process.env.BENCH_DATABASE_URL },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
  },
})
const products = Number(options.products)
const settings = {
  concurrency: Number(options.concurrency),
  durationS: Number(options.duration),
  warmupS: Number(options.warmup),
  maxRequests: options.requests ? Number(options.requests) : Infinity,
}
const benchDir = path.join(dataDir, "bench")
const logDir = path.join(dataDir, "logs", "bench")
const medusaBin = path.join(rootDir, "node_modules", ".bin", "medusa")

// step() prints with the time since the start; cleanUp() stops what the run started and removes its database.
const run = benchRun({ benchDir })
const { step, cleanUp } = run

function serverEnv(databaseUrl, port, extra = {}) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://127.0.0.1:${port}`,
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    SEED_DIR: seedDir,
    FILE_UPLOAD_DIR: path.join(benchDir, "uploads"),
    ...extra,
  }
  // Only what this run selects: a MEILISEARCH_HOST from the caller's shell must not leak into the postgres phase.
  if (!extra.MEILISEARCH_HOST) {
    delete env.MEILISEARCH_HOST
    delete env.MEILISEARCH_API_KEY
  }
  delete env.REDIS_URL
  return env
}

async function documentCount(baseUrl, publishableKey) {
  const response = await fetch(`${baseUrl}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({
      entity: "product",
      filters: {},
      search_options: { count: "exact" },
      pagination: { take: 0 },
    }),
  })
  if (!response.ok) throw new Error(`POST /store/search answered ${response.status}: ${await response.text()}`)
  return (await response.json()).results[0].metadata.count
}

/** Boots the server, measures boot and index seeding, runs `benchmarks`, stops it; RSS is sampled throughout. */
async function withServer(name, env, benchmarks) {
  const port = Number(env.PORT)
  const logFile = path.join(logDir, `server-${name}.log`)
  fs.rmSync(logFile, { force: true })
  const bootedAt = Date.now()
  const server = startService(`server-${name}`, medusaBin, ["start"], { cwd: backendServerDir, env, logFile })
  const rss = sampleRss(server.child.pid)
  try {
    if (!(await waitForHttp(`http://127.0.0.1:${port}/health`, { timeoutMs: 180_000, isDead: () => server.exited }))) {
      throw new Error(`the server did not come up; see ${logFile}`)
    }
    const healthMs = Date.now() - bootedAt
    step(`${name}: server up in ${(healthMs / 1000).toFixed(1)} s, seeding the product index…`)
    const seedLog = await waitForSeed(server)
    const readyMs = Date.now() - bootedAt
    step(`${name}: index ready ${(readyMs / 1000).toFixed(1)} s after boot (${seedLog})`)
    // Measured as a running shop is: with the statistics autovacuum would have gathered by now.
    const analyzeStarted = Date.now()
    await analyzeDatabase(env.DATABASE_URL)
    step(`${name}: planner statistics refreshed (ANALYZE, ${((Date.now() - analyzeStarted) / 1000).toFixed(1)} s)`)
    const results = await benchmarks(`http://127.0.0.1:${port}`)
    return { ...results, indexing: { provider: name, healthMs, readyMs, seedLog }, serverPeak: rss.stop() }
  } finally {
    rss.stop()
    await stopService(server)
  }
}

async function measure(name, mix, stock = false) {
  step(`${name}: ${settings.warmupS} s warm-up, then ${settings.durationS} s at concurrency ${settings.concurrency}…`)
  const load = await runLoad(mix, {
    concurrency: settings.concurrency,
    durationMs: settings.durationS * 1000,
    warmupMs: settings.warmupS * 1000,
    maxRequests: settings.maxRequests,
  })
  step(`${name}: ${load.requests} requests, ${load.rps.toFixed(1)}/s, p95 ${load.overall.p95.toFixed(1)} ms`)
  return { name, stock, load }
}

/**
 * The stock route is only the comparison: at a size it cannot answer (100,000 products: Medusa's
 * product query passes the web requests' 5 s statement timeout and answers 503), the row says so
 * and the run goes on to Meilisearch.
 */
async function measureStock(name, mix) {
  try {
    return await measure(name, mix, true)
  } catch (error) {
    const failed = String(error.message ?? error)
      .split("\n")[0]
      .slice(0, 200)
    step(`${name}: failed: ${failed}`)
    return { name, stock: true, failed }
  }
}

/** --keep: the stack stays up for inspection; Ctrl-C (the exit hook) stops it and removes the data. */
async function keepUntilInterrupted(baseUrl) {
  step(
    `--keep: server ${baseUrl} (publishable key ${run.database.publishableKey}), database ${run.database.url}; Ctrl-C stops and removes both`
  )
  await new Promise(() => {})
}

async function main() {
  fs.mkdirSync(logDir, { recursive: true })
  fs.mkdirSync(benchDir, { recursive: true })
  // The same inputs and stamp as `npm start`, so either one reuses the other's build.
  await buildBackend({ logDir, log: step })

  step(options["database-url"] ? "creating a throwaway database…" : "starting a throwaway embedded PostgreSQL…")
  run.database = await createThrowawayDatabase({
    serverUrl: options["database-url"],
    dir: path.join(benchDir, "postgres"),
    log: (line) => fs.appendFileSync(path.join(logDir, "postgres.log"), `${line}\n`),
  })
  step(run.database.description)
  const port = await freePort()
  const postgresEnv = serverEnv(run.database.url, port)

  step("migrating…")
  await runStep(medusaBin, ["db:migrate"], {
    cwd: backendServerDir,
    env: postgresEnv,
    logFile: path.join(logDir, "migrate.log"),
  })
  step(`loading ${products.toLocaleString("en")} synthetic products with direct module calls…`)
  const resultFile = path.join(benchDir, "loading.json")
  await runStep(medusaBin, ["exec", "./src/scripts/bench/load-synthetic-catalogue.js"], {
    cwd: backendServerDir,
    env: { ...postgresEnv, BENCH_PRODUCTS: String(products), BENCH_RESULT_FILE: resultFile },
    logFile: path.join(logDir, "load.log"),
  })
  const loading = JSON.parse(fs.readFileSync(resultFile, "utf8"))
  step(`loaded in ${(loading.total_ms / 1000).toFixed(1)} s (${loading.method})`)
  const key = loading.publishable_key
  run.database.publishableKey = key

  const postgres = await withServer("postgres", postgresEnv, async (baseUrl) => {
    const documents = await documentCount(baseUrl, key)
    if (documents !== products)
      throw new Error(`the search-postgres index holds ${documents} documents, not ${products}`)
    step(`postgres: facets populated: ${await verifyFacets(baseUrl, key)}`)
    const search = await measure("search-postgres", searchMix(baseUrl, key))
    if (options.keep) await keepUntilInterrupted(baseUrl)
    const stock = await measureStock("stock /store/products?q=", stockMix(baseUrl, key))
    return { documents, targets: [search, stock] }
  })

  step("starting Meilisearch…")
  const meili = await startMeilisearch({
    dir: path.join(benchDir, "meilisearch"),
    logFile: path.join(logDir, "meilisearch.log"),
  })
  const engineRss = sampleRss(meili.service.child.pid)
  const meiliEnv = serverEnv(run.database.url, port, {
    MEILISEARCH_HOST: meili.host,
    MEILISEARCH_API_KEY: meili.apiKey,
  })
  step("migrating the product index to the Meilisearch provider…")
  await runStep(medusaBin, ["db:migrate"], {
    cwd: backendServerDir,
    env: meiliEnv,
    logFile: path.join(logDir, "migrate-meilisearch.log"),
  })
  const meilisearch = await withServer("meilisearch", meiliEnv, async (baseUrl) => {
    const documents = await documentCount(baseUrl, key)
    if (documents !== products) throw new Error(`the Meilisearch index holds ${documents} documents, not ${products}`)
    step(`meilisearch: facets populated: ${await verifyFacets(baseUrl, key)}`)
    const search = await measure("search-meilisearch", searchMix(baseUrl, key))
    const mixes = await directPathMixes(baseUrl, key, meili)
    let raw, direct
    try {
      raw = await measure("raw Meilisearch /multi-search", mixes.raw)
      direct = await measure("direct path (token + proxy)", mixes.direct)
    } finally {
      await mixes.close()
    }
    const floors = []
    for (const [name, mix] of Object.entries(floorMixes(baseUrl, key))) floors.push(await measure(name, mix))
    return { documents, targets: [search, raw, direct], floors }
  })
  const enginePeak = engineRss.stop()

  const figures = {
    products,
    settings,
    loading,
    targets: [postgres.targets[0], ...meilisearch.targets, postgres.targets[1]],
    floors: meilisearch.floors,
    indexing: [
      { ...postgres.indexing, documents: postgres.documents },
      { ...meilisearch.indexing, documents: meilisearch.documents },
    ],
    memory: [
      { phase: "search-postgres + stock phase", serverPeak: postgres.serverPeak },
      { phase: "search-meilisearch phase", serverPeak: meilisearch.serverPeak, enginePeak },
    ],
  }
  await cleanUp()
  console.log(`\n${formatReport(figures)}`)
  if (options.json) fs.writeFileSync(options.json, JSON.stringify(figures, null, 2))
  for (const { provider, documents } of figures.indexing) {
    if (documents !== products)
      console.warn(`warning: the ${provider} index holds ${documents} documents, not ${products}`)
  }
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(error.message ?? error)
    await cleanUp()
    process.exit(1)
  }
)
