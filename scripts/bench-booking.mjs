#!/usr/bin/env node
// `npm run bench:booking [-- --synthetic-producers 2500 --buyers 50 --json out.json]`: a benchmark that
// also fails. Loads the demo catalogue and the synthetic producers into a throwaway database, adds one
// published workshop with 10 sessions of 4 places (its host takes payment on arrival), starts the
// production build of the backend, and lets --buyers buyers at once each take 1 adult in a random
// session with their own cart, name the guest and complete (cash on arrival or VietQR, at random).
// Prints p50/p95 of adding the booking (the hold) and of the completion, how many got a place or 409,
// and exits non-zero if any session holds or has confirmed more places than it has (read in the database).
import fs from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { parseArgs } from "node:util"
import pg from "pg"
import { benchRun } from "./lib/bench/bench-run.mjs"
import { latencyStats } from "./lib/bench/load-generator.mjs"
import { addSyntheticProducers, backendEnv, loadDemoMarketplace } from "./lib/bench/marketplace-database.mjs"
import { backendServerDir, dataDir, rootDir } from "./lib/paths.mjs"
import { runStep, startService, waitForHttp } from "./lib/processes.mjs"
import { buildBackend, medusaBin } from "./lib/topology/production-build.mjs"
import { waitForSeed } from "./lib/bench/search-seed.mjs"

const { values: options } = parseArgs({
  options: {
    "synthetic-producers": { type: "string", default: "2500" },
    buyers: { type: "string", default: "50" },
    "database-url": {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    "backend-port": { type: "string", default: "9220" },
    json: { type: "string" },
  },
})
const buyers = Number(options.buyers)
const syntheticProducers = Number(options["synthetic-producers"])
const backendPort = Number(options["backend-port"])
const backendUrl = `http://127.0.0.1:${backendPort}`
const benchDir = path.join(dataDir, "bench-booking")
const logDir = path.join(dataDir, "logs", "bench-booking")
const uploadDir = path.join(benchDir, "uploads")
// The bank account VietQR payments are made out to (any valid one: nothing is paid in a bench). The
// setup enables VietQR in the region only when it is set, so every step's environment gets it.
Object.assign(process.env, {
  VIETQR_BANK_BIN: process.env.VIETQR_BANK_BIN ?? "970436",
  VIETQR_ACCOUNT_NUMBER: process.env.VIETQR_ACCOUNT_NUMBER ?? "0071000123456",
  VIETQR_ACCOUNT_NAME: process.env.VIETQR_ACCOUNT_NAME ?? "CHO OCOP BENCH",
})
const PROVIDERS = ["pp_system_default", "pp_vietqr_vietqr"]
const GUEST = { name: "Nguyễn Văn Bench", nationality: "VN", phone: "0912345678" }

// step() prints with the time since the start; cleanUp() stops what the run started and removes its database.
const run = benchRun({ benchDir })
const { step, cleanUp } = run

async function call(method, url, { body, headers = {} } = {}) {
  const started = performance.now()
  const response = await fetch(`${backendUrl}${url}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await response.json().catch(() => ({}))
  return { status: response.status, data, ms: performance.now() - started }
}
async function expectOk(method, url, options) {
  const answer = await call(method, url, options)
  if (answer.status >= 300)
    throw new Error(`${method} ${url} answered ${answer.status}: ${JSON.stringify(answer.data).slice(0, 300)}`)
  return answer
}

/** One buyer: a cart, 1 adult in a random session (timed), the guest, a payment method, the completion (timed). */
async function buyer(headers, regionId, experience, index) {
  // Each buyer its own e-mail: Medusa makes one guest customer per e-mail, and racing carts would make it twice.
  const { data } = await expectOk("POST", "/store/carts", {
    body: { region_id: regionId, email: `bench-buyer-${index}@example.vn` },
    headers,
  })
  const cartId = data.cart.id
  const sessionId = experience.session_ids[Math.floor(Math.random() * experience.session_ids.length)]
  const hold = await call("POST", `/store/ocop/carts/${cartId}/bookings`, {
    body: { session_id: sessionId, participants: { [experience.adult_id]: 1 }, guests: [GUEST] },
    headers,
  })
  if (hold.status === 409) return { hold }
  if (hold.status !== 201) throw new Error(`hold answered ${hold.status}: ${JSON.stringify(hold.data).slice(0, 300)}`)
  const {
    data: { payment_collection },
  } = await expectOk("POST", "/store/payment-collections", { body: { cart_id: cartId }, headers })
  const provider = PROVIDERS[Math.floor(Math.random() * PROVIDERS.length)]
  await expectOk("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    body: { provider_id: provider },
    headers,
  })
  const completion = await call("POST", `/store/ocop/carts/${cartId}/complete`, { headers })
  return { hold, completion }
}

/** Each session's capacity, places held now and places in confirmed or requested bookings. */
async function sessionPlaces(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(`
      select s.id, s.capacity,
        (select coalesce(sum(h.seats), 0)::int from booking_hold h
          where h.session_id = s.id and h.deleted_at is null and (h.expires_at is null or h.expires_at > now())) as held,
        (select coalesce(sum(b.seats), 0)::int from booking b
          where b.session_id = s.id and b.deleted_at is null and b.status in ('confirmed', 'requested', 'checked_in')) as confirmed
      from experience_session s where s.deleted_at is null order by s.starts_at`)
    return rows
  } finally {
    await client.end()
  }
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
  if (syntheticProducers > 0) {
    step(`adding ${syntheticProducers.toLocaleString("en")} synthetic producers…`)
    await addSyntheticProducers({ databaseUrl: run.database.url, uploadDir, logDir, producers: syntheticProducers })
  }
  const env = backendEnv({ databaseUrl: run.database.url, port: backendPort, uploadDir })
  const experienceFile = path.join(logDir, "experience.json")
  await runStep(medusaBin, ["exec", "./src/scripts/bench/load-bench-experiences.js"], {
    cwd: backendServerDir,
    env: { ...env, BENCH_RESULT_FILE: experienceFile },
    logFile: path.join(logDir, "experiences.log"),
  })
  const experience = JSON.parse(fs.readFileSync(experienceFile, "utf8"))
  step(`one workshop with ${experience.session_ids.length} sessions; starting the backend…`)
  const logFile = path.join(logDir, "backend.log")
  const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0
  const backend = startService("bench-backend", path.join(rootDir, "node_modules", ".bin", "medusa"), ["start"], {
    cwd: backendServerDir,
    env,
    logFile,
  })
  if (!(await waitForHttp(`${backendUrl}/health`, { timeoutMs: 180_000, isDead: () => backend.exited })))
    throw new Error(`the backend did not come up; see ${backend.logFile}`)
  // The product index is seeded in the background after boot: buyers measured meanwhile share the cores with it.
  step(`product index seeded (${await waitForSeed(backend, { fromByte: logStart })})`)

  const headers = { "x-publishable-api-key": publishableKey }
  const { data } = await expectOk("GET", "/store/regions", { headers })
  step(`${buyers} buyers at once…`)
  const results = await Promise.all(
    Array.from({ length: buyers }, (_, index) => buyer(headers, data.regions[0].id, experience, index))
  )
  const holds = results.map((result) => result.hold)
  const completions = results.flatMap((result) => (result.completion ? [result.completion] : []))
  // Bookings are confirmed by a subscriber just after their checkout is placed: give the last ones a moment.
  const completed = completions.filter((completion) => completion.status === 201).length
  let places = await sessionPlaces(run.database.url)
  for (let wait = 0; wait < 50 && places.reduce((sum, s) => sum + s.confirmed, 0) < completed; wait++) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    places = await sessionPlaces(run.database.url)
  }
  const oversold = places.filter((session) => session.held > session.capacity || session.confirmed > session.capacity)
  const figures = {
    buyers,
    syntheticProducers,
    held: holds.filter((hold) => hold.status === 201).length,
    refused: holds.filter((hold) => hold.data?.code === "session_full").length,
    // Any other refusal (a lock wait that ran out answers 409 without `session_full`), by status and code.
    otherRefusals: holds
      .filter((hold) => hold.status !== 201 && hold.data?.code !== "session_full")
      .map((hold) => `${hold.status} ${hold.data?.code ?? hold.data?.message ?? ""}`),
    completed,
    completionRefusals: completions.filter((completion) => completion.status !== 201).map((c) => c.status),
    hold: latencyStats(holds.map((hold) => hold.ms)),
    completion: latencyStats(completions.map((completion) => completion.ms)),
    sessions: places,
  }
  await cleanUp()
  const catalogue = `demo + ${syntheticProducers.toLocaleString("en")} producers`
  console.log(
    [
      "",
      `${figures.held} buyers got a place, ${figures.refused} got 409 session_full${
        figures.otherRefusals.length ? `, other refusals: ${figures.otherRefusals.join("; ")}` : ""
      }; ${figures.completed} completions succeeded${
        figures.completionRefusals.length ? `, refused: ${figures.completionRefusals.join(", ")}` : ""
      }`,
      `places confirmed per session (of ${places[0]?.capacity ?? 0}): ${places.map((session) => session.confirmed).join(", ")}`,
      "",
      "| catalogue | measure | p50 ms | p95 ms |",
      "| --- | --- | --- | --- |",
      `| ${catalogue} | add to cart with hold (${holds.length} buyers at once) | ${figures.hold.p50.toFixed(0)} | ${figures.hold.p95.toFixed(0)} |`,
      `| ${catalogue} | completion (${completions.length}) | ${figures.completion.p50.toFixed(0)} | ${figures.completion.p95.toFixed(0)} |`,
    ].join("\n")
  )
  if (options.json) fs.writeFileSync(options.json, JSON.stringify(figures, null, 2))
  if (oversold.length) {
    console.error(`OVERSOLD: ${oversold.map((s) => `${s.id} ${s.held}/${s.confirmed} of ${s.capacity}`).join("; ")}`)
    return 1
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(error.stack ?? error)
    await cleanUp()
    process.exit(1)
  }
)
