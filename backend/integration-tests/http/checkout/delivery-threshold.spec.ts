import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaContainer } from "@medusajs/framework"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setupMarketplace } from "../../../src/scripts/setup"
import { setProductsProducerWorkflow } from "../../../src/workflows/producer/workflows/set-products-producer"
import { adminHeaders } from "../../utils/admin"
import { BUYER_ADDRESS as ADDRESS } from "../../utils/checkout"
import { createTestProducer } from "../../utils/fixtures"

/** A published product of this producer at one price, sold without stock tracking. */
async function producerProduct(container: MedusaContainer, producerId: string, salesChannelId: string, price: number) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: `Hàng ${producerId}`,
          handle: `hang-${producerId.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Quy cách", values: ["Hộp"] }],
          variants: [
            {
              title: "Hộp",
              manage_inventory: false,
              options: { "Quy cách": "Hộp" },
              prices: [{ currency_code: "vnd", amount: price }],
            },
          ],
        },
      ],
    },
  })
  await setProductsProducerWorkflow(container).run({ input: { producer_id: producerId, product_ids: [result[0].id] } })
  return result[0].variants[0].id
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let regionId: string
    // A: 30.000 ₫, free from 500.000 ₫ of its goods; B: 25.000 ₫, never free.
    const a = { producerId: "", variantId: "" }
    const b = { producerId: "", variantId: "" }
    // C sells in the same store, but not in the carts below.
    const c = { producerId: "" }

    beforeAll(async () => {
      const container = getContainer()
      const setup = await setupMarketplace(container)
      headers = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      const producerA = await createTestProducer(container, {
        shipping_fee: 30000,
        free_shipping_threshold: 500000,
      } as object)
      const producerB = await createTestProducer(container, {
        name: "Hộ kinh doanh Chè (test)",
        handle: "ho-kinh-doanh-che-test",
        tax_code: "5600112233",
        email: "che@example.vn",
        shipping_fee: 25000,
      } as object)
      a.producerId = producerA.id
      b.producerId = producerB.id
      a.variantId = await producerProduct(container, producerA.id, setup.salesChannelId, 200000)
      b.variantId = await producerProduct(container, producerB.id, setup.salesChannelId, 95000)
      const producerC = await createTestProducer(container, {
        name: "HTX Mật ong (test)",
        handle: "htx-mat-ong-test",
        tax_code: "0101248141",
        email: "mat-ong@example.vn",
      } as object)
      c.producerId = producerC.id
      await producerProduct(container, producerC.id, setup.salesChannelId, 150000)
    }, 300_000)

    async function cartWith(lines: [string, number][]) {
      const {
        data: { cart },
      } = await api.post("/store/carts", { region_id: regionId, email: "lan@example.vn" }, headers)
      for (const [variant_id, quantity] of lines)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, headers)
      await api.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS }, headers)
      return cart.id as string
    }

    async function standardOption(cartId: string, producerId: string) {
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
      const option = data.shipping_options.find(
        (o: any) => o.data?.producer_id === producerId && o.type?.code === "standard"
      )
      expect(option).toBeDefined()
      return option
    }

    async function quotedFee(cartId: string, producerId: string) {
      const option = await standardOption(cartId, producerId)
      const { data } = await api.post(`/store/shipping-options/${option.id}/calculate`, { cart_id: cartId }, headers)
      return data.shipping_option.amount as number
    }

    async function chargedFees(cartId: string) {
      const {
        data: { cart },
      } = await api.get(`/store/carts/${cartId}?fields=*items,*shipping_methods,shipping_total`, headers)
      const fee = async (producerId: string) => {
        const option = await standardOption(cartId, producerId)
        return cart.shipping_methods.find((m: any) => m.shipping_option_id === option.id)?.amount
      }
      return {
        a: await fee(a.producerId),
        b: await fee(b.producerId),
        shipping_total: cart.shipping_total,
        lines: cart.items,
      }
    }

    describe("standard delivery free from a producer's threshold", () => {
      it("charges each producer's fee below A's threshold, and lists standard delivery as calculated", async () => {
        const cartId = await cartWith([
          [a.variantId, 2],
          [b.variantId, 1],
        ])
        const option = await standardOption(cartId, a.producerId)
        expect(option.price_type).toBe("calculated")
        expect(option.data).toMatchObject({ fee: 30000, free_shipping_threshold: 500000 })
        expect(await quotedFee(cartId, a.producerId)).toBe(30000)
        expect(await quotedFee(cartId, b.producerId)).toBe(25000)
      })

      it("makes A's delivery free at its threshold while B still pays, and charges A again below it", async () => {
        const cartId = await cartWith([
          [a.variantId, 2],
          [b.variantId, 1],
        ])
        for (const producerId of [a.producerId, b.producerId]) {
          const option = await standardOption(cartId, producerId)
          const { status } = await api.post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: option.id },
            headers
          )
          expect(status).toBe(200)
        }
        expect(await chargedFees(cartId)).toMatchObject({ a: 30000, b: 25000, shipping_total: 55000 })

        // 2 × 200.000 ₫ + 95.000 ₫ of B is 495.000 ₫ in the cart, but only A's goods count toward A's threshold.
        const lines = (await chargedFees(cartId)).lines
        const lineA = lines.find((l: any) => l.variant_id === a.variantId)
        await api.post(`/store/carts/${cartId}/line-items/${lineA.id}`, { quantity: 3 }, headers)
        expect(await chargedFees(cartId)).toMatchObject({ a: 0, b: 25000, shipping_total: 25000 })
        expect(await quotedFee(cartId, a.producerId)).toBe(0)

        await api.post(`/store/carts/${cartId}/line-items/${lineA.id}`, { quantity: 2 }, headers)
        expect(await chargedFees(cartId)).toMatchObject({ a: 30000, b: 25000, shipping_total: 55000 })
        expect(await quotedFee(cartId, a.producerId)).toBe(30000)
      })

      it("carries each producer's fee into its own order, and the free delivery is fulfilled like any other", async () => {
        const cartId = await cartWith([
          [a.variantId, 3],
          [b.variantId, 1],
        ])
        await api.post(`/store/carts/${cartId}`, { billing_address: ADDRESS }, headers)
        for (const producerId of [a.producerId, b.producerId]) {
          await api.post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: (await standardOption(cartId, producerId)).id },
            headers
          )
        }
        const {
          data: { payment_collection },
        } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
        await api.post(
          `/store/payment-collections/${payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          headers
        )
        const { status, data } = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)
        expect(status).toBe(201)
        const orderOf = (producerId: string) => data.order_group.orders.find((o: any) => o.producer.id === producerId)
        expect(Number(orderOf(a.producerId).shipping_total)).toBe(0)
        expect(Number(orderOf(b.producerId).shipping_total)).toBe(25000)

        const admin = await adminHeaders(api, getContainer())
        const order = orderOf(a.producerId)
        const fulfilled = await api.post(
          `/admin/orders/${order.id}/fulfillments`,
          { items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) },
          admin
        )
        expect(fulfilled.status).toBe(200)
      })

      it("counts only A's goods: B's goods above 500.000 ₫ leave A's fee, and B without a threshold always pays", async () => {
        const cartId = await cartWith([
          [a.variantId, 1],
          [b.variantId, 10],
        ])
        expect(await quotedFee(cartId, a.producerId)).toBe(30000)
        expect(await quotedFee(cartId, b.producerId)).toBe(25000)
      })
    })

    describe("POST /store/ocop/carts/:id/shipping-methods", () => {
      const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
      const optionOf = async (cartId: string, producerId: string, code: string) =>
        (await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)).data.shipping_options.find(
          (o: any) => o.data?.producer_id === producerId && o.type?.code === code
        )
      const methodsOf = async (cartId: string) => {
        const {
          data: { cart },
        } = await api.get(`/store/carts/${cartId}?fields=total,item_total,shipping_total,*shipping_methods`, headers)
        return cart
      }

      it("sets two producers' options in one request, the calculated one priced by the producer's fee and threshold", async () => {
        // A: 3 × 200.000 ₫ reaches its 500.000 ₫ threshold, so its delivery is free; B pays its 25.000 ₫.
        const cartId = await cartWith([
          [a.variantId, 3],
          [b.variantId, 1],
        ])
        const standardA = await optionOf(cartId, a.producerId, "standard")
        const standardB = await optionOf(cartId, b.producerId, "standard")
        const { status, data } = await api.post(
          `/store/ocop/carts/${cartId}/shipping-methods`,
          { options: [{ id: standardA.id }, { id: standardB.id }] },
          headers
        )
        expect(status).toBe(200)
        expect(data.cart.shipping_total).toBe(25000)
        const cart = await methodsOf(cartId)
        expect(cart.shipping_methods.map((m: any) => [m.shipping_option_id, m.amount]).sort()).toEqual(
          [
            [standardA.id, 0],
            [standardB.id, 25000],
          ].sort()
        )
        expect(cart.total).toBe(cart.item_total + 25000)
      })

      it("replaces a producer's method when another of its options is chosen, and keeps the other producer's", async () => {
        const cartId = await cartWith([
          [a.variantId, 1],
          [b.variantId, 1],
        ])
        const standardA = await optionOf(cartId, a.producerId, "standard")
        const standardB = await optionOf(cartId, b.producerId, "standard")
        await api.post(
          `/store/ocop/carts/${cartId}/shipping-methods`,
          { options: [{ id: standardA.id }, { id: standardB.id }] },
          headers
        )
        const keptB = (await methodsOf(cartId)).shipping_methods.find((m: any) => m.shipping_option_id === standardB.id)

        const pickupA = await optionOf(cartId, a.producerId, "pickup")
        const { status } = await api.post(
          `/store/ocop/carts/${cartId}/shipping-methods`,
          { options: [{ id: pickupA.id }, { id: standardB.id }] },
          headers
        )
        expect(status).toBe(200)
        const cart = await methodsOf(cartId)
        expect(cart.shipping_methods.map((m: any) => [m.shipping_option_id, m.amount]).sort()).toEqual(
          [
            [pickupA.id, 0],
            [standardB.id, 25000],
          ].sort()
        )
        expect(cart.shipping_methods.find((m: any) => m.shipping_option_id === standardB.id).id).toBe(keptB.id)
        expect(cart.shipping_total).toBe(25000)
      })

      it("refuses an option of a producer with no goods in the cart, naming the field, and changes nothing", async () => {
        const cartId = await cartWith([[a.variantId, 1]])
        const standardA = await optionOf(cartId, a.producerId, "standard")
        await api.post(`/store/ocop/carts/${cartId}/shipping-methods`, { options: [{ id: standardA.id }] }, headers)
        const other = await cartWith([[b.variantId, 1]])
        const standardB = await optionOf(other, b.producerId, "standard")

        const { status, data } = await failure(
          api.post(
            `/store/ocop/carts/${cartId}/shipping-methods`,
            { options: [{ id: standardA.id }, { id: standardB.id }] },
            headers
          )
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^options\.1\.id/)
        const cart = await methodsOf(cartId)
        expect(cart.shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([standardA.id])
        expect(cart.shipping_total).toBe(30000)
      })

      it("answers 400 naming options for an empty or repeated list", async () => {
        const cartId = await cartWith([[a.variantId, 1]])
        const standardA = await optionOf(cartId, a.producerId, "standard")
        for (const body of [{}, { options: [] }, { options: [{ id: standardA.id }, { id: standardA.id }] }]) {
          const { status, data } = await failure(
            api.post(`/store/ocop/carts/${cartId}/shipping-methods`, body, headers)
          )
          expect(status).toBe(400)
          expect(data.message).toMatch(/^options/)
        }
      })

      it("answers 404 to another customer, and leaves the owner's cart as it was", async () => {
        const customer = async (email: string) => {
          const {
            data: { token },
          } = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-123" })
          await api.post(
            "/store/customers",
            { email },
            { headers: { ...headers.headers, authorization: `Bearer ${token}` } }
          )
          const { data } = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-123" })
          return { headers: { ...headers.headers, authorization: `Bearer ${data.token}` } }
        }
        const owner = await customer(`owner-${Date.now()}@example.vn`)
        const other = await customer(`other-${Date.now()}@example.vn`)
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId }, owner)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: a.variantId, quantity: 1 }, owner)
        await api.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS }, owner)
        const {
          data: { shipping_options },
        } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, owner)
        const body = { options: [{ id: shipping_options[0].id }] }

        const { status, data } = await failure(api.post(`/store/ocop/carts/${cart.id}/shipping-methods`, body, other))
        expect(status).toBe(404)
        expect(data.message).toMatch(/^cart/)
        const {
          data: { cart: after },
        } = await api.get(`/store/carts/${cart.id}?fields=*shipping_methods`, owner)
        expect(after.shipping_methods).toEqual([])
      })
    })

    describe("POST /store/carts/:id/shipping-methods", () => {
      it("sets one option as Medusa's route does, and refuses another producer's option naming option_id", async () => {
        const cartId = await cartWith([[a.variantId, 1]])
        const standardA = await standardOption(cartId, a.producerId)
        const { status, data } = await api.post(
          `/store/carts/${cartId}/shipping-methods?fields=id,shipping_total,*shipping_methods`,
          { option_id: standardA.id },
          headers
        )
        expect(status).toBe(200)
        expect(data.cart.shipping_methods.map((m: any) => [m.shipping_option_id, m.amount])).toEqual([
          [standardA.id, 30000],
        ])
        expect(data.cart.shipping_total).toBe(30000)

        const other = await cartWith([[b.variantId, 1]])
        const standardB = await standardOption(other, b.producerId)
        const refused = await api
          .post(`/store/carts/${cartId}/shipping-methods`, { option_id: standardB.id }, headers)
          .catch((e: any) => e.response)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^option_id/)
        const {
          data: { cart },
        } = await api.get(`/store/carts/${cartId}?fields=shipping_total,*shipping_methods`, headers)
        expect(cart.shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([standardA.id])
        expect(cart.shipping_total).toBe(30000)
      })
    })

    describe("GET /store/shipping-options", () => {
      it("lists only the options of the cart's producers, with standard delivery already priced from each one's goods", async () => {
        const cartId = await cartWith([
          [a.variantId, 3],
          [b.variantId, 1],
        ])
        const { status, data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
        expect(status).toBe(200)
        const listed = data.shipping_options.map((o: any) => [o.data?.producer_id, o.type.code]).sort()
        expect(listed).toEqual(
          [
            [a.producerId, "pickup"],
            [a.producerId, "standard"],
            [b.producerId, "pickup"],
            [b.producerId, "standard"],
          ].sort()
        )
        const option = (producerId: string, code: string) =>
          data.shipping_options.find((o: any) => o.data.producer_id === producerId && o.type.code === code)
        // A: 3 × 200.000 ₫ reaches its 500.000 ₫ threshold; B always pays its fee; pickup is free.
        expect(option(a.producerId, "standard")).toMatchObject({
          price_type: "calculated",
          amount: 0,
          insufficient_inventory: false,
        })
        expect(option(b.producerId, "standard")).toMatchObject({
          price_type: "calculated",
          amount: 25000,
          data: { fee: 25000 },
        })
        expect(option(b.producerId, "pickup")).toMatchObject({ price_type: "flat", amount: 0 })
        expect(option(a.producerId, "pickup").service_zone.fulfillment_set.location.address).toMatchObject({
          address_1: "Bản Hón",
          province: "Điện Biên",
          country_code: "VN",
          city: expect.any(String),
        })
      })

      it("prices A's delivery below its threshold too, and lists nothing for a cart without goods", async () => {
        const cartId = await cartWith([[a.variantId, 1]])
        const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
        expect(data.shipping_options.map((o: any) => [o.type.code, o.amount]).sort()).toEqual([
          ["pickup", 0],
          ["standard", 30000],
        ])
        const empty = await cartWith([])
        expect((await api.get(`/store/shipping-options?cart_id=${empty}`, headers)).data.shipping_options).toEqual([])
      })

      it("answers 404 naming cart_id for a cart nobody has, and 400 naming it when it is missing or empty", async () => {
        const unknown = await api
          .get("/store/shipping-options?cart_id=cart_01NOSUCHCART", headers)
          .catch((e: any) => e.response)
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/^cart_id/)
        for (const query of ["", "?cart_id=", "?cart_id=%20"]) {
          const bad = await api.get(`/store/shipping-options${query}`, headers).catch((e: any) => e.response)
          expect(bad.status).toBe(400)
          expect(bad.data.message).toMatch(/^cart_id/)
        }
      })
    })
  },
})
