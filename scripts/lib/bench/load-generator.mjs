import http from "node:http"
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

/**
 * One request over node:http on a keep-alive agent: the load generator shares the machine's cores
 * with the server, and fetch (undici) costs it about a quarter more CPU per request.
 * `request.status` is the answer expected (2xx when absent).
 */
function send(request, agent) {
  const url = new URL(request.url)
  const { method = "GET", headers = {}, body } = request.init ?? {}
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent },
      (response) => {
        const chunks = []
        response.on("data", (chunk) => chunks.push(chunk))
        response.on("error", reject)
        response.on("end", () => {
          const ms = performance.now() - started
          const ok = request.status
            ? response.statusCode === request.status
            : response.statusCode >= 200 && response.statusCode < 300
          if (ok) return resolve(ms)
          const text = Buffer.concat(chunks).toString("utf8").slice(0, 300)
          reject(new Error(`${method} ${request.url} answered ${response.statusCode}: ${text}`))
        })
      }
    )
    req.on("error", reject)
    req.end(body)
  })
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
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })

  const warmupEnds = performance.now() + warmupMs
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < warmupEnds) await send(take(), agent)
    })
  )

  const byKind = new Map()
  const all = []
  let sent = 0
  const started = performance.now()
  const ends = started + durationMs
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < ends && sent < maxRequests) {
        sent++
        const request = take()
        const ms = await send(request, agent)
        all.push(ms)
        if (!byKind.has(request.kind)) byKind.set(request.kind, [])
        byKind.get(request.kind).push(ms)
      }
    })
  )
  const elapsedS = (performance.now() - started) / 1000
  agent.destroy()
  return {
    requests: all.length,
    seconds: elapsedS,
    rps: all.length / elapsedS,
    overall: latencyStats(all),
    kinds: Object.fromEntries([...byKind].map(([kind, latencies]) => [kind, latencyStats(latencies)])),
  }
}
