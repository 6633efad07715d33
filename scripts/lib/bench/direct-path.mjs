import http from "node:http"
import { createRequire } from "node:module"
import path from "node:path"
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads"
import { sharedDir } from "../paths.mjs"
import { searchMix } from "./query-mix.mjs"

// The planner and the proxy's core function as the storefront runs them (@ocop/shared's build).
const shared = createRequire(import.meta.url)(path.join(sharedDir, "dist", "index.js"))

/** The Meilisearch queries one POST /store/search body becomes, planned by the shared planner. */
function plannedQueries(body, index, indexUid) {
  const { base, perFacet } = shared.disjunctiveQueries(shared.normalizeQuery(body, index))
  return [base, ...perFacet.map(([, query]) => query)].flatMap(
    (query) => shared.planMeiliSearch(query, indexUid).queries
  )
}

function tokenRuleFilter(token) {
  const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
  return Object.values(payload.searchRules)[0].filter
}

const andFilter = (rule, filter) =>
  [rule, ...(Array.isArray(filter) ? filter : filter ? [filter] : [])].map((part) => `(${part})`).join(" AND ")

/**
 * Two mixes of the same queries as searchMix: `raw`, Meilisearch's own POST /multi-search with the
 * master key (the token's rule filter added by hand, so the engine does the same work: the floor);
 * and `direct`, the browser's request: the tenant token from GET /store/search/token, POST to the
 * storefront's same-origin path. The storefront is not started here: a small node:http server on a
 * thread of its own (as the storefront's server is a process of its own) serves that path with the
 * same core function (forwardToMeilisearch) the Next route calls, so the row leaves out Next's own
 * routing cost. `close` stops that thread.
 */
export async function directPathMixes(baseUrl, publishableKey, meili) {
  const answer = await fetch(`${baseUrl}/store/search/token`, { headers: { "x-publishable-api-key": publishableKey } })
  if (!answer.ok) throw new Error(`GET /store/search/token answered ${answer.status}: ${await answer.text()}`)
  const session = await answer.json()
  const rule = tokenRuleFilter(session.token)
  const target = { host: meili.host, apiKeyUid: session.api_key_uid }

  // The storefront's server is a process of its own: the proxy runs on its own thread, not on the
  // event loop that generates the load.
  const proxy = new Worker(new URL(import.meta.url), { workerData: { target } })
  const port = await new Promise((resolve, reject) => {
    proxy.once("message", resolve)
    proxy.once("error", reject)
  })

  const requests = searchMix(baseUrl, publishableKey).map((request) => ({
    kind: request.kind,
    queries: plannedQueries(JSON.parse(request.init.body), session.index, session.index_uid),
  }))
  const raw = requests.map(({ kind, queries }) => ({
    kind,
    url: `${meili.host}/multi-search`,
    init: {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${meili.apiKey}` },
      body: JSON.stringify({ queries: queries.map((query) => ({ ...query, filter: andFilter(rule, query.filter) })) }),
    },
  }))
  const direct = requests.map(({ kind, queries }) => ({
    kind,
    url: `http://127.0.0.1:${port}/api/search/multi-search`,
    init: {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ queries }),
    },
  }))
  return { raw, direct, close: () => proxy.terminate() }
}

/** The proxy's thread: a node:http server on a free port serving the same-origin path with forwardToMeilisearch. */
function serveProxy({ target }) {
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", async () => {
      try {
        const url = new URL(req.url, "http://localhost")
        const prefix = "/api/search/"
        const routePath = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length).split("/") : []
        const forwarded = await shared.forwardToMeilisearch(
          {
            method: req.method,
            path: routePath,
            authorization: req.headers.authorization ?? null,
            body: Buffer.concat(chunks).toString("utf8"),
          },
          target
        )
        res.writeHead(forwarded.status, { "content-type": forwarded.headers.get("content-type") ?? "application/json" })
        res.end(Buffer.from(await forwarded.arrayBuffer()))
      } catch (error) {
        res.writeHead(502, { "content-type": "text/plain" })
        res.end(String(error))
      }
    })
  })
  server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port))
}

if (!isMainThread && workerData?.target) serveProxy(workerData)
