import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { bookingOfLine, countUnits, groupByProducer, lineTitles, type LineProduct } from "../producer-groups"

const producer = (id: string) => ({ id, name: `Producer ${id}`, handle: `producer-${id}` })
const product = (id: string, producerId: string | null): LineProduct => ({
  id,
  handle: `handle-${id}`,
  title: `Sản phẩm ${id}`,
  metadata: { title_en: `Product ${id}` },
  variants: [{ id: `variant-${id}`, title: "250 g", metadata: { title_en: "250 g pack" }, inventory_quantity: 5 }],
  producer: producerId ? producer(producerId) : null,
})
const item = (id: string, productId: string, quantity: number, unitPrice: number, createdAt: string) =>
  ({
    id,
    product_id: productId,
    variant_id: `variant-${productId}`,
    title: `Sản phẩm ${productId}`,
    quantity,
    unit_price: unitPrice,
    total: quantity * unitPrice,
    created_at: createdAt,
  }) as unknown as HttpTypes.StoreCartLineItem
const option = (id: string, producerId: string, code: "standard" | "pickup", amount: number) =>
  ({ id, data: { producer_id: producerId }, type: { code }, amount }) as unknown as HttpTypes.StoreCartShippingOption

const products = [product("p1", "a"), product("p2", "b"), product("p3", "a")]
const items = [
  item("l2", "p2", 1, 50000, "2026-01-01T00:00:02Z"),
  item("l1", "p1", 2, 100000, "2026-01-01T00:00:01Z"),
  item("l3", "p3", 1, 30000, "2026-01-01T00:00:03Z"),
]

describe("groupByProducer", () => {
  it("groups lines by producer in the order they were first added, each with its subtotal", () => {
    const groups = groupByProducer({ items }, products)
    expect(groups.map((group) => group.producer?.id)).toEqual(["a", "b"])
    expect(groups[0].lines.map((line) => line.item.id)).toEqual(["l1", "l3"])
    expect(groups.map((group) => group.itemTotal)).toEqual([230000, 50000])
    expect(groups.map((group) => group.shipping)).toEqual([null, null])
  })

  it("needs a delivery for a producer with any shipped line, none for one with only booking lines", () => {
    const booking = (id: string, productId: string) =>
      ({
        ...item(id, productId, 1, 400000, "2026-01-01T00:00:04Z"),
        requires_shipping: false,
        metadata: { booking_id: "bk_1" },
      }) as HttpTypes.StoreCartLineItem
    const withBookings = [...products, product("p4", "c")]
    const groups = groupByProducer({ items: [...items, booking("l4", "p4"), booking("l5", "p1")] }, withBookings)
    expect(groups.map((group) => [group.producer?.id, group.needsDelivery])).toEqual([
      ["a", true],
      ["b", true],
      ["c", false],
    ])
    expect(bookingOfLine(groups[2].lines[0].item)).toBe("bk_1")
    expect(bookingOfLine(groups[1].lines[0].item)).toBeNull()
  })

  it("adds each producer's shipping method, matched through the option's producer, to its total", () => {
    const options = [
      option("so-a-std", "a", "standard", 30000),
      option("so-b-pick", "b", "pickup", 0),
      option("so-c", "c", "standard", 1),
    ]
    const cart = {
      items,
      shipping_methods: [
        { shipping_option_id: "so-a-std", amount: 30000, total: 30000 },
        { shipping_option_id: "so-b-pick", amount: 0, total: 0 },
      ] as HttpTypes.StoreCartShippingMethod[],
    }
    const [a, b] = groupByProducer(cart, products, options)
    expect(a.shipping).toEqual({ optionId: "so-a-std", kind: "standard", amount: 30000 })
    expect(a.total).toBe(260000)
    expect(b.shipping).toEqual({ optionId: "so-b-pick", kind: "pickup", amount: 0 })
    expect(b.total).toBe(50000)
  })

  it("keeps a line whose product the store no longer lists, in a group without producer", () => {
    const groups = groupByProducer({ items: [item("l9", "gone", 1, 10000, "2026-01-01T00:00:00Z")] }, products)
    expect(groups).toHaveLength(1)
    expect(groups[0].producer).toBeNull()
    expect(groups[0].lines[0].product).toBeNull()
  })
})

describe("lineTitles", () => {
  it("names the product and pack size in English on /en and in Vietnamese on /vi", () => {
    const [group] = groupByProducer({ items: [items[1]] }, products)
    expect(lineTitles(group.lines[0], "en")).toEqual({ title: "Product p1", variant: "250 g pack" })
    expect(lineTitles(group.lines[0], "vi")).toEqual({ title: "Sản phẩm p1", variant: "250 g" })
  })
})

describe("countUnits", () => {
  it("counts units, not lines", () => {
    expect(countUnits({ items })).toBe(4)
    expect(countUnits(null)).toBe(0)
  })
})
