// The pure parts of `npm run bench:pages`: its arguments, the pages it measures, the Lighthouse
// settings it declares, and what it reads out of a Lighthouse result. No I/O here (tested by
// scripts/__tests__/bench-pages.test.mjs).
import { parseArgs } from "node:util"
import { latencyStats, percentile } from "./load-generator.mjs"

export { latencyStats, percentile }

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]

/** The targets: scores out of 100, TTFB in ms (pages the proxy's page cache serves). */
export const TARGETS = { performance: 95, accessibility: 95, seo: 100, cachedTtfbP95Ms: 50 }

/** Chromium as the bench starts it (the brief's flags); the debugging port is chosen by Chromium. */
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

/**
 * Lighthouse's mobile preset (its default configuration: a 412×823 phone, mobile user agent)
 * with no throttling at all: "provided" means Lighthouse neither simulates nor applies a slower
 * network or CPU, so the figures are this machine's loopback and cores. Printed with every run.
 */
export const LIGHTHOUSE_SETTINGS = {
  formFactor: "mobile",
  throttlingMethod: "provided",
  onlyCategories: CATEGORIES,
}

const MODES = ["lighthouse", "timing"]

/** `argv` without node and the script. Throws on an unknown option or a bad number. */
export function parsePagesArgs(argv, env = {}) {
  const { values } = parseArgs({
    args: argv,
    options: {
      mode: { type: "string", default: "lighthouse" },
      storefront: { type: "string", default: env.STOREFRONT_URL ?? "http://localhost:8000" },
      // Lighthouse mode
      pages: { type: "string", default: "home,catalogue,product,experience" },
      product: { type: "string" },
      experience: { type: "string" },
      catalogue: { type: "string", default: "/vi/products?group=I&stars=4" },
      runs: { type: "string", default: "1" },
      concurrency: { type: "string", default: "8" },
      "ttfb-requests": { type: "string", default: "400" },
      chromium: { type: "string", default: env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
      reports: { type: "string" },
      json: { type: "string" },
      // timing mode (the first version of this bench) and both
      requests: { type: "string", default: "200" },
      warmup: { type: "string", default: "20" },
      pid: { type: "string" },
    },
  })
  if (!MODES.includes(values.mode)) throw new Error(`--mode must be one of ${MODES.join(", ")}, not "${values.mode}"`)
  const count = (name, min) => {
    const value = Number(values[name])
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}`)
    return value
  }
  const pages = values.pages.split(",").map((page) => page.trim())
  const known = ["home", "catalogue", "product", "experience"]
  const unknown = pages.filter((page) => !known.includes(page))
  if (unknown.length) throw new Error(`--pages: unknown page ${unknown.join(", ")} (known: ${known.join(", ")})`)
  if (!values.catalogue.startsWith("/")) throw new Error("--catalogue must be a path starting with /")
  let storefront
  try {
    storefront = new URL(values.storefront).origin
  } catch {
    throw new Error(`--storefront must be a URL, not "${values.storefront}"`)
  }
  return {
    mode: values.mode,
    storefront,
    pages,
    product: values.product,
    experience: values.experience,
    catalogue: values.catalogue,
    runs: count("runs", 1),
    concurrency: count("concurrency", 1),
    ttfbRequests: count("ttfb-requests", 1),
    chromium: values.chromium,
    reports: values.reports,
    json: values.json,
    requests: count("requests", 1),
    warmup: count("warmup", 0),
    pid: values.pid,
  }
}

/** The first experience page a listing's HTML links to (`/vi/experiences/<handle>`), or undefined. */
export function firstExperienceHandle(html, locale = "vi") {
  const match = new RegExp(`href="/${locale}/experiences/([^"?#/]+)[?#"]`).exec(html)
  return match ? decodeURIComponent(match[1]) : undefined
}

/** The DevTools port from Chromium's "DevTools listening on ws://127.0.0.1:PORT/…" line, or undefined. */
export function devtoolsPort(stderrText) {
  const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderrText)
  return match ? Number(match[1]) : undefined
}

/** Category scores out of 100 (null when Lighthouse could not score one). */
export function extractScores(lhr) {
  return Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories?.[id]?.score
      return [id, typeof score === "number" ? Math.round(score * 100) : null]
    })
  )
}

const METRICS = {
  "first-contentful-paint": "fcpMs",
  "largest-contentful-paint": "lcpMs",
  "total-blocking-time": "tbtMs",
  "cumulative-layout-shift": "cls",
  "speed-index": "speedIndexMs",
  "server-response-time": "documentMs",
}

/** The performance metrics Lighthouse measured (ms, CLS unitless). */
export function extractMetrics(lhr) {
  return Object.fromEntries(
    Object.entries(METRICS).map(([id, key]) => {
      const value = lhr.audits?.[id]?.numericValue
      return [key, typeof value === "number" ? Number(value.toFixed(id === "cumulative-layout-shift" ? 3 : 0)) : null]
    })
  )
}

/**
 * The audits that cost a category points: every weighted audit of the category scored below 1
 * (binary audits fail at 0, metrics lose part of their weight), with their id, so a report can
 * say which audit a fix is for. Informative and not-applicable audits are left out.
 */
export function failingAudits(lhr) {
  const failing = []
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories?.[id]?.auditRefs ?? []) {
      const audit = lhr.audits?.[ref.id]
      if (!audit || ref.weight === 0) continue
      if (audit.scoreDisplayMode !== "binary" && audit.scoreDisplayMode !== "numeric") continue
      if (typeof audit.score !== "number" || audit.score >= 1) continue
      failing.push({
        category: id,
        id: ref.id,
        score: Math.round(audit.score * 100),
        title: audit.title,
        displayValue: audit.displayValue,
      })
    }
  }
  return failing
}

/**
 * Lighthouse's own diagnostics of where a page's time goes: the opportunities with estimated
 * savings, the main thread's work by kind, and the LCP element.
 */
export function diagnostics(lhr) {
  const audits = lhr.audits ?? {}
  const opportunities = Object.values(audits)
    .filter((audit) => audit.details?.type === "opportunity" && (audit.details.overallSavingsMs ?? 0) > 0)
    .map((audit) => ({ id: audit.id, savingsMs: Math.round(audit.details.overallSavingsMs) }))
    .sort((a, b) => b.savingsMs - a.savingsMs)
  const mainThread = (audits["mainthread-work-breakdown"]?.details?.items ?? [])
    .map((item) => ({ group: item.groupLabel ?? item.group, ms: Math.round(item.duration) }))
    .slice(0, 4)
  const lcpItem = audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node
  return {
    opportunities,
    mainThreadMs: Math.round(audits["mainthread-work-breakdown"]?.numericValue ?? NaN),
    mainThread,
    bootupMs: Math.round(audits["bootup-time"]?.numericValue ?? NaN),
    totalBytes: audits["total-byte-weight"]?.numericValue ?? null,
    lcpElement: lcpItem ? lcpItem.snippet : null,
  }
}

/** The median of each category over several runs of one page (Lighthouse's own advice for variance). */
export function medianScores(runs) {
  const median = (values) => {
    const sorted = values.filter((value) => value !== null).sort((a, b) => a - b)
    return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null
  }
  return Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((scores) => scores[id]))]))
}

/** Which targets a page misses, and by how much (points or ms). `cached`: served by the page cache. */
export function missedTargets(scores, ttfbP95, cached) {
  const missed = []
  for (const id of ["performance", "accessibility", "seo"]) {
    if (scores[id] !== null && scores[id] < TARGETS[id]) missed.push(`${id} ${scores[id]} < ${TARGETS[id]}`)
  }
  if (cached && ttfbP95 > TARGETS.cachedTtfbP95Ms) {
    missed.push(`TTFB p95 ${ttfbP95.toFixed(1)} ms > ${TARGETS.cachedTtfbP95Ms} ms`)
  }
  return missed
}
