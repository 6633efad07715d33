import assert from "node:assert/strict"
import { test } from "node:test"
import {
  LIGHTHOUSE_SETTINGS,
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
} from "../lib/bench/pages.mjs"

test("bench:pages runs Lighthouse by default, unthrottled, on the four pages", () => {
  const options = parsePagesArgs([], {})
  assert.equal(options.mode, "lighthouse")
  assert.deepEqual(options.pages, ["home", "catalogue", "product", "experience"])
  assert.equal(options.concurrency, 8)
  assert.equal(options.storefront, "http://localhost:8000")
  assert.equal(options.chromium, "/usr/bin/chromium")
  assert.equal(LIGHTHOUSE_SETTINGS.throttlingMethod, "provided")
  assert.equal(LIGHTHOUSE_SETTINGS.formFactor, "mobile")
})

test("bench:pages arguments: the timing mode, numbers, pages and the storefront from the environment", () => {
  const options = parsePagesArgs(
    ["--mode", "timing", "--requests", "50", "--warmup", "0", "--pages", "product, experience", "--json", "o.json"],
    { STOREFRONT_URL: "http://127.0.0.1:8300/vi" }
  )
  assert.equal(options.mode, "timing")
  assert.equal(options.requests, 50)
  assert.equal(options.warmup, 0)
  assert.deepEqual(options.pages, ["product", "experience"])
  assert.equal(options.json, "o.json")
  assert.equal(options.storefront, "http://127.0.0.1:8300")

  assert.throws(() => parsePagesArgs(["--mode", "fast"]), /--mode must be one of lighthouse, timing/)
  assert.throws(() => parsePagesArgs(["--runs", "0"]), /--runs must be an integer ≥ 1/)
  assert.throws(() => parsePagesArgs(["--concurrency", "eight"]), /--concurrency/)
  assert.throws(() => parsePagesArgs(["--pages", "home,cart"]), /unknown page cart/)
  assert.throws(() => parsePagesArgs(["--catalogue", "products?stars=4"]), /--catalogue must be a path/)
  assert.throws(() => parsePagesArgs(["--storefront", "localhost"]), /--storefront must be a URL/)
  assert.throws(() => parsePagesArgs(["--bogus"]), /bogus/)
})

test("p95 is the nearest rank: the 95th of 100, the last of 10", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
  assert.equal(percentile(hundred, 95), 95)
  assert.equal(percentile(hundred, 50), 50)
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95), 10)
  assert.ok(Number.isNaN(percentile([], 95)))
  const stats = latencyStats([30, 10, 20, ...Array(17).fill(5)])
  assert.equal(stats.count, 20)
  assert.equal(stats.p95, 20, "the 19th of 20 sorted values")
})

const lhr = {
  categories: {
    performance: {
      score: 0.874,
      auditRefs: [
        { id: "largest-contentful-paint", weight: 25 },
        { id: "cumulative-layout-shift", weight: 25 },
      ],
    },
    accessibility: {
      score: 0.9,
      auditRefs: [
        { id: "color-contrast", weight: 7 },
        { id: "label", weight: 7 },
        { id: "aria-allowed-role", weight: 0 },
      ],
    },
    "best-practices": { score: 1, auditRefs: [] },
    seo: { score: null, auditRefs: [{ id: "meta-description", weight: 1 }] },
  },
  audits: {
    "largest-contentful-paint": {
      id: "largest-contentful-paint",
      score: 0.72,
      scoreDisplayMode: "numeric",
      numericValue: 2840.4,
      title: "LCP",
      displayValue: "2.8 s",
    },
    "cumulative-layout-shift": {
      id: "cumulative-layout-shift",
      score: 1,
      scoreDisplayMode: "numeric",
      numericValue: 0.01234,
    },
    "color-contrast": { id: "color-contrast", score: 0, scoreDisplayMode: "binary", title: "Contrast" },
    label: { id: "label", score: 1, scoreDisplayMode: "binary" },
    "aria-allowed-role": { id: "aria-allowed-role", score: 0, scoreDisplayMode: "binary" },
    "meta-description": { id: "meta-description", score: null, scoreDisplayMode: "notApplicable" },
    "render-blocking-resources": {
      id: "render-blocking-resources",
      details: { type: "opportunity", overallSavingsMs: 310.6 },
    },
    "unused-javascript": { id: "unused-javascript", details: { type: "opportunity", overallSavingsMs: 0 } },
    "mainthread-work-breakdown": {
      numericValue: 1234.5,
      details: { items: [{ group: "scriptEvaluation", groupLabel: "Script Evaluation", duration: 700.2 }] },
    },
    "largest-contentful-paint-element": {
      details: { items: [{ items: [{ node: { snippet: '<img alt="Cà phê">' } }] }] },
    },
  },
}

test("scores out of 100, unscored categories as null, metrics rounded", () => {
  assert.deepEqual(extractScores(lhr), { performance: 87, accessibility: 90, "best-practices": 100, seo: null })
  const metrics = extractMetrics(lhr)
  assert.equal(metrics.lcpMs, 2840)
  assert.equal(metrics.cls, 0.012)
  assert.equal(metrics.tbtMs, null)
})

test("failing audits: weighted, scored below 1, with their category; not-applicable and weight 0 left out", () => {
  assert.deepEqual(
    failingAudits(lhr).map((audit) => [audit.category, audit.id, audit.score]),
    [
      ["performance", "largest-contentful-paint", 72],
      ["accessibility", "color-contrast", 0],
    ]
  )
})

test("diagnostics: opportunities with savings only, main thread and the LCP element", () => {
  const found = diagnostics(lhr)
  assert.deepEqual(found.opportunities, [{ id: "render-blocking-resources", savingsMs: 311 }])
  assert.equal(found.mainThreadMs, 1235)
  assert.deepEqual(found.mainThread, [{ group: "Script Evaluation", ms: 700 }])
  assert.equal(found.lcpElement, '<img alt="Cà phê">')
})

test("median of runs per category, and the targets missed with the margin", () => {
  const runs = [
    { performance: 90, accessibility: 100, "best-practices": 100, seo: 100 },
    { performance: 97, accessibility: 100, "best-practices": 96, seo: 100 },
    { performance: 94, accessibility: 100, "best-practices": 100, seo: 92 },
  ]
  const median = medianScores(runs)
  assert.deepEqual(median, { performance: 94, accessibility: 100, "best-practices": 100, seo: 100 })
  assert.deepEqual(missedTargets(median, 61.23, true), ["performance 94 < 95", "TTFB p95 61.2 ms > 50 ms"])
  assert.deepEqual(
    missedTargets(median, 61.23, false),
    ["performance 94 < 95"],
    "a page rendered per request has no TTFB target"
  )
  assert.deepEqual(missedTargets({ ...median, performance: 95 }, 12, true), [])
})

test("the experience page is found in the listing's links; the DevTools port in Chromium's stderr", () => {
  const html = '<a href="/vi/products/x">x</a><a href="/vi/experiences/nha-san-che-can?from=list">y</a>'
  assert.equal(firstExperienceHandle(html), "nha-san-che-can")
  assert.equal(firstExperienceHandle('<a href="/en/experiences/a">'), undefined)
  assert.equal(devtoolsPort("\nDevTools listening on ws://127.0.0.1:41235/devtools/browser/abc\n"), 41235)
  assert.equal(devtoolsPort("starting"), undefined)
})
