#!/usr/bin/env node
// `npm run bench:pages [-- --storefront URL --pages home,catalogue,product,experience --runs 3 --json out.json]`:
// a benchmark, not a test. Against a running storefront (`npm start`, a production build), for the
// home page, the catalogue with filters, a product and an experience page:
//   1. the server's time to first byte at --concurrency 8 (an anonymous visitor: no cookie, so the
//      proxy's page cache serves home, catalogue and product; the experience page renders per request),
//   2. Lighthouse (the npm package) in /usr/bin/chromium, mobile preset, throttlingMethod "provided"
//      (no network or CPU throttling: this machine's loopback and cores), its four category scores
//      (median of --runs), the audits that cost points and its diagnostics of where the time goes.
// `--mode timing` is the first version of this bench: each page one request at a time, p50/p95 of the
// whole answer, and with `--pid` (the `next-server` process) the server's CPU per request from /proc.
import { spawn } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import {
  CATEGORIES,
  CHROMIUM_FLAGS,
  LIGHTHOUSE_SETTINGS,
  TARGETS,
  devtoolsPort,
  diagnostics,
  extractMetrics,
  extractScores,
  failingAudits,
  firstExperienceHandle,
  latencyStats,
  medianScores,
  missedTargets,
  parsePagesArgs,
  percentile,
} from "./lib/bench/pages.mjs"
import { rootDir } from "./lib/paths.mjs"

let options
try {
  options = parsePagesArgs(process.argv.slice(2), process.env)
} catch (error) {
  console.error(error.message)
  process.exit(2)
}

const catalogue = JSON.parse(fs.readFileSync(path.join(rootDir, "seed", "catalogue", "ocop-catalogue.json"), "utf8"))
const urlOf = (pagePath) => new URL(pagePath, options.storefront).toString()

// --- timing mode (one request at a time, whole answer) -------------------------------------------

async function timeOne(url) {
  const started = performance.now()
  const response = await fetch(url, { redirect: "manual" })
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  return performance.now() - started
}

// utime + stime of the process, in clock ticks (100 per second on Linux).
function cpuMs(pid) {
  if (!pid) return NaN
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
  return (Number(fields[11]) + Number(fields[12])) * 10
}

async function timingMode() {
  const product = catalogue.products[0]
  const pages = [
    { name: "product", path: `/vi/products/${options.product ?? product.handle}` },
    { name: "catalogue", path: "/vi/products" },
    { name: "producer", path: `/vi/producers/${product.producer}` },
  ]
  const { requests, warmup } = options
  console.log(
    `Page benchmark: ${options.storefront}, ${warmup} warm-up + ${requests} requests per page, one at a time\n`
  )
  console.log(
    ["page".padEnd(10), "p50 ms".padStart(8), "p95 ms".padStart(8), "max ms".padStart(8)].join("  ") +
      "  " +
      "server CPU ms/request".padStart(22)
  )
  for (const page of pages) {
    const url = urlOf(page.path)
    for (let i = 0; i < warmup; i++) await timeOne(url)
    const times = []
    const cpuBefore = cpuMs(options.pid)
    for (let i = 0; i < requests; i++) times.push(await timeOne(url))
    const cpuPerRequest = (cpuMs(options.pid) - cpuBefore) / requests
    times.sort((a, b) => a - b)
    const cells = [percentile(times, 50), percentile(times, 95), times.at(-1)].map((ms) => ms.toFixed(1).padStart(8))
    const cpu = Number.isNaN(cpuPerRequest) ? "–" : cpuPerRequest.toFixed(1)
    console.log([page.name.padEnd(10), ...cells, cpu.padStart(22)].join("  "))
  }
}

// --- Lighthouse mode ------------------------------------------------------------------------------

/** Time to the response's headers, over keep-alive connections from `concurrency` workers. */
async function ttfbAtConcurrency(url, { concurrency, requests, warmup }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const target = new URL(url)
  const cacheStates = {}
  const one = () =>
    new Promise((resolve, reject) => {
      const started = performance.now()
      const req = http.get(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, agent },
        (response) => {
          const ttfb = performance.now() - started
          const state = response.headers["x-page-cache"] ?? "none"
          response.resume()
          response.on("end", () => {
            if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode}`))
            resolve({ ttfb, state })
          })
          response.on("error", reject)
        }
      )
      req.on("error", reject)
    })
  const drive = async (count, record) => {
    let sent = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < count) {
          sent++
          const { ttfb, state } = await one()
          if (record) {
            record.push(ttfb)
            cacheStates[state] = (cacheStates[state] ?? 0) + 1
          }
        }
      })
    )
  }
  await drive(warmup, null)
  const times = []
  const started = performance.now()
  await drive(requests, times)
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { ...latencyStats(times), rps: times.length / seconds, cache: cacheStates }
}

async function startChromium() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pages-chromium-"))
  const child = spawn(
    options.chromium,
    [...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${userDataDir}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] }
  )
  let stderr = ""
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port in 30 s:\n${stderr}`)), 30_000)
    child.stderr.on("data", (chunk) => {
      stderr += chunk
      const found = devtoolsPort(stderr)
      if (found) {
        clearTimeout(timer)
        resolve(found)
      }
    })
    child.on("exit", (code) => reject(new Error(`Chromium exited (${code}):\n${stderr}`)))
  })
  child.stderr.resume()
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners("exit")
        child.once("exit", () => {
          // Chromium's helper processes can still be writing its cache after the main one exits.
          fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
          resolve()
        })
        child.kill("SIGTERM")
      }),
  }
}

async function findExperienceHandle() {
  if (options.experience) return options.experience
  const response = await fetch(urlOf("/vi/du-lich"))
  const handle = firstExperienceHandle(await response.text())
  if (!handle) throw new Error("No experience linked from /vi/du-lich: pass --experience <handle>")
  return handle
}

async function lighthouseMode() {
  const { default: lighthouse } = await import("lighthouse")
  const lighthouseVersion = JSON.parse(
    fs.readFileSync(path.join(rootDir, "node_modules", "lighthouse", "package.json"), "utf8")
  ).version
  const all = {
    home: { path: "/vi", cached: true },
    catalogue: { path: options.catalogue, cached: true },
    product: { path: `/vi/products/${options.product ?? catalogue.products[0].handle}`, cached: true },
    experience: { path: null, cached: false },
  }
  if (options.pages.includes("experience")) all.experience.path = `/vi/experiences/${await findExperienceHandle()}`
  const pages = options.pages.map((name) => ({ name, ...all[name] }))
  const load = os.loadavg().map((value) => value.toFixed(2))
  const settingsLine = `Lighthouse ${lighthouseVersion}, mobile preset (formFactor ${LIGHTHOUSE_SETTINGS.formFactor}), throttlingMethod: "${LIGHTHOUSE_SETTINGS.throttlingMethod}" (no network or CPU throttling), ${options.runs} run(s) per page, median`
  console.log(`Page benchmark: ${options.storefront}, ${new Date().toISOString()}, load ${load.join(" ")}`)
  console.log(settingsLine)
  console.log(`Chromium ${options.chromium} ${CHROMIUM_FLAGS.join(" ")}`)
  console.log(
    `TTFB: ${options.ttfbRequests} requests per page at concurrency ${options.concurrency}, anonymous, after a warm-up of ${options.concurrency * 5}\n`
  )

  const results = []
  for (const page of pages) {
    const ttfb = await ttfbAtConcurrency(urlOf(page.path), {
      concurrency: options.concurrency,
      requests: options.ttfbRequests,
      warmup: options.concurrency * 5,
    })
    results.push({ ...page, url: urlOf(page.path), ttfb, runs: [] })
    console.error(`  TTFB ${page.name}: p95 ${ttfb.p95.toFixed(1)} ms`)
  }

  const chromium = await startChromium()
  try {
    for (const result of results) {
      for (let run = 0; run < options.runs; run++) {
        const answer = await lighthouse(
          result.url,
          { port: chromium.port, output: "json", logLevel: "error" },
          { extends: "lighthouse:default", settings: LIGHTHOUSE_SETTINGS }
        )
        const lhr = answer.lhr
        if (lhr.runtimeError) throw new Error(`${result.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
        if (options.reports) {
          fs.mkdirSync(options.reports, { recursive: true })
          fs.writeFileSync(path.join(options.reports, `${result.name}-${run + 1}.json`), answer.report)
        }
        console.error(
          `  Lighthouse ${result.name} ${run + 1}/${options.runs}: performance ${extractScores(lhr).performance}`
        )
        result.runs.push({
          scores: extractScores(lhr),
          metrics: extractMetrics(lhr),
          failing: failingAudits(lhr),
          diagnostics: diagnostics(lhr),
        })
      }
      result.scores = medianScores(result.runs.map((run) => run.scores))
      result.missed = missedTargets(result.scores, result.ttfb.p95, result.cached)
    }
  } finally {
    await chromium.stop()
  }

  const header = ["page", "perf", "a11y", "b-p", "SEO", "TTFB p50", "TTFB p95", "served", "LCP ms", "TBT ms", "CLS"]
  const rows = results.map((result) => {
    const metrics = result.runs[Math.floor((result.runs.length - 1) / 2)].metrics
    return [
      result.name,
      ...CATEGORIES.map((id) => result.scores[id] ?? "–"),
      result.ttfb.p50.toFixed(1),
      result.ttfb.p95.toFixed(1),
      Object.entries(result.ttfb.cache)
        .map(([state, count]) => `${state} ${count}`)
        .join(", "),
      metrics.lcpMs,
      metrics.tbtMs,
      metrics.cls,
    ]
  })
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)))
  const line = (cells) => cells.map((cell, i) => String(cell)[i === 0 ? "padEnd" : "padStart"](widths[i])).join("  ")
  console.log(line(header))
  for (const row of rows) console.log(line(row))
  console.log(
    `\nTargets: performance ≥ ${TARGETS.performance}, accessibility ≥ ${TARGETS.accessibility}, SEO ${TARGETS.seo}; TTFB p95 ≤ ${TARGETS.cachedTtfbP95Ms} ms for pages from the page cache`
  )
  for (const result of results) {
    const last = result.runs.at(-1)
    console.log(
      `\n${result.name} ${result.path}: ${result.missed.length ? `MISSED ${result.missed.join("; ")}` : "all targets met"}`
    )
    for (const audit of last.failing) {
      console.log(
        `  ${audit.category.padEnd(14)} ${audit.id} (${audit.score})${audit.displayValue ? ` ${audit.displayValue}` : ""}`
      )
    }
    const { opportunities, mainThreadMs, mainThread, lcpElement } = last.diagnostics
    console.log(
      `  main thread ${mainThreadMs} ms: ${mainThread.map((item) => `${item.group} ${item.ms}`).join(", ")}` +
        (opportunities.length ? `; savings: ${opportunities.map((o) => `${o.id} ${o.savingsMs} ms`).join(", ")}` : "")
    )
    if (lcpElement) console.log(`  LCP element: ${lcpElement.slice(0, 160)}`)
  }

  if (options.json) {
    const report = {
      date: new Date().toISOString(),
      storefront: options.storefront,
      load,
      lighthouse: { version: lighthouseVersion, preset: "mobile", ...LIGHTHOUSE_SETTINGS, runs: options.runs },
      chromium: { path: options.chromium, flags: CHROMIUM_FLAGS },
      ttfb: { concurrency: options.concurrency, requests: options.ttfbRequests },
      targets: TARGETS,
      pages: results,
    }
    fs.writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
    console.log(`\nWrote ${options.json}`)
  }
}

await (options.mode === "timing" ? timingMode() : lighthouseMode())
