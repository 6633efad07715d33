#!/usr/bin/env node
// `npm run bench:reports [-- --lines 100000 --products 2000 --rounds 20 --json out.json]`: the office's
// reports under a province's two years of sales. Loads the demo marketplace and synthetic producers
// into a throwaway database until it holds --products products, writes --lines sales facts over the
// last two years (the rows the order events write, one per producer order line, ~3 % later cancelled),
// starts the production build of the backend and, signed in as the office, times:
// - the dashboard's first load: the calls its page makes (plans, a plan's progress, the sales trend,
//   the district breakdown), --rounds times, p50/p95 per call and over all;
// - a drill-down from the province to a former district, a commune, a producer and its products;
// - a full-year sales XLSX export with its line-by-line sheet: time, bytes, and the server's peak
//   resident memory growth while it streams.
// Exits non-zero when a call fails. Targets (issue 20): dashboard calls p95 ≤ 300 ms, the export
// ≤ 20 s with memory growth under 300 MB.
import fs from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { parseArgs } from "node:util"
import pg from "pg"
import { benchRun } from "./lib/bench/bench-run.mjs"
import { latencyStats } from "./lib/bench/load-generator.mjs"
import { addSyntheticProducers, backendEnv, loadDemoMarketplace } from "./lib/bench/marketplace-database.mjs"
import { treeRss } from "./lib/bench/rss-sampler.mjs"
import { analyzeDatabase } from "./lib/bench/throwaway-database.mjs"
import { backendServerDir, dataDir, rootDir } from "./lib/paths.mjs"
import { startService, waitForHttp } from "./lib/processes.mjs"
import { buildBackend } from "./lib/topology/production-build.mjs"

const { values: options } = parseArgs({
  options: {
    lines: { type: "string", default: "100000" },
    products: { type: "string", default: "2000" },
    rounds: { type: "string", default: "20" },
    "database-url": {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    "backend-port": { type: "string", default: "9230" },
    json: { type: "string" },
  },
})
const lines = Number(options.lines)
const wantedProducts = Number(options.products)
const rounds = Number(options.rounds)
const backendPort = Number(options["backend-port"])
const backendUrl = `http://127.0.0.1:${backendPort}`
const benchDir = path.join(dataDir, "bench-reports")
const logDir = path.join(dataDir, "logs", "bench-reports")
const uploadDir = path.join(benchDir, "uploads")
const ADMIN = { email: "admin@ocop.local", password: "ocop-admin-2026" }

const run = benchRun({ benchDir })
const { step, cleanUp } = run

async function call(url, headers, { method = "GET", body } = {}) {
  const started = performance.now()
  const response = await fetch(`${backendUrl}${url}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await response.json().catch(() => ({}))
  const ms = performance.now() - started
  if (response.status >= 300)
    throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(data).slice(0, 300)}`)
  return { data, ms }
}

async function query(sql, params = []) {
  const client = new pg.Client({ connectionString: run.database.url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

/**
 * `count` sales facts spread over the 730 days before today, each a line of a random product with
 * the dimensions the fact writer copies (its certificate, origin and producer); every 33rd line is
 * cancelled a day later (a negative fact), as the cancellation event would record it.
 */
async function writeSalesFacts(count) {
  await query(
    `with products as (
       select p.id as product_id, pp.producer_id, row_number() over (order by p.id) as n,
         c.stars, c.product_set, c.product_group, o.province_code, o.former_district, o.commune_code,
         pr.legal_form, pr.women_led, pr.ethnic_minority_led
       from product p
       join product_product_producer_producer pp on pp.product_id = p.id and pp.deleted_at is null
       join producer pr on pr.id = pp.producer_id
       left join lateral (
         select c.stars, c.product_set, c.product_group from product_product_ocop_ocop_certificate pc
         join ocop_certificate c on c.id = pc.ocop_certificate_id
         where pc.product_id = p.id and pc.deleted_at is null order by c.decision_date desc limit 1) c on true
       left join product_product_ocop_ocop_origin po on po.product_id = p.id and po.deleted_at is null
       left join ocop_origin o on o.id = po.ocop_origin_id
       where p.deleted_at is null),
     total as (select count(*) as n from products),
     lines as (
       select g, 1 + (g::bigint * 7919) % total.n as n, 1 + g % 5 as quantity, 50000 + (g % 19) * 25000 as price,
         current_date - 730 + (g % 730) as day, (array['retail_online','retail_online','wholesale','tourism'])[1 + g % 4] as channel
       from generate_series(1, $1::int) g, total),
     facts as (
       select 'placed' as kind, l.g, l.day, l.quantity, l.quantity * l.price as amount, l.channel, p.* from lines l join products p using (n)
       union all
       select 'cancelled', l.g, l.day + 1, -l.quantity, -l.quantity * l.price, l.channel, p.* from lines l join products p using (n) where l.g % 33 = 0)
     insert into sales_fact (id, source_key, kind, day, order_id, line_item_id, producer_id, product_id, channel,
       quantity, amount, raw_amount, product_group, product_set, stars, province_code, former_district, commune_code,
       legal_form, women_led, ethnic_minority_led, created_at, updated_at)
     select 'sfact_bench_' || kind || '_' || g, kind || ':bench_line_' || g, kind, to_char(day, 'YYYY-MM-DD'),
       'order_bench_' || (g / 3), 'bench_line_' || g, producer_id, product_id, channel, quantity, amount,
       jsonb_build_object('value', amount::text, 'precision', 20), product_group, product_set, stars, province_code,
       former_district, commune_code, legal_form, women_led, ethnic_minority_led, now(), now()
     from facts`,
    [count]
  )
}

/** The backend's resident memory, sampled every 25 ms while `work` runs: before, peak, growth. */
async function peakMemory(pid, work) {
  const before = treeRss(pid)
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 25)
  try {
    const result = await work()
    peak = Math.max(peak, treeRss(pid))
    return { result, before, peak, growth: peak - before }
  } finally {
    clearInterval(timer)
  }
}

const ms = (value) => value.toFixed(0)
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0)

async function main() {
  fs.mkdirSync(logDir, { recursive: true })
  fs.mkdirSync(benchDir, { recursive: true })
  await buildBackend({ logDir, log: step })
  await run.openDatabase({ serverUrl: options["database-url"], logDir })
  step(`${run.database.description}; loading the demo marketplace…`)
  await loadDemoMarketplace({ databaseUrl: run.database.url, uploadDir, logDir })
  const [{ n: demoProducts }] = await query("select count(*)::int as n from product where deleted_at is null")
  const missing = Math.max(0, wantedProducts - demoProducts)
  if (missing > 0) {
    step(`${demoProducts} demo products; adding ${missing} synthetic products of ${Math.ceil(missing / 2)} producers…`)
    await addSyntheticProducers({
      databaseUrl: run.database.url,
      uploadDir,
      logDir,
      producers: Math.ceil(missing / 2),
      products: missing,
    })
  }
  const [{ n: products }] = await query("select count(*)::int as n from product where deleted_at is null")
  step(`${products} products; writing ${lines.toLocaleString("en")} sales facts over two years…`)
  const writing = performance.now()
  await writeSalesFacts(lines)
  await analyzeDatabase(run.database.url)
  const [{ n: facts }] = await query("select count(*)::int as n from sales_fact")
  step(`${facts.toLocaleString("en")} facts in ${ms(performance.now() - writing)} ms; starting the backend…`)

  const backend = startService("bench-backend", path.join(rootDir, "node_modules", ".bin", "medusa"), ["start"], {
    cwd: backendServerDir,
    env: backendEnv({ databaseUrl: run.database.url, port: backendPort, uploadDir }),
    logFile: path.join(logDir, "backend.log"),
  })
  if (!(await waitForHttp(`${backendUrl}/health`, { timeoutMs: 180_000, isDead: () => backend.exited })))
    throw new Error(`the backend did not come up; see ${backend.logFile}`)
  const {
    data: { token },
  } = await call("/auth/user/emailpass", {}, { method: "POST", body: ADMIN })
  const headers = { authorization: `Bearer ${token}` }

  const { data } = await call("/admin/ocop/reports/plans", headers)
  const plan = data.plans.find((candidate) => !candidate.demo) ?? data.plans[0]
  if (!plan) throw new Error("no plan to report on: the setup loads the demo plans")
  const province = plan.province_code
  const year = new Date().getFullYear() - 1
  const period = `from=${year}-01-01&to=${year}-12-31&province_code=${province}`
  const dashboardCalls = {
    plans: "/admin/ocop/reports/plans",
    progress: `/admin/ocop/reports/plans/${plan.id}/progress`,
    trend: `/admin/ocop/reports/indicators/sales_vnd/trend?interval=month&${period}`,
    breakdown: `/admin/ocop/reports/indicators/sales_vnd/breakdown?level=district&${period}`,
  }
  step(`dashboard of "${plan.name}" (${province}), ${rounds} first loads…`)
  const timings = Object.fromEntries(Object.keys(dashboardCalls).map((name) => [name, []]))
  for (let round = 0; round < rounds + 2; round++) {
    // The page makes its calls at once, as a browser does; the first two rounds warm the server up.
    const answers = await Promise.all(Object.values(dashboardCalls).map((url) => call(url, headers)))
    if (round >= 2) Object.keys(dashboardCalls).forEach((name, index) => timings[name].push(answers[index].ms))
  }

  step("drill-down: province → former district → commune → producer → products…")
  const drill = []
  const { data: districts, ms: districtMs } = await call(dashboardCalls.breakdown, headers)
  drill.push({ level: "district", ms: districtMs, rows: districts.rows.length })
  const district = [...districts.rows].sort((a, b) => b.value - a.value)[0]
  const { data: communes, ms: communeMs } = await call(
    `/admin/ocop/reports/indicators/sales_vnd/breakdown?level=commune&${period}&district=${encodeURIComponent(district.code)}`,
    headers
  )
  drill.push({ level: "commune", ms: communeMs, rows: communes.rows.length })
  const commune = [...communes.rows].sort((a, b) => b.value - a.value)[0]
  const { data: producers, ms: producerMs } = await call(
    `/admin/ocop/reports/indicators/sales_vnd/breakdown?level=producer&${period}&commune_code=${commune.code}`,
    headers
  )
  drill.push({ level: "producer", ms: producerMs, rows: producers.rows.length })
  const producer = [...producers.rows].sort((a, b) => b.value - a.value)[0]
  const { data: productRows, ms: productMs } = await call(
    `/admin/ocop/reports/indicators/sales_vnd/breakdown?level=product&${period}&producer_id=${producer.code}`,
    headers
  )
  drill.push({ level: "product", ms: productMs, rows: productRows.rows.length })

  step(`full-year XLSX export (${year}, every line)…`)
  const exportUrl = `${backendUrl}/admin/ocop/reports/sales.xlsx?by=group&detail=true&from=${year}-01-01&to=${year}-12-31`
  const exported = await peakMemory(backend.child.pid, async () => {
    const started = performance.now()
    const response = await fetch(exportUrl, { headers })
    if (response.status !== 200) throw new Error(`the export answered ${response.status}: ${await response.text()}`)
    const bytes = (await response.arrayBuffer()).byteLength
    return { ms: performance.now() - started, bytes }
  })
  const [{ n: yearLines }] = await query("select count(*)::int as n from sales_fact where day between $1 and $2", [
    `${year}-01-01`,
    `${year}-12-31`,
  ])
  await cleanUp()

  const all = latencyStats(Object.values(timings).flat())
  const figures = {
    products,
    facts,
    yearLines,
    dashboard: Object.fromEntries(Object.entries(timings).map(([name, list]) => [name, latencyStats(list)])),
    dashboardAll: all,
    drill,
    export: {
      ms: exported.result.ms,
      bytes: exported.result.bytes,
      rssBefore: exported.before,
      rssPeak: exported.peak,
      growth: exported.growth,
    },
  }
  console.log(
    [
      "",
      `${products.toLocaleString("en")} products, ${facts.toLocaleString("en")} sales facts over two years (${yearLines.toLocaleString("en")} in ${year})`,
      "",
      "| measure | p50 ms | p95 ms |",
      "| --- | --- | --- |",
      ...Object.entries(figures.dashboard).map(
        ([name, stats]) => `| dashboard: ${name} (${stats.count}) | ${ms(stats.p50)} | ${ms(stats.p95)} |`
      ),
      `| dashboard: all calls (${all.count}) | ${ms(all.p50)} | ${ms(all.p95)} |`,
      ...drill.map((level) => `| drill-down: ${level.level} (${level.rows} rows) | ${ms(level.ms)} | |`),
      "",
      `full-year XLSX export: ${(exported.result.ms / 1000).toFixed(1)} s, ${mb(exported.result.bytes)} MB; server memory ${mb(exported.before)} → peak ${mb(exported.peak)} MB (growth ${mb(exported.growth)} MB)`,
      `targets: dashboard p95 ≤ 300 ms: ${all.p95 <= 300 ? "met" : "NOT met"}; export ≤ 20 s: ${exported.result.ms <= 20_000 ? "met" : "NOT met"}; growth < 300 MB: ${exported.growth < 300 * 1024 * 1024 ? "met" : "NOT met"}`,
    ].join("\n")
  )
  if (options.json) fs.writeFileSync(options.json, JSON.stringify(figures, null, 2))
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
