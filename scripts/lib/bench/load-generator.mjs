import { performance } from "node:perf_hooks"

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export function latencyStats(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b)
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) }
}

async function send(request) {
  const started = performance.now()
  const response = await fetch(request.url, request.init)
  const body = await response.text()
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${request.init?.method ?? "GET"} ${request.url} answered ${response.status}: ${body.slice(0, 300)}`)
  return ms
}

/**
 * Sends the requests of `mix` in order, round and round, from `concurrency` workers: first for
 * `warmupMs` (not recorded), then until `durationMs` has passed or `maxRequests` were sent.
 * Each mix entry has a `kind`; latencies come back per kind and overall, with requests per second.
 * A request that fails stops the run: figures with errors in them would mislead.
 */
export async function runLoad(mix, { concurrency, durationMs, maxRequests = Infinity, warmupMs }) {
  let next = 0
  const take = () => mix[next++ % mix.length]

  const warmupEnds = performance.now() + warmupMs
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < warmupEnds) await send(take())
  }))

  const byKind = new Map()
  const all = []
  let sent = 0
  const started = performance.now()
  const ends = started + durationMs
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < ends && sent < maxRequests) {
      sent++
      const request = take()
      const ms = await send(request)
      all.push(ms)
      if (!byKind.has(request.kind)) byKind.set(request.kind, [])
      byKind.get(request.kind).push(ms)
    }
  }))
  const elapsedS = (performance.now() - started) / 1000
  return {
    requests: all.length,
    seconds: elapsedS,
    rps: all.length / elapsedS,
    overall: latencyStats(all),
    kinds: Object.fromEntries([...byKind].map(([kind, latencies]) => [kind, latencyStats(latencies)])),
  }
}
