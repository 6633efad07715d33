import http from "node:http"

// Errors that mean the request never reached a backend: it is safe to send it to the next one.
const NOT_CONNECTED = new Set(["ECONNREFUSED", "EHOSTUNREACH"])

/**
 * A round-robin HTTP proxy in front of several backend servers, as a load balancer would stand in
 * front of the compose file's `backend` replicas. A request whose connection is refused (that server
 * is down) goes to the next server; one that a server dropped after it was sent answers 502, and the
 * client decides whether to retry (only an idempotent action may be retried blindly).
 * `counts` tells how many requests each target answered and how many were re-routed.
 */
export function startRoundRobinProxy({ port, targets }) {
  let next = 0
  const counts = { answered: Object.fromEntries(targets.map((t) => [t, 0])), rerouted: 0, dropped: 0 }

  const forward = (req, res, body, first, attempt) => {
    const target = new URL(targets[(first + attempt) % targets.length])
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        counts.answered[target.origin] = (counts.answered[target.origin] ?? 0) + 1
        res.writeHead(answer.statusCode, answer.rawHeaders)
        answer.pipe(res)
        answer.on("error", () => res.destroy())
      }
    )
    upstream.on("error", (error) => {
      if (NOT_CONNECTED.has(error.code) && attempt + 1 < targets.length) {
        counts.rerouted++
        forward(req, res, body, first, attempt + 1)
        return
      }
      counts.dropped++
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "application/json" })
        res.end(JSON.stringify({ type: "bad_gateway", message: `the backend dropped the request (${error.code})` }))
      } else res.destroy()
    })
    upstream.end(body)
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (chunk) => chunks.push(chunk))
    // Buffered so that a refused connection can be replayed on the next server.
    req.on("end", () => forward(req, res, Buffer.concat(chunks), next++, 0))
  })
  server.keepAliveTimeout = 5_000
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        counts,
        close: () =>
          new Promise((r) => {
            server.close(() => r())
            server.closeAllConnections()
          }),
      })
    )
  })
}
