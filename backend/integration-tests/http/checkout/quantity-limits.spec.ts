import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  createCartWorkflow,
  createProductsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { setupMarketplace } from "../../../src/scripts/setup"
import { setProductsProducerWorkflow } from "../../../src/workflows/producer/workflows/set-products-producer"
import { createTestProducer } from "../../utils/fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let regionId: string
    let salesChannelId: string
    // Sold 2 to 10 per order.
    let limitedId: string
    let plainId: string

    beforeAll(async () => {
      const container = getContainer()
      const setup = await setupMarketplace(container)
      headers = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      salesChannelId = setup.salesChannelId
      const producer = await createTestProducer(container)
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Mật ong bạc hà",
              handle: "mat-ong-bac-ha-test",
              status: ProductStatus.PUBLISHED,
              sales_channels: [{ id: setup.salesChannelId }],
              options: [{ title: "Quy cách", values: ["500 ml", "1 l"] }],
              variants: [
                {
                  title: "500 ml",
                  manage_inventory: false,
                  metadata: { min_quantity: 2, max_quantity: 10 },
                  options: { "Quy cách": "500 ml" },
                  prices: [{ currency_code: "vnd", amount: 180000 }],
                },
                {
                  title: "1 l",
                  manage_inventory: false,
                  options: { "Quy cách": "1 l" },
                  prices: [{ currency_code: "vnd", amount: 320000 }],
                },
              ],
            },
          ],
        },
      })
      await setProductsProducerWorkflow(container).run({
        input: { producer_id: producer.id, product_ids: [result[0].id] },
      })
      limitedId = result[0].variants.find((v) => v.title === "500 ml")!.id
      plainId = result[0].variants.find((v) => v.title === "1 l")!.id
    }, 300_000)

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const newCart = async () =>
      (await api.post("/store/carts", { region_id: regionId, email: "lan@example.vn" }, headers)).data.cart.id as string
    const lines = async (cartId: string) => {
      const {
        data: { cart },
      } = await api.get(`/store/carts/${cartId}?fields=*items`, headers)
      return cart.items.map((i: any) => ({ id: i.id, variant_id: i.variant_id, quantity: i.quantity }))
    }

    describe("POST /store/carts", () => {
      const cartCount = async () =>
        (
          await getContainer()
            .resolve(Modules.CART)
            .listCarts({}, { select: ["id"] })
        ).length

      it("refuses a new cart with more of a variant than its limits allow, naming quantity, and makes no cart", async () => {
        const before = await cartCount()
        const { status, data } = await failure(
          api.post("/store/carts", { region_id: regionId, items: [{ variant_id: limitedId, quantity: 11 }] }, headers)
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^quantity: at most 10 per order for Mật ong bạc hà – 500 ml$/)
        expect(await cartCount()).toBe(before)
      })

      it("refuses a new cart with 150 of a variant, beyond the store's 99, naming the line's quantity, and makes no cart", async () => {
        const before = await cartCount()
        const { status, data } = await failure(
          api.post("/store/carts", { region_id: regionId, items: [{ variant_id: plainId, quantity: 150 }] }, headers)
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^items\.0\.quantity/)
        expect(await cartCount()).toBe(before)
      })

      it("makes a new cart with lines within the limits", async () => {
        const {
          data: { cart },
        } = await api.post(
          "/store/carts",
          {
            region_id: regionId,
            items: [
              { variant_id: limitedId, quantity: 2 },
              { variant_id: plainId, quantity: 99 },
            ],
          },
          headers
        )
        expect((await lines(cart.id)).map((line: any) => line.quantity).sort((a: number, b: number) => a - b)).toEqual([
          2, 99,
        ])
      })
    })

    describe("the cart workflows, whoever runs them", () => {
      it("refuse on create, add and update what the store routes refuse, changing nothing", async () => {
        const container = getContainer()
        await expect(
          createCartWorkflow(container).run({
            input: {
              region_id: regionId,
              sales_channel_id: salesChannelId,
              items: [{ variant_id: limitedId, quantity: 1 }],
            },
          })
        ).rejects.toThrow(/^quantity: at least 2 per order for /)
        const cartId = await newCart()
        await expect(
          addToCartWorkflow(container).run({
            input: { cart_id: cartId, items: [{ variant_id: plainId, quantity: 150 }] },
          })
        ).rejects.toThrow(/^quantity: at most 99 per order for /)
        await addToCartWorkflow(container).run({
          input: { cart_id: cartId, items: [{ variant_id: limitedId, quantity: 9 }] },
        })
        await expect(
          addToCartWorkflow(container).run({
            input: { cart_id: cartId, items: [{ variant_id: limitedId, quantity: 2 }] },
          })
        ).rejects.toThrow(/^quantity: at most 10 per order for /)
        const [line] = await lines(cartId)
        await expect(
          updateLineItemInCartWorkflow(container).run({
            input: { cart_id: cartId, item_id: line.id, update: { quantity: 11 } },
          })
        ).rejects.toThrow(/^quantity: at most 10 per order for /)
        expect(await lines(cartId)).toEqual([{ id: line.id, variant_id: limitedId, quantity: 9 }])
      })
    })

    describe("POST /store/carts/:id/line-items", () => {
      it.each([
        [1, /^quantity: at least 2 per order for Mật ong bạc hà – 500 ml$/, "quantity_below_minimum"],
        [11, /^quantity: at most 10 per order for Mật ong bạc hà – 500 ml$/, "quantity_above_maximum"],
      ])(
        "refuses %i of a variant sold 2 to 10 per order with a 400 naming quantity, with its code, adding nothing",
        async (quantity, message, code) => {
          const cartId = await newCart()
          const { status, data } = await failure(
            api.post(`/store/carts/${cartId}/line-items`, { variant_id: limitedId, quantity }, headers)
          )
          expect(status).toBe(400)
          expect(data.message).toMatch(message)
          expect(data.code).toBe(code)
          expect(await lines(cartId)).toEqual([])
        }
      )

      it("accepts the minimum and the maximum, and a variant without limits", async () => {
        const cartId = await newCart()
        expect(
          (await api.post(`/store/carts/${cartId}/line-items`, { variant_id: limitedId, quantity: 2 }, headers)).status
        ).toBe(200)
        expect(
          (await api.post(`/store/carts/${cartId}/line-items`, { variant_id: plainId, quantity: 1 }, headers)).status
        ).toBe(200)
        const other = await newCart()
        expect(
          (await api.post(`/store/carts/${other}/line-items`, { variant_id: limitedId, quantity: 10 }, headers)).status
        ).toBe(200)
      })

      it("counts what the cart already holds of the variant toward the maximum", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: limitedId, quantity: 8 }, headers)
        const before = await lines(cartId)
        const { status, data } = await failure(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: limitedId, quantity: 3 }, headers)
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^quantity: at most 10 per order/)
        expect(await lines(cartId)).toEqual(before)
      })
    })

    describe("POST /store/carts/:id/line-items/:line_id", () => {
      it("refuses a change below the minimum or above the maximum, keeping the quantity, and accepts one within", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: limitedId, quantity: 3 }, headers)
        const [line] = await lines(cartId)
        const refusals = [
          [1, /^quantity: at least 2 per order/, "quantity_below_minimum"],
          [11, /^quantity: at most 10 per order/, "quantity_above_maximum"],
        ] as const
        for (const [quantity, message, code] of refusals) {
          const { status, data } = await failure(
            api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity }, headers)
          )
          expect(status).toBe(400)
          expect(data.message).toMatch(message)
          expect(data.code).toBe(code)
          expect((await lines(cartId))[0].quantity).toBe(3)
        }
        const { status } = await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 10 }, headers)
        expect(status).toBe(200)
        expect((await lines(cartId))[0].quantity).toBe(10)
      })

      it("still removes a line with quantity 0", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: limitedId, quantity: 2 }, headers)
        const [line] = await lines(cartId)
        expect((await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 0 }, headers)).status).toBe(
          200
        )
        expect(await lines(cartId)).toEqual([])
      })
    })

    describe("POST /store/ocop/carts/:id/complete", () => {
      it("refuses a cart whose line fell below a minimum set after it was added, ordering nothing", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: plainId, quantity: 2 }, headers)
        const products = getContainer().resolve(Modules.PRODUCT)
        await products.updateProductVariants(plainId, { metadata: { min_quantity: 3 } })
        try {
          const { status, data } = await failure(api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers))
          expect(status).toBe(400)
          expect(data.message).toMatch(/^quantity: at least 3 per order for /)
          const {
            data: { cart },
          } = await api.get(`/store/carts/${cartId}?fields=completed_at`, headers)
          expect(cart.completed_at).toBeNull()
        } finally {
          await products.updateProductVariants(plainId, { metadata: { min_quantity: null } })
        }
      })
    })
  },
})
