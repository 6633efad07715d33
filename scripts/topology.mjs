#!/usr/bin/env node
// `npm run test:topology`: what docker-compose.yml describes, proven with native processes (Docker
// cannot run here). PostgreSQL (the machine's service with a throwaway database, or embedded),
// Redis (append-only, own port and folder), the real Meilisearch binary, two backend servers
// (MEDUSA_WORKER_MODE=server) behind a round-robin proxy, one worker, and the storefront, all from
// the production builds. It runs a smoke subset of the Playwright suite against the stack, then
// four faults, and prints what was sent, what arrived, what was lost and what was duplicated.
// Exits non-zero when anything was lost or duplicated, or a check failed.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import exitHook from "async-exit-hook"
import { buildProductImages } from "../seed/images/build-images.mjs"
import { analyzeDatabase, createThrowawayDatabase } from "./lib/bench/throwaway-database.mjs"
import { backendServerDir, dataDir as rootDataDir, rootDir } from "./lib/paths.mjs"
import { isListening, runStep, stopAll } from "./lib/processes.mjs"
import { storeClient } from "./lib/topology/checkout.mjs"
import {
  adminClient,
  killServerDuringCheckouts,
  killWorkerWithQueuedWork,
  pauseMeilisearch,
  restartRedis,
} from "./lib/topology/faults.mjs"
import { buildBackend, buildShared, buildStorefront, medusaBin } from "./lib/topology/production-build.mjs"
import { startRoundRobinProxy } from "./lib/topology/proxy.mjs"
import {
  backendEnvironment,
  medusaProcess,
  meilisearchServer,
  redisServer,
  storefrontProcess,
} from "./lib/topology/stack.mjs"

const { values: options } = parseArgs({
  options: {
    // The smoke subset of the e2e suite (search, a COD checkout from two producers, a producer ships).
    grep: {
      type: "string",
      default:
        "vi: search without diacritics|vi: two producers, standard delivery, cash on delivery|fulfils a COD order to delivered",
    },
    "skip-smoke": { type: "boolean", default: false },
    checkouts: { type: "string", default: "30" },
  },
})

const PORTS = {
  proxy: 9500,
  serverA: 9501,
  serverB: 9502,
  worker: 9503,
  meilisearch: 9577,
  redis: 9579,
  storefront: 8500,
}
const dataDir = path.join(rootDataDir, "topology")
const logDir = path.join(dataDir, "logs")
const admin = {
  email: process.env.ADMIN_EMAIL ?? "admin@ocop.local",
  password: process.env.ADMIN_PASSWORD ?? "ocop-admin-2026",
}
const startedAt = Date.now()
const timings = {}
let database
let proxy
let cleaning

const log = (message) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`)

async function timed(name, task) {
  const t = Date.now()
  try {
    return await task()
  } finally {
    timings[name] = (Date.now() - t) / 1000
  }
}

function cleanUp() {
  cleaning ??= (async () => {
    await proxy?.close()
    await stopAll(5_000)
    await database?.remove().catch((error) => console.error(`could not remove the database: ${error.message}`))
  })()
  return cleaning
}
exitHook((done) => cleanUp().then(done))
// Stopping Medusa processes takes longer than the hook's default 10 s before it gives up.
exitHook.forceExitTimeout(60_000)

async function startStack() {
  for (const [name, port] of Object.entries(PORTS)) {
    if (await isListening(port)) throw new Error(`port ${port} (${name}) is in use: is another topology run going?`)
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(logDir, { recursive: true })
  await timed("build", async () => {
    await buildShared({ logDir, log })
    await buildBackend({ logDir, log })
    await buildStorefront({ env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, logDir, log })
    await buildProductImages()
  })

  const machinePostgres =
    process.env.TOPOLOGY_DATABASE_URL ??
    ((await isListening(5432)) ? "postgres://postgres@127.0.0.1:5432/postgres" : undefined)
  database = await createThrowawayDatabase({
    serverUrl: machinePostgres,
    dir: path.join(dataDir, "postgres"),
    log,
    prefix: "ocop_topology",
  })
  log(`PostgreSQL: ${database.description}`)
  const redis = redisServer({ port: PORTS.redis, dir: path.join(dataDir, "redis"), logDir })
  await redis.start()
  const meili = meilisearchServer({ port: PORTS.meilisearch, dir: path.join(dataDir, "meilisearch"), logDir })
  await meili.start()
  log(`Redis ${redis.url} (append-only), Meilisearch ${meili.host}`)

  const publicUrl = `http://127.0.0.1:${PORTS.proxy}`
  const storefrontUrl = `http://localhost:${PORTS.storefront}`
  const env = backendEnvironment({
    databaseUrl: database.url,
    redisUrl: redis.url,
    meili,
    publicUrl,
    storefrontUrl,
    dataDir,
  })

  await timed("migrate + seed", async () => {
    log("migrating and seeding once (as the server container does before it starts)…")
    await runStep(medusaBin, ["db:migrate"], { cwd: backendServerDir, env, logFile: path.join(logDir, "migrate.log") })
    await runStep(medusaBin, ["exec", "./src/scripts/setup-store.js"], {
      cwd: backendServerDir,
      env,
      logFile: path.join(logDir, "setup.log"),
    })
    await analyzeDatabase(database.url)
  })
  // Medusa serves /static from the build folder: point it at the uploads, as `npm start` does.
  const staticDir = path.join(backendServerDir, "static")
  fs.rmSync(staticDir, { recursive: true, force: true })
  fs.mkdirSync(env.FILE_UPLOAD_DIR, { recursive: true })
  fs.symlinkSync(env.FILE_UPLOAD_DIR, staticDir)

  const servers = [
    medusaProcess({ name: "server-a", mode: "server", port: PORTS.serverA, env, logDir }),
    medusaProcess({ name: "server-b", mode: "server", port: PORTS.serverB, env, logDir }),
  ]
  const worker = medusaProcess({ name: "worker", mode: "worker", port: PORTS.worker, env, logDir })
  await timed("start processes", async () => {
    log("starting two servers and the worker…")
    await Promise.all([...servers, worker].map((p) => p.start()))
    proxy = await startRoundRobinProxy({ port: PORTS.proxy, targets: servers.map((s) => s.url) })
    log(`proxy ${proxy.url} → ${servers.map((s) => s.url).join(", ")}; starting the storefront…`)
    await storefrontProcess({ port: PORTS.storefront, backendUrl: proxy.url, dataDir, logDir }).start()
  })
  const publishableKey = fs.readFileSync(env.PUBLISHABLE_KEY_FILE, "utf8").trim()
  return { redis, meili, servers, worker, env, publicUrl, storefrontUrl, publishableKey }
}

/** Playwright in a child process, awaited: the proxy runs in this process and must keep serving meanwhile. */
function runSmoke(stack) {
  log(`smoke: Playwright --grep "${options.grep}"`)
  const playwright = spawn(path.join(rootDir, "node_modules", ".bin", "playwright"), ["test", "--grep", options.grep], {
    cwd: path.join(rootDir, "e2e"),
    stdio: "inherit",
    env: {
      ...process.env,
      CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      E2E_STOREFRONT_URL: stack.storefrontUrl,
      E2E_BACKEND_URL: stack.publicUrl,
      E2E_PUBLISHABLE_KEY_FILE: stack.env.PUBLISHABLE_KEY_FILE,
      E2E_OUTBOX_DIR: stack.env.NOTIFICATION_OUTBOX_DIR,
      E2E_STEP_TIMEOUT_MS: process.env.E2E_STEP_TIMEOUT_MS ?? "30000",
    },
  })
  return new Promise((resolve) => playwright.on("exit", (code) => resolve(code === 0)))
}

/** The worker fills the Meilisearch index after it starts: search is ready when it finds the catalogue. */
async function waitForSearchIndex(stack, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const response = await fetch(`${stack.publicUrl}/store/search`, {
      method: "POST",
      headers: { "x-publishable-api-key": stack.publishableKey, "content-type": "application/json" },
      body: JSON.stringify({
        entity: "product",
        filters: {},
        search_options: { count: "exact" },
        pagination: { take: 1 },
      }),
    }).catch(() => undefined)
    const count = response?.ok ? (await response.json()).results?.[0]?.metadata?.count : undefined
    if (count > 0) return count
    await new Promise((r) => setTimeout(r, 1_000))
  }
  throw new Error(`the search index was not filled within ${timeoutMs / 1000} s`)
}

const count = (value) => (Array.isArray(value) ? value.length : value)

function printTable(rows) {
  const header = ["check", "sent", "arrived", "lost", "duplicated", "note"]
  const lines = rows.map((r) => [
    r.check,
    String(r.sent),
    String(r.arrived),
    String(count(r.lost)),
    String(count(r.duplicated)),
    r.note ?? "",
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const format = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`
  console.log(
    `\n${format(header)}\n| ${widths.map((w) => "-".repeat(w)).join(" | ")} |\n${lines.map(format).join("\n")}`
  )
  for (const r of rows) {
    for (const item of [...(Array.isArray(r.lost) ? r.lost : []), ...(Array.isArray(r.duplicated) ? r.duplicated : [])])
      console.log(`  ${r.check}: ${item}`)
  }
}

async function main() {
  const stack = await startStack()
  const indexed = await timed("search index", () => waitForSearchIndex(stack))
  log(`${indexed} products in the search index`)
  log(`stack up in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
  const rows = []
  const failures = []

  if (!options["skip-smoke"]) {
    const passed = await timed("smoke", async () => runSmoke(stack))
    if (!passed) failures.push("the smoke subset of the e2e suite failed")
  }

  const shop = {
    ...(await storeClient(stack.publicUrl, stack.publishableKey)),
    backendUrl: stack.publicUrl,
    publishableKey: stack.publishableKey,
  }
  const office = await adminClient(stack.publicUrl, admin)
  const { json } = await shop.api.get("/store/products?limit=12&fields=id&order=created_at")
  const productIds = json.products.map((p) => p.id)
  const outboxDir = stack.env.NOTIFICATION_OUTBOX_DIR

  const a = await timed("fault a", () =>
    killServerDuringCheckouts({
      shop,
      servers: stack.servers,
      databaseUrl: database.url,
      count: Number(options.checkouts),
      log,
    })
  )
  rows.push({
    check: "a) kill -9 a server: checkouts",
    ...a,
    note: `${a.note}; proxy re-routed ${proxy.counts.rerouted}, dropped ${proxy.counts.dropped}`,
  })

  const b = await timed("fault b", () =>
    killWorkerWithQueuedWork({
      shop,
      worker: stack.worker,
      admin: office,
      meili: stack.meili,
      databaseUrl: database.url,
      outboxDir,
      productIds,
      log,
    })
  )
  rows.push({ check: "b) worker down: checkouts", ...b.orders })
  rows.push({ check: "b) worker down: order e-mails", ...b.mail })
  rows.push({
    check: "b) worker down: search updates",
    ...b.search,
    note: `in the index ${b.search.seconds.toFixed(1)} s after the restart`,
  })
  rows.push({ check: "b) worker killed mid-update: search", ...b.searchInFlight })

  const c = await timed("fault c", () => pauseMeilisearch({ shop, meili: stack.meili, admin: office, productIds, log }))
  const retryAfter = c.search.retryAfter
  const searchOk = c.search.status === 503 && !!retryAfter
  if (!searchOk)
    failures.push(
      `search while Meilisearch was paused answered ${c.search.status} after ${Math.round(c.search.ms)} ms (Retry-After: ${retryAfter ?? "none"}), not 503 with Retry-After`
    )
  rows.push({
    check: "c) Meilisearch paused: search",
    sent: 1,
    arrived: searchOk ? 1 : 0,
    lost: [],
    duplicated: [],
    note: `${c.search.status} in ${Math.round(c.search.ms)} ms, Retry-After ${retryAfter ?? "none"}`,
  })
  rows.push({
    check: "c) Meilisearch paused: writes",
    ...c.writes,
    note: `in the index ${c.writes.seconds.toFixed(1)} s after it resumed`,
  })

  const d = await timed("fault d", () =>
    restartRedis({
      shop,
      redis: stack.redis,
      admin: office,
      meili: stack.meili,
      databaseUrl: database.url,
      outboxDir,
      productIds,
      log,
    })
  )
  rows.push({ check: "d) Redis restarted: checkouts", ...d.orders })
  rows.push({ check: "d) Redis restarted: order e-mails", ...d.mail })
  rows.push({ check: "d) Redis restarted: search updates", ...d.search })

  printTable(rows)
  for (const r of rows)
    if (count(r.lost) || count(r.duplicated) || r.arrived !== r.sent)
      failures.push(
        `${r.check}: ${r.arrived} of ${r.sent} arrived, ${count(r.lost)} lost, ${count(r.duplicated)} duplicated`
      )
  console.log(
    `\ntimes: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${v.toFixed(0)} s`)
      .join(", ")}; total ${((Date.now() - startedAt) / 1000).toFixed(0)} s`
  )
  if (failures.length) {
    console.error(`\ntopology test FAILED:\n- ${failures.join("\n- ")}\nlogs: ${logDir}`)
    return 1
  }
  console.log("\ntopology test passed: nothing lost, nothing duplicated")
  return 0
}

let exitCode = 1
try {
  exitCode = await main()
} catch (error) {
  console.error(error.stack ?? error)
} finally {
  await cleanUp()
}
process.exit(exitCode)
