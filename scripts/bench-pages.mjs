#!/usr/bin/env node
// `npm run bench:pages [-- --storefront URL --requests N --warmup N]`: a benchmark, not a test.
// Against a running storefront (`npm start`, a production build), asks for a product, the catalogue
// and a producer page one request at a time, after a warm-up, and prints p50/p95 per page of the time
// to the whole answer. Run it on the same machine as the storefront, so the figures are the server's.
// On a busy machine those times are mostly waiting for a core: `--pid` (the `next-server` process,
// `ss -ltnp`) adds the server's own CPU time per request, read from /proc, which load does not inflate.
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { rootDir } from "./lib/paths.mjs"

const { values: options } = parseArgs({
  options: {
    storefront: { type: "string", default: process.env.STOREFRONT_URL ?? "http://localhost:8000" },
    requests: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    pid: { type: "string" },
  },
})
const requests = Number(options.requests)
const warmup = Number(options.warmup)

const catalogue = JSON.parse(fs.readFileSync(path.join(rootDir, "seed", "catalogue", "ocop-catalogue.json"), "utf8"))
const product = catalogue.products[0]
const pages = [
  { name: "product", path: `/vi/products/${product.handle}` },
  { name: "catalogue", path: "/vi/products" },
  { name: "producer", path: `/vi/producers/${product.producer}` },
]

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

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

console.log(`Page benchmark: ${options.storefront}, ${warmup} warm-up + ${requests} requests per page, one at a time\n`)
console.log(
  [
    "page".padEnd(10),
    "p50 ms".padStart(8),
    "p95 ms".padStart(8),
    "max ms".padStart(8),
    "server CPU ms/request".padStart(22),
  ].join("  ")
)
for (const page of pages) {
  const url = new URL(page.path, options.storefront).toString()
  for (let i = 0; i < warmup; i++) await timeOne(url)
  const times = []
  const cpuBefore = cpuMs(options.pid)
  for (let i = 0; i < requests; i++) times.push(await timeOne(url))
  const cpuPerRequest = (cpuMs(options.pid) - cpuBefore) / requests
  times.sort((a, b) => a - b)
  const cells = [percentile(times, 50), percentile(times, 95), times.at(-1)].map((ms) => ms.toFixed(1).padStart(8))
  console.log(
    [page.name.padEnd(10), ...cells, (Number.isNaN(cpuPerRequest) ? "–" : cpuPerRequest.toFixed(1)).padStart(22)].join(
      "  "
    )
  )
}
