import fs from "node:fs"
import path from "node:path"
import pg from "pg"

/** What the database holds for a set of carts: parent orders (order_cart) and order groups per cart. */
export async function ordersOfCarts(databaseUrl, cartIds) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const count = async (sql) => new Map((await client.query(sql, [cartIds])).rows.map((r) => [r.cart_id, Number(r.n)]))
    const parents = await count(
      "SELECT cart_id, count(*) AS n FROM order_cart WHERE cart_id = ANY($1) AND deleted_at IS NULL GROUP BY cart_id"
    )
    const groups = await count(
      "SELECT cart_id, count(*) AS n FROM order_group WHERE cart_id = ANY($1) AND deleted_at IS NULL GROUP BY cart_id"
    )
    const groupIds = new Map(
      (
        await client.query("SELECT cart_id, id FROM order_group WHERE cart_id = ANY($1) AND deleted_at IS NULL", [
          cartIds,
        ])
      ).rows.map((r) => [r.cart_id, r.id])
    )
    return { parents, groups, groupIds }
  } finally {
    await client.end()
  }
}

/**
 * Sent / arrived / lost / duplicated for a burst of checkouts: a checkout arrived when the database
 * holds one order and one order group for its cart and the client was told that group; lost when
 * either is missing; duplicated when the cart made more than one order or group.
 */
export function checkoutFigures(outcomes, { parents, groups, groupIds }) {
  let arrived = 0
  const lost = []
  const duplicated = []
  for (const { cartId, orderGroup } of outcomes) {
    const p = parents.get(cartId) ?? 0
    const g = groups.get(cartId) ?? 0
    if (p > 1 || g > 1) duplicated.push(cartId)
    else if (p === 1 && g === 1 && orderGroup?.id === groupIds.get(cartId)) arrived++
    else lost.push(`${cartId} (orders ${p}, groups ${g}, client told ${orderGroup?.id ?? "nothing"})`)
  }
  return { sent: outcomes.length, arrived, lost, duplicated }
}

/** The e-mails in the outbox with this template, counted per order group. */
export function outboxEmailsPerGroup(outboxDir, template) {
  const counts = new Map()
  if (!fs.existsSync(outboxDir)) return counts
  for (const file of fs.readdirSync(outboxDir).filter((f) => f.endsWith(".json"))) {
    const mail = JSON.parse(fs.readFileSync(path.join(outboxDir, file), "utf8"))
    if (mail.template !== template) continue
    const group = mail.data?.order_group_id
    counts.set(group, (counts.get(group) ?? 0) + 1)
  }
  return counts
}
