import { KINDS } from "./query-mix.mjs"

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : "–")
const mib = (bytes) => `${Math.round(bytes / 1024 / 1024)} MiB`
const seconds = (msValue) => `${(msValue / 1000).toFixed(1)} s`
const pad = (cells, widths) =>
  cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join("  ")

function table(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)))
  return [
    pad(header, widths),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map((row) => pad(row, widths)),
  ].join("\n")
}

/** The benchmark's figures as text tables: latency per target and query kind, ratios to stock, indexing, memory. */
export function formatReport({ products, loading, targets, floors = [], indexing, memory, settings }) {
  // A stock row that failed (see measureStock) leaves the ratios to it empty.
  const stock = targets.find((t) => t.stock && t.load)
  const latencyRows = []
  const failures = []
  for (const target of targets) {
    if (target.failed) {
      latencyRows.push([target.name, "all", "failed", "", "", "", "", "", ""])
      failures.push(`${target.name} failed: ${target.failed}`)
      continue
    }
    for (const kind of [...KINDS, "all"]) {
      const stats = kind === "all" ? target.load.overall : target.load.kinds[kind]
      if (!stats) continue
      const stockStats = stock && (kind === "all" ? stock.load.overall : stock.load.kinds[kind])
      latencyRows.push([
        target.name,
        kind,
        stats.count,
        ms(stats.p50),
        ms(stats.p95),
        ms(stats.p99),
        kind === "all" ? target.load.rps.toFixed(1) : "",
        // The stock row itself comes out 1.0×: its own figures divided by themselves.
        stockStats ? `${(stockStats.p95 / stats.p95).toFixed(1)}×` : "",
        kind === "all" && stock ? `${(target.load.rps / stock.load.rps).toFixed(1)}×` : "",
      ])
    }
  }
  return [
    `Search benchmark: ${products.toLocaleString("en")} synthetic products, concurrency ${settings.concurrency}, ` +
      `${settings.warmupS} s warm-up + ${settings.durationS} s per target${Number.isFinite(settings.maxRequests) ? ` (at most ${settings.maxRequests} requests)` : ""}`,
    "",
    table(
      ["target", "query kind", "requests", "p50 ms", "p95 ms", "p99 ms", "req/s", "p95 vs stock", "req/s vs stock"],
      latencyRows
    ),
    "",
    "p95 vs stock: the stock endpoint's p95 divided by this target's (higher is faster); stock has no facets and",
    "no stars/province filter, so its 'facets only' and 'filters only' rows are the plain first page.",
    ...failures,
    "",
    table(
      ["floor (no search)", "requests", "p50 ms", "p95 ms", "p99 ms", "req/s"],
      floors.map((f) => [
        f.name,
        f.load.overall.count,
        ms(f.load.overall.p50),
        ms(f.load.overall.p95),
        ms(f.load.overall.p99),
        f.load.rps.toFixed(1),
      ])
    ),
    "floor: what a request costs this server before any search, at the same concurrency; no target can beat it.",
    "",
    table(
      ["indexing (full catalogue)", "boot → health", "boot → index ready", "seed (module's own figure)", "documents"],
      indexing.map((i) => [i.provider, seconds(i.healthMs), seconds(i.readyMs), i.seedLog ?? "–", i.documents])
    ),
    "",
    table(
      ["peak RSS", "Medusa server (process tree)", "search engine"],
      memory.map((m) => [m.phase, mib(m.serverPeak), m.enginePeak ? mib(m.enginePeak) : "– (in PostgreSQL)"])
    ),
    "",
    `Loading ${products.toLocaleString("en")} products (${loading.producers} producers, ${loading.variants} variants, ${loading.certificates} certificates) ` +
      `by ${loading.method ?? "workflows"}: ${seconds(loading.total_ms)} (${Object.entries(loading.timings_ms)
        .map(([k, v]) => `${k} ${seconds(v)}`)
        .join(", ")})`,
  ].join("\n")
}
