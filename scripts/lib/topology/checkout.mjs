import { BENCH_ADDRESS, stockedVariantPerProducer, storeApi } from "../bench/purchase-path.mjs"

const RETRYABLE = new Set([502, 503, 504])

/** The store API through the proxy; also gives the region and two producers' well-stocked variants. */
export async function storeClient(backendUrl, publishableKey) {
  const api = storeApi(backendUrl, publishableKey)
  const {
    json: { regions },
  } = await api.get("/store/regions")
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "vn")) ?? regions[0]
  const variants = (await stockedVariantPerProducer(api)).slice(0, 2)
  if (variants.length < 2) throw new Error("the seeded catalogue has fewer than two producers with stock")
  return { api, regionId: region.id, variants }
}

/** A guest cart with one unit from each of the two producers, their standard delivery and cash on delivery. */
export async function prepareCodCart({ api, regionId, variants }, n) {
  const {
    json: { cart },
  } = await api.post("/store/carts", { region_id: regionId, email: `topology-${Date.now()}-${n}@example.vn` })
  for (const { variantId } of variants)
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
  await api.post(`/store/carts/${cart.id}`, { shipping_address: BENCH_ADDRESS, billing_address: BENCH_ADDRESS })
  const {
    json: { shipping_options: options },
  } = await api.get(`/store/shipping-options?cart_id=${cart.id}`)
  const chosen = variants.map(({ producerId }) => {
    const option = options.find((o) => o.data?.producer_id === producerId && o.type?.code === "standard")
    if (!option) throw new Error(`no standard delivery for producer ${producerId}`)
    return { id: option.id }
  })
  await api.post(`/store/ocop/carts/${cart.id}/shipping-methods`, { options: chosen })
  const {
    json: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cart.id })
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  return cart.id
}

/**
 * Completes a cart as a careful client does: an answer lost on the way (502 from the proxy when the
 * server died, 503 busy, a dropped connection) is retried, up to `attempts` times with a pause.
 * Returns the order group the client was finally told about (or null) and every status it saw.
 */
export async function completeWithRetry(api, cartId, { attempts = 8, pauseMs = 1_500 } = {}) {
  const statuses = []
  for (let attempt = 0; attempt < attempts; attempt++) {
    let response
    try {
      response = await api.call(
        "POST",
        `/store/ocop/carts/${cartId}/complete`,
        {},
        { allow: [200, 201, 400, 404, 409, 500, 502, 503, 504] }
      )
    } catch (error) {
      statuses.push(error.code ?? "network")
      await new Promise((r) => setTimeout(r, pauseMs))
      continue
    }
    statuses.push(response.status)
    if (response.json?.order_group) return { cartId, orderGroup: response.json.order_group, statuses }
    if (!RETRYABLE.has(response.status))
      return { cartId, orderGroup: null, statuses, refusal: response.json?.message ?? response.text }
    await new Promise((r) => setTimeout(r, pauseMs))
  }
  return { cartId, orderGroup: null, statuses }
}
