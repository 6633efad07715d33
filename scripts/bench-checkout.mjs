#!/usr/bin/env node
// `npm run bench:checkout [-- --buyers 50 --alone 5 --backend-url http://localhost:9000 --publishable-key pk_…
// --database-url postgres://…]`: a benchmark, not a test, against any running backend (`npm start`, or a
// stack prepared on a throwaway database with more producers). Prepares N carts, each with one item
// from each of 3 producers, an address, each producer's delivery and cash on delivery. It first
// completes `--alone` of them one after another (a buyer on an idle shop), then the other N at once,
// and prints p50/p95/p99 of cart completion, checkouts and producer orders per second and the errors.
// It then checks that stock and orders add up: every completed checkout has its 3 producer orders,
// and each variant's available stock fell by exactly the units sold (no oversell, no lost order).
// With `--database-url` (the backend's database) it refreshes the planner statistics before
// measuring, as autovacuum would after the catalogue was loaded (this machine's PostgreSQL has it off).
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { latencyStats } from "./lib/bench/load-generator.mjs"
import { analyzeDatabase } from "./lib/bench/throwaway-database.mjs"
import { dataDir } from "./lib/paths.mjs"

const { values: options } = parseArgs({
  options: {
    buyers: { type: "string", default: "50" },
    alone: { type: "string", default: "5" },
    "database-url": { type: "string" },
    "backend-url": { type: "string", default: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000" },
    "publishable-key": { type: "string" },
    "prepare-concurrency": { type: "string", default: "8" },
  },
})
const buyers = Number(options.buyers)
const alone = Number(options.alone)
const backend = options["backend-url"].replace(/\/$/, "")
const keyFile = path.join(dataDir, "publishable-key")
const publishableKey =
  options["publishable-key"] ?? (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : undefined)
if (!publishableKey) {
  console.error(`No publishable key: pass --publishable-key, or start the app with npm start (it writes ${keyFile})`)
  process.exit(1)
}
const PRODUCERS = 3
const ADDRESS = {
  first_name: "Bench",
  last_name: "Buyer",
  phone: "0912345678",
  address_1: "1 Trần Phú",
  city: "Phường Ba Đình",
  province: "Hà Nội",
  country_code: "vn",
  metadata: { province_code: "01", commune_code: "00004" },
}

async function store(method, url, body) {
  const response = await fetch(`${backend}${url}`, {
    method,
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const data = text ? JSON.parse(text) : {}
  return { status: response.status, data }
}
async function ok(method, url, body) {
  const { status, data } = await store(method, url, body)
  if (status >= 400) throw new Error(`${method} ${url} answered ${status}: ${data.message ?? JSON.stringify(data)}`)
  return data
}

/** Available units of each picked variant in the store's sales channel. */
async function availability(items) {
  const params = new URLSearchParams({ fields: "id,variants.id,+variants.inventory_quantity", limit: "100" })
  for (const item of items) params.append("id[]", item.product_id)
  const { products } = await ok("GET", `/store/products?${params}`)
  const available = new Map()
  for (const product of products) for (const v of product.variants) available.set(v.id, v.inventory_quantity)
  return available
}

/** One variant from each of 3 producers with stock for every buyer (and every buyer alone). */
async function pickVariants() {
  const picked = new Map()
  for (let offset = 0; picked.size < PRODUCERS; offset += 100) {
    const params = new URLSearchParams({
      fields: "id,title,+producer.id,variants.id,+variants.inventory_quantity",
      limit: "100",
      offset: String(offset),
    })
    const { products, count } = await ok("GET", `/store/products?${params}`)
    for (const product of products) {
      const variant = product.variants.find((v) => v.inventory_quantity >= buyers + alone)
      if (product.producer?.id && variant && !picked.has(product.producer.id))
        picked.set(product.producer.id, {
          producer_id: product.producer.id,
          product_id: product.id,
          variant_id: variant.id,
          title: product.title,
        })
    }
    if (offset + 100 >= count) break
  }
  if (picked.size < PRODUCERS)
    throw new Error(`fewer than ${PRODUCERS} producers have a variant with ${buyers + alone} units in stock`)
  return [...picked.values()].slice(0, PRODUCERS)
}

async function prepareCart(regionId, items, n) {
  const { cart } = await ok("POST", "/store/carts", {
    region_id: regionId,
    email: `bench-${Date.now()}-${n}@example.vn`,
  })
  for (const item of items)
    await ok("POST", `/store/carts/${cart.id}/line-items`, { variant_id: item.variant_id, quantity: 1 })
  await ok("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
  const { shipping_options } = await ok("GET", `/store/shipping-options?cart_id=${cart.id}`)
  for (const item of items) {
    const option = shipping_options.find((o) => o.data?.producer_id === item.producer_id && o.type?.code === "standard")
    if (!option) throw new Error(`no standard delivery for producer ${item.producer_id}`)
    await ok("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
  }
  const { payment_collection } = await ok("POST", "/store/payment-collections", { cart_id: cart.id })
  await ok("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  return cart.id
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

async function complete(cartId) {
  const t = performance.now()
  const { status, data } = await store("POST", `/store/ocop/carts/${cartId}/complete`, {})
  return { status, data, ms: performance.now() - t }
}

const ms = (value) => `${value.toFixed(0)} ms`

async function main() {
  if (options["database-url"]) await analyzeDatabase(options["database-url"])
  const { regions } = await ok("GET", "/store/regions")
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "vn")) ?? regions[0]
  const items = await pickVariants()
  console.log(
    `${alone} buyers alone, then ${buyers} at once, each buying 1 unit from each of: ${items.map((i) => i.title).join("; ")}`
  )

  const preparedAt = Date.now()
  const carts = await inBatches(buyers + alone, Number(options["prepare-concurrency"]), (n) =>
    prepareCart(region.id, items, n)
  )
  console.log(`prepared ${carts.length} carts in ${((Date.now() - preparedAt) / 1000).toFixed(1)} s (not measured)`)

  const before = await availability(items)
  const outcomesAlone = []
  for (const cartId of carts.slice(0, alone)) outcomesAlone.push(await complete(cartId))
  if (alone) {
    const stats = latencyStats(outcomesAlone.map((o) => o.ms))
    console.log(
      `\ncompletion alone (${alone}, one after another): p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}, max ${ms(Math.max(...outcomesAlone.map((o) => o.ms)))}`
    )
  }

  const started = performance.now()
  const outcomes = await Promise.all(carts.slice(alone).map(complete))
  const seconds = (performance.now() - started) / 1000
  const after = await availability(items)

  const completed = outcomes.filter((o) => o.status === 201)
  const refused = [...outcomesAlone, ...outcomes].filter((o) => o.status !== 201)
  const stats = latencyStats(outcomes.map((o) => o.ms))
  const orders = completed.reduce((sum, o) => sum + o.data.order_group.orders.length, 0)
  console.log(
    `\ncompleted ${completed.length}/${buyers} checkouts sent at once (${orders} producer orders) in ${seconds.toFixed(1)} s`
  )
  console.log(`cart completion: p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}, p99 ${ms(stats.p99)}`)
  console.log(
    `throughput: ${(completed.length / seconds).toFixed(2)} checkouts/s, ${(orders / seconds).toFixed(2)} producer orders/s`
  )
  console.log(`errors: ${refused.length}`)

  const problems = []
  for (const o of refused) problems.push(`a checkout answered ${o.status}: ${o.data.message ?? JSON.stringify(o.data)}`)
  const sold = [...outcomesAlone.filter((o) => o.status === 201), ...completed]
  for (const o of sold) {
    const group = o.data.order_group
    if (group.orders.length !== PRODUCERS)
      problems.push(`order group ${group.id} has ${group.orders.length} orders, not ${PRODUCERS}`)
    const sum = group.orders.reduce((s, order) => s + Number(order.total), 0)
    if (sum !== Number(group.total))
      problems.push(`order group ${group.id}: its orders add up to ${sum}, the group says ${group.total}`)
    const { status } = await store("GET", `/store/ocop/order-groups/${group.id}`)
    if (status !== 200) problems.push(`order group ${group.id} cannot be read back (${status})`)
  }
  for (const item of items) {
    const fell = before.get(item.variant_id) - after.get(item.variant_id)
    if (fell !== sold.length) problems.push(`${item.title}: stock fell by ${fell}, ${sold.length} were sold`)
    if (after.get(item.variant_id) < 0)
      problems.push(`${item.title}: stock is negative (${after.get(item.variant_id)})`)
  }
  if (problems.length) {
    console.error(`\nstock and orders do NOT add up:\n- ${problems.join("\n- ")}`)
    process.exit(1)
  }
  console.log("stock and orders add up: every checkout has its 3 producer orders, no unit oversold, no order lost")
}

main().catch((error) => {
  console.error(error.message ?? error)
  process.exit(1)
})
