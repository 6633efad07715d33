#!/usr/bin/env node
// `npm run bench:cart [-- --synthetic-producers 2500 --runs 20 --app-dir ../other-checkout --json out.json]`:
// a benchmark, not a test. Loads the demo catalogue (the setup `npm start` runs) into a throwaway
// database, starts the production builds of the backend and the storefront of --app-dir (default: this
// checkout), and times purchases of carts of 3 and of 10 producers: the cart page, each checkout step's
// server work and the completion (scripts/lib/bench/purchase-path.mjs says what each figure holds).
// Then it adds the synthetic producers with their delivery options and times the same again.
// The database is always filled by this checkout's build, so an older --app-dir is measured on the same data.
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { hashInputs, isBuildCurrent, writeBuildStamp } from "./lib/build-stamp.mjs"
import { profiledCommand } from "./lib/bench/profiled-command.mjs"
import { benchRun } from "./lib/bench/bench-run.mjs"
import { latencyStats } from "./lib/bench/load-generator.mjs"
import { addSyntheticProducers, backendEnv, loadDemoMarketplace } from "./lib/bench/marketplace-database.mjs"
import { stockedVariantPerProducer, storeApi, timePurchase } from "./lib/bench/purchase-path.mjs"
import { dataDir, rootDir } from "./lib/paths.mjs"
import { runStep, startService, waitForHttp } from "./lib/processes.mjs"
import { buildInputs } from "./lib/topology/production-build.mjs"

const { values: options } = parseArgs({
  options: {
    "synthetic-producers": { type: "string", default: "2500" },
    "synthetic-products": { type: "string" },
    runs: { type: "string", default: "20" },
    "cart-sizes": { type: "string", default: "3,10" },
    "app-dir": { type: "string", default: rootDir },
    "database-url": {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    "backend-port": { type: "string", default: "9200" },
    "storefront-port": { type: "string", default: "8200" },
    // Node's CPU profiler on both servers; the .cpuprofile files land in the log folder.
    profile: { type: "boolean", default: false },
    json: { type: "string" },
  },
})
const appDir = path.resolve(options["app-dir"])
const runs = Number(options.runs)
const cartSizes = options["cart-sizes"].split(",").map(Number)
const syntheticProducers = Number(options["synthetic-producers"])
const backendPort = Number(options["backend-port"])
const storefrontPort = Number(options["storefront-port"])
const benchDir = path.join(dataDir, "bench-cart")
const logDir = path.join(dataDir, "logs", "bench-cart")
const uploadDir = path.join(benchDir, "uploads")
const MEASURES = [
  "cartPage",
  "cartPageTtfb",
  "cartPageWarm",
  "addressStep",
  "deliveryStep",
  "placeOrderStep",
  "completion",
]

// step() prints with the time since the start; cleanUp() stops what the run started and removes its database.
const run = benchRun({ benchDir })
const { step, cleanUp } = run

// The same inputs and stamps as `npm start`, so either one reuses the other's build.
async function buildApp(dir) {
  const medusaBin = path.join(dir, "node_modules", ".bin", "medusa")
  const nextBin = path.join(dir, "node_modules", ".bin", "next")
  const inputs = buildInputs(dir)
  const backend = path.join(dir, "backend")
  const storefront = path.join(dir, "storefront")
  const builds = [
    {
      name: `backend of ${dir}`,
      inputs: inputs.backend,
      baked: `ADMIN_BACKEND_URL=${process.env.ADMIN_BACKEND_URL ?? ""}`,
      stamp: path.join(backend, ".medusa", "server", ".ocop-build-hash"),
      run: () =>
        runStep(medusaBin, ["build"], {
          cwd: backend,
          env: { ...process.env, NODE_ENV: "production" },
          logFile: path.join(logDir, "backend-build.log"),
        }),
    },
    {
      name: `storefront of ${dir}`,
      inputs: inputs.storefront,
      baked: "",
      stamp: path.join(storefront, ".next", ".ocop-build-hash"),
      run: () =>
        runStep(nextBin, ["build"], {
          cwd: storefront,
          env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
          logFile: path.join(logDir, "storefront-build.log"),
        }),
    },
  ]
  for (const build of builds) {
    const hash = `${hashInputs(build.inputs)}:${build.baked}`
    if (isBuildCurrent(build.stamp, hash)) {
      step(`${build.name}: build is current`)
      continue
    }
    step(`building the ${build.name}…`)
    await build.run()
    writeBuildStamp(build.stamp, hash)
  }
}

async function startApp(publishableKey) {
  const profileDir = (name) => (options.profile ? path.join(logDir, `profile-${name}`) : undefined)
  const backend = startService(
    "bench-backend",
    ...profiledCommand(path.join(appDir, "node_modules", ".bin", "medusa"), ["start"], profileDir("backend")),
    {
      cwd: path.join(appDir, "backend", ".medusa", "server"),
      env: backendEnv({ databaseUrl: run.database.url, port: backendPort, uploadDir }),
      logFile: path.join(logDir, "backend.log"),
    }
  )
  const storefront = startService(
    "bench-storefront",
    ...profiledCommand(
      path.join(appDir, "node_modules", ".bin", "next"),
      ["start", "--port", String(storefrontPort)],
      profileDir("storefront")
    ),
    {
      cwd: path.join(appDir, "storefront"),
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(storefrontPort),
        MEDUSA_BACKEND_URL: `http://127.0.0.1:${backendPort}`,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        NEXT_PUBLIC_BASE_URL: `http://127.0.0.1:${storefrontPort}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      logFile: path.join(logDir, "storefront.log"),
    }
  )
  if (
    !(await waitForHttp(`http://127.0.0.1:${backendPort}/health`, { timeoutMs: 180_000, isDead: () => backend.exited }))
  ) {
    throw new Error(`the backend did not come up; see ${backend.logFile}`)
  }
  if (
    !(await waitForHttp(`http://127.0.0.1:${storefrontPort}/vi`, {
      timeoutMs: 120_000,
      isDead: () => storefront.exited,
    }))
  ) {
    throw new Error(`the storefront did not come up; see ${storefront.logFile}`)
  }
}

/** One warm-up purchase, then `runs` timed ones per cart size; producers take turns so no stock runs out. */
async function measurePhase(phase, { api, regionId, variants }) {
  const results = []
  let turn = 0
  for (const size of cartSizes) {
    const samples = Object.fromEntries(MEASURES.map((m) => [m, []]))
    for (let run = 0; run <= runs; run++) {
      const picked = Array.from({ length: size }, (_, i) => variants[(turn * size + i) % variants.length])
      turn += 1
      const timings = await timePurchase({
        api,
        storefrontUrl: `http://127.0.0.1:${storefrontPort}`,
        regionId,
        variants: picked,
      })
      if (run === 0) continue
      for (const m of MEASURES) samples[m].push(timings[m])
    }
    const stats = Object.fromEntries(MEASURES.map((m) => [m, latencyStats(samples[m])]))
    step(
      `${phase}, ${size} producers: cart page p95 ${stats.cartPage.p95.toFixed(0)} ms, completion p50 ${stats.completion.p50.toFixed(0)} ms`
    )
    results.push({ phase, producers: size, stats })
    // Each size's figures as soon as they are in: a long run interrupted later keeps them.
    console.log(formatTable(results.slice(-1)))
  }
  return results
}

const LABELS = {
  cartPage: "cart page (first render after a change)",
  cartPageTtfb: "cart page, time to first byte",
  cartPageWarm: "cart page (unchanged cart)",
  addressStep: "address step",
  deliveryStep: "delivery step",
  placeOrderStep: "place order step",
  completion: "completion alone",
}

function formatTable(results) {
  const lines = ["| catalogue | producers in cart | measure | p50 ms | p95 ms |", "| --- | --- | --- | --- | --- |"]
  for (const { phase, producers, stats } of results) {
    for (const m of MEASURES)
      lines.push(`| ${phase} | ${producers} | ${LABELS[m]} | ${stats[m].p50.toFixed(0)} | ${stats[m].p95.toFixed(0)} |`)
  }
  const demo = results.filter((r) => r.phase === "demo")
  const ratios = results.flatMap((big) => {
    const base = big.phase === "demo" ? undefined : demo.find((r) => r.producers === big.producers)
    return base
      ? MEASURES.map(
          (m) => `| ${big.producers} | ${LABELS[m]} | ${(big.stats[m].p95 / base.stats[m].p95).toFixed(2)} |`
        )
      : []
  })
  if (ratios.length)
    lines.push("", "| producers in cart | measure | p95 ratio (+synthetic / demo) |", "| --- | --- | --- |", ...ratios)
  return lines.join("\n")
}

async function main() {
  fs.mkdirSync(logDir, { recursive: true })
  fs.mkdirSync(benchDir, { recursive: true })
  await buildApp(rootDir)
  if (appDir !== rootDir) await buildApp(appDir)

  // The PostgreSQL service when it answers, else an embedded one.
  await run.openDatabase({ serverUrl: options["database-url"], logDir })
  step(`${run.database.description}; loading the demo catalogue…`)
  const publishableKey = await loadDemoMarketplace({ databaseUrl: run.database.url, uploadDir, logDir })
  step(`starting the backend and storefront of ${appDir}…`)
  await startApp(publishableKey)

  const api = storeApi(`http://127.0.0.1:${backendPort}`, publishableKey)
  const {
    json: { regions },
  } = await api.get("/store/regions")
  const variants = await stockedVariantPerProducer(api)
  step(`${variants.length} producers with stock; ${runs} runs per cart size after one warm-up`)
  const context = { api, regionId: regions[0].id, variants }
  const results = await measurePhase("demo", context)

  let loading
  if (syntheticProducers > 0) {
    step(`adding ${syntheticProducers.toLocaleString("en")} synthetic producers with their delivery options…`)
    const products = options["synthetic-products"] ? Number(options["synthetic-products"]) : undefined
    loading = await addSyntheticProducers({
      databaseUrl: run.database.url,
      uploadDir,
      logDir,
      producers: syntheticProducers,
      products,
    })
    step(`loaded in ${(loading.total_ms / 1000).toFixed(1)} s; planner statistics refreshed`)
    results.push(...(await measurePhase(`demo + ${syntheticProducers.toLocaleString("en")}`, context)))
  }

  const figures = { appDir, runs, cartSizes, syntheticProducers, loading, results }
  await cleanUp()
  console.log(`\n${formatTable(results)}`)
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
