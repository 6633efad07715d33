import http from "node:http"
import { performance } from "node:perf_hooks"

export const CART_COOKIE = "_ocop_cart_id"
export const BENCH_ADDRESS = {
  first_name: "Bench",
  last_name: "Buyer",
  phone: "0912345678",
  address_1: "1 Trần Phú",
  city: "Phường Điện Biên Phủ",
  province: "Điện Biên",
  country_code: "vn",
  // A delivery needs the place codes the storefront's address form sends (the complete-cart hook checks them).
  metadata: { province_code: "11", commune_code: "03127" },
}
// What the storefront's cart read asks for (storefront/src/lib/data/cart.ts, CART_FIELDS).
const STOREFRONT_CART_FIELDS = "+items.total,+shipping_methods.name,+shipping_methods.total,*shipping_address"
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 })

/** One HTTP request; resolves with the status, the parsed body, time to the first byte and to the end (ms). */
export function timedRequest(url, { method = "GET", headers = {}, body } = {}) {
  const target = new URL(url)
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent,
        headers: {
          ...headers,
          ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
        },
      },
      (response) => {
        const ttfb = performance.now() - started
        const chunks = []
        response.on("data", (chunk) => chunks.push(chunk))
        response.on("error", reject)
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          const json = (response.headers["content-type"] ?? "").includes("json") ? JSON.parse(text) : undefined
          resolve({ status: response.statusCode, json, text, ttfb, ms: performance.now() - started })
        })
      }
    )
    req.on("error", reject)
    req.end(payload)
  })
}

function expectOk(response, what) {
  if (response.status >= 200 && response.status < 300) return response
  throw new Error(`${what} answered ${response.status}: ${(response.text ?? "").slice(0, 300)}`)
}

/** The store API with the publishable key; throws on an answer other than 2xx. */
export function storeApi(backendUrl, publishableKey) {
  const call = async (method, path, body, { allow = [] } = {}) => {
    const response = await timedRequest(`${backendUrl}${path}`, {
      method,
      body,
      headers: { "x-publishable-api-key": publishableKey },
    })
    return allow.includes(response.status) ? response : expectOk(response, `${method} ${path}`)
  }
  return { call, get: (path) => call("GET", path), post: (path, body = {}) => call("POST", path, body) }
}

/**
 * One well-stocked variant per producer (the one with the most stock), producers in a fixed order,
 * so that successive carts of N producers take turns over all of them and never run one dry.
 */
export async function stockedVariantPerProducer(api) {
  const variants = new Map()
  for (let offset = 0; ; offset += 200) {
    const { json } = await api.get(
      `/store/products?limit=200&offset=${offset}&fields=id,producer.id,variants.id,+variants.inventory_quantity&order=id`
    )
    for (const product of json.products) {
      for (const variant of product.variants ?? []) {
        const producerId = product.producer?.id
        const stock = Number(variant.inventory_quantity ?? 0)
        if (producerId && stock > (variants.get(producerId)?.stock ?? 10))
          variants.set(producerId, { producerId, variantId: variant.id, stock })
      }
    }
    if (offset + 200 >= json.count) break
  }
  return [...variants.values()].sort((a, b) => a.producerId.localeCompare(b.producerId))
}

/**
 * One buyer's purchase, timed the way the storefront spends server time on it:
 * - cart page: `GET /vi/cart` right after the cart changed (cold) and again (warm);
 * - address step: the server action's store call (the address) and the render of the delivery step it redirects to;
 * - delivery step: the action's read of the checkout (timed as a render of the delivery step, which reads
 *   the same), every producer's shipping method in one request, and the render of the payment step;
 * - place order: the action's cart read, payment collection and session (cash on delivery) and the completion,
 *   which is also reported alone.
 */
export async function timePurchase({ api, storefrontUrl, regionId, variants, locale = "vi" }) {
  const {
    json: { cart },
  } = await api.post("/store/carts", { region_id: regionId })
  for (const { variantId } of variants)
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
  const page = async (path) => {
    const response = await timedRequest(`${storefrontUrl}/${locale}${path}`, {
      headers: { cookie: `${CART_COOKIE}=${cart.id}` },
    })
    return expectOk(response, `GET /${locale}${path}`)
  }
  const timings = {}
  const cold = await page("/cart")
  timings.cartPage = cold.ms
  timings.cartPageTtfb = cold.ttfb
  timings.cartPageWarm = (await page("/cart")).ms

  const address = await api.post(`/store/carts/${cart.id}`, {
    email: "bench@example.vn",
    locale,
    shipping_address: BENCH_ADDRESS,
    billing_address: BENCH_ADDRESS,
    metadata: { note: "Gọi trước khi giao" },
  })
  timings.addressStep = address.ms + (await page("/checkout?step=delivery")).ms

  // Which options to pick is the bench's business, not the buyer's wait: not timed.
  const {
    json: { shipping_options: options },
  } = await api.get(`/store/shipping-options?cart_id=${cart.id}`)
  let delivery = (await page("/checkout?step=delivery")).ms
  const chosen = variants.map(({ producerId }) => {
    const option = options.find((o) => o.data?.producer_id === producerId && o.type?.code === "standard")
    if (!option) throw new Error(`no standard delivery for producer ${producerId} in cart ${cart.id}`)
    return { id: option.id }
  })
  // Every producer's choice in one request, as the storefront sends it; code older than that
  // route (404, `--app-dir`) is timed as its storefront did it, one request per producer.
  const together = await api.call(
    "POST",
    `/store/ocop/carts/${cart.id}/shipping-methods`,
    { options: chosen },
    { allow: [404] }
  )
  delivery += together.ms
  if (together.status === 404) {
    for (const { id } of chosen)
      delivery += (await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: id })).ms
  }
  timings.deliveryStep = delivery + (await page("/checkout?step=payment")).ms

  let placing = (await api.get(`/store/carts/${cart.id}?fields=${encodeURIComponent(STOREFRONT_CART_FIELDS)}`)).ms
  const collection = await api.post("/store/payment-collections", { cart_id: cart.id })
  placing += collection.ms
  placing += (
    await api.post(`/store/payment-collections/${collection.json.payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
  ).ms
  const completion = await api.post(`/store/ocop/carts/${cart.id}/complete`)
  if (completion.json.order_group?.orders?.length !== variants.length) {
    throw new Error(
      `cart ${cart.id} completed into ${completion.json.order_group?.orders?.length} producer orders, not ${variants.length}`
    )
  }
  timings.placeOrderStep = placing + completion.ms
  timings.completion = completion.ms
  return timings
}
