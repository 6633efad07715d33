import { timedRequest } from "../bench/purchase-path.mjs"
import { completeWithRetry, prepareCodCart } from "./checkout.mjs"
import { checkoutFigures, ordersOfCarts, outboxEmailsPerGroup } from "./ledger.mjs"

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function waitFor(check, timeoutMs, everyMs = 500) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value || Date.now() > deadline) return value
    await sleep(everyMs)
  }
}

async function inBatches(count, concurrency, task) {
  const results = new Array(count)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++
        results[i] = await task(i)
      }
    })
  )
  return results
}

/** The admin API through the proxy, signed in as the office (the demo admin the setup creates). */
export async function adminClient(backendUrl, { email, password }) {
  const signIn = await timedRequest(`${backendUrl}/auth/user/emailpass`, { method: "POST", body: { email, password } })
  if (signIn.status !== 200) throw new Error(`admin sign-in answered ${signIn.status}: ${signIn.text}`)
  const headers = { authorization: `Bearer ${signIn.json.token}` }
  return {
    async post(path, body) {
      const response = await timedRequest(`${backendUrl}${path}`, { method: "POST", body, headers })
      if (response.status >= 300)
        throw new Error(`POST ${path} answered ${response.status}: ${response.text.slice(0, 300)}`)
      return response.json
    },
  }
}

/** The product index's document titles in Meilisearch, by product id. */
async function indexedTitles(meili, productIds) {
  const { json } = await meili.request("GET", "/indexes?limit=100")
  const index = json.results.find((i) => /product/.test(i.uid))
  if (!index) throw new Error("Meilisearch has no product index")
  const titles = new Map()
  for (const id of productIds) {
    const { status, json: doc } = await meili.request(
      "GET",
      `/indexes/${index.uid}/documents/${encodeURIComponent(id)}?fields=id,title`
    )
    titles.set(id, status === 200 ? doc.title : null)
  }
  return titles
}

/** Renames products through the admin API: each edit must reach the search index. */
async function renameProducts(admin, productIds, label) {
  const titles = new Map()
  for (const id of productIds) {
    const title = `Topology ${label} ${id.slice(-6)} ${Date.now()}`
    await admin.post(`/admin/products/${id}`, { title })
    titles.set(id, title)
  }
  return titles
}

async function searchFigures(meili, expected, timeoutMs) {
  const ids = [...expected.keys()]
  const startedAt = Date.now()
  const titles = await waitFor(async () => {
    const now = await indexedTitles(meili, ids)
    return ids.every((id) => now.get(id) === expected.get(id)) ? now : undefined
  }, timeoutMs)
  const final = titles ?? (await indexedTitles(meili, ids))
  const lost = ids
    .filter((id) => final.get(id) !== expected.get(id))
    .map((id) => `${id} (index has "${final.get(id)}")`)
  return {
    sent: ids.length,
    arrived: ids.length - lost.length,
    lost,
    duplicated: [],
    seconds: (Date.now() - startedAt) / 1000,
  }
}

/**
 * a) kill -9 one of the two servers while `count` cash-on-delivery checkouts of two producers' goods
 * complete through the proxy; clients retry what did not answer. No order may be lost or made twice.
 */
export async function killServerDuringCheckouts({ shop, servers, databaseUrl, count = 30, log }) {
  const carts = await inBatches(count, 4, (n) => prepareCodCart(shop, `a${n}`))
  log(
    `fault a: ${count} carts prepared; completing them all at once, kill -9 ${servers[0].name} once the first answers`
  )
  let killedAt
  const burst = Promise.all(
    carts.map(async (cartId) => {
      const outcome = await completeWithRetry(shop.api, cartId)
      if (!killedAt) {
        killedAt = Date.now()
        await servers[0].kill9()
        log(`fault a: ${servers[0].name} killed (-9) during the burst`)
      }
      return outcome
    })
  )
  const outcomes = await burst
  const figures = checkoutFigures(outcomes, await ordersOfCarts(databaseUrl, carts))
  const retried = outcomes.filter((o) => o.statuses.length > 1)
  figures.note = `${retried.length} client retries (${[...new Set(retried.flatMap((o) => o.statuses))].join("/")})`
  for (const o of outcomes.filter((o) => !o.orderGroup))
    figures.lost.push(`${o.cartId}: ${o.statuses.join(",")} ${o.refusal ?? ""}`)
  figures.lost = [...new Set(figures.lost)]
  log(`fault a: restarting ${servers[0].name}`)
  await servers[0].start()
  return figures
}

/**
 * b) the worker dies (kill -9) while order e-mails and search updates wait for it: the checkouts and
 * product edits are made while it is down, then it starts again. Each e-mail arrives once, each
 * edit reaches Meilisearch. A second round kills it just after the edits, while it handles them.
 */
export async function killWorkerWithQueuedWork({
  shop,
  worker,
  admin,
  meili,
  databaseUrl,
  outboxDir,
  productIds,
  log,
}) {
  await worker.kill9()
  log("fault b: worker killed (-9); making 5 checkouts and 3 product edits while it is down")
  const carts = await inBatches(5, 2, (n) => prepareCodCart(shop, `b${n}`))
  const outcomes = []
  for (const cartId of carts) outcomes.push(await completeWithRetry(shop.api, cartId))
  const edits = await renameProducts(admin, productIds.slice(0, 3), "queued")
  await sleep(3_000)
  const groupIds = outcomes.map((o) => o.orderGroup?.id).filter(Boolean)
  const early = outboxEmailsPerGroup(outboxDir, "order-placed")
  const sentEarly = groupIds.filter((id) => early.get(id)).length
  log(`fault b: while the worker is down, ${sentEarly} of ${groupIds.length} e-mails were written (expected 0)`)
  await worker.start()
  log("fault b: worker restarted")

  const emails = await waitFor(() => {
    const counts = outboxEmailsPerGroup(outboxDir, "order-placed")
    return groupIds.every((id) => counts.get(id)) ? counts : undefined
  }, 90_000)
  const search = await searchFigures(meili, edits, 90_000)
  // Duplicates show up late (a job re-run after its lock expired): look again after a while.
  await sleep(35_000)
  const counts = outboxEmailsPerGroup(outboxDir, "order-placed")
  const mail = {
    sent: groupIds.length,
    arrived: groupIds.filter((id) => counts.get(id) === 1).length,
    lost: groupIds.filter((id) => !counts.get(id)),
    duplicated: groupIds.filter((id) => (counts.get(id) ?? 0) > 1),
    note: `${sentEarly} written while the worker was down${emails ? "" : "; not all within 90 s"}`,
  }
  const orders = checkoutFigures(outcomes, await ordersOfCarts(databaseUrl, carts))

  log("fault b: edits again, kill -9 of the worker 100 ms after them, restart")
  const inFlight = await renameProducts(admin, productIds.slice(3, 6), "in-flight")
  await sleep(100)
  await worker.kill9()
  await worker.start()
  const searchInFlight = await searchFigures(meili, inFlight, 90_000)
  return { orders, mail, search, searchInFlight }
}

/**
 * c) Meilisearch stops answering (SIGSTOP) for 10 s: search answers 503 with Retry-After, product
 * edits made meanwhile are kept and reach the index once it answers again (SIGCONT).
 */
export async function pauseMeilisearch({ shop, meili, admin, productIds, log }) {
  meili.pause()
  const pausedAt = Date.now()
  log("fault c: Meilisearch paused (SIGSTOP)")
  // A shopper's browser gives up after 20 s; the API must answer well before that.
  const search = await fetch(`${shop.backendUrl}/store/search`, {
    method: "POST",
    headers: { "x-publishable-api-key": shop.publishableKey, "content-type": "application/json" },
    body: JSON.stringify({ entity: "product", filters: { q: "cà phê" }, pagination: { take: 5 } }),
    signal: AbortSignal.timeout(20_000),
  }).then(
    (response) => ({
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      ms: Date.now() - pausedAt,
    }),
    (error) => ({
      status: error.name === "TimeoutError" ? "no answer in 20 s" : (error.code ?? "network"),
      retryAfter: null,
      ms: Date.now() - pausedAt,
    })
  )
  const edits = await renameProducts(admin, productIds.slice(6, 9), "paused")
  await sleep(Math.max(0, 10_000 - (Date.now() - pausedAt)))
  meili.resume()
  log(`fault c: Meilisearch resumed after ${((Date.now() - pausedAt) / 1000).toFixed(1)} s`)
  const writes = await searchFigures(meili, edits, 90_000)
  return { search, writes }
}

/**
 * d) Redis restarts (SHUTDOWN, start on the same append-only folder) while the app runs: checkouts
 * still complete and their e-mails (queued work) still arrive, product edits still reach the index.
 */
export async function restartRedis({ shop, redis, admin, meili, databaseUrl, outboxDir, productIds, log }) {
  await redis.shutdown()
  log("fault d: Redis shut down")
  await sleep(2_000)
  await redis.start()
  log("fault d: Redis started again on its append-only folder")
  const carts = await inBatches(3, 1, (n) => prepareCodCart(shop, `d${n}`))
  const outcomes = []
  for (const cartId of carts) outcomes.push(await completeWithRetry(shop.api, cartId))
  const orders = checkoutFigures(outcomes, await ordersOfCarts(databaseUrl, carts))
  const groupIds = outcomes.map((o) => o.orderGroup?.id).filter(Boolean)
  const edits = await renameProducts(admin, productIds.slice(9, 12), "after-redis")
  await waitFor(() => {
    const counts = outboxEmailsPerGroup(outboxDir, "order-placed")
    return groupIds.every((id) => counts.get(id))
  }, 90_000)
  const search = await searchFigures(meili, edits, 90_000)
  await sleep(5_000)
  const counts = outboxEmailsPerGroup(outboxDir, "order-placed")
  const mail = {
    sent: carts.length,
    arrived: groupIds.filter((id) => counts.get(id) === 1).length,
    lost: carts.length > groupIds.length ? ["checkouts without a group"] : groupIds.filter((id) => !counts.get(id)),
    duplicated: groupIds.filter((id) => (counts.get(id) ?? 0) > 1),
  }
  return { orders, mail, search }
}
