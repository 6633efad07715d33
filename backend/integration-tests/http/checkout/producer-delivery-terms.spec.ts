import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import producerStandardDeliveryCalculated from "../../../src/migration-scripts/producer-standard-delivery-calculated"
import { setupMarketplace } from "../../../src/scripts/setup"
import { DELIVERY_PROVIDER_ID } from "../../../src/workflows/producer/shipping-options"
import { setProductsProducerWorkflow } from "../../../src/workflows/producer/workflows/set-products-producer"
import { adminHeaders } from "../../utils/admin"
import { createTestProducer } from "../../utils/fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let regionId: string
    let producer: { id: string }
    let variantId: string

    beforeAll(async () => {
      const container = getContainer()
      const setup = await setupMarketplace(container)
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      admin = await adminHeaders(api, container)
      regionId = setup.regionId
      producer = await createTestProducer(container)
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Cà phê hạt Mường Ảng",
              handle: "ca-phe-hat-muong-ang-test",
              status: ProductStatus.PUBLISHED,
              sales_channels: [{ id: setup.salesChannelId }],
              options: [{ title: "Quy cách", values: ["500 g"] }],
              variants: [
                {
                  title: "500 g",
                  manage_inventory: false,
                  options: { "Quy cách": "500 g" },
                  prices: [{ currency_code: "vnd", amount: 200000 }],
                },
              ],
            },
          ],
        },
      })
      await setProductsProducerWorkflow(container).run({
        input: { producer_id: producer.id, product_ids: [result[0].id] },
      })
      variantId = result[0].variants[0].id
    }, 300_000)

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)

    async function standardOption() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "producer",
        fields: ["shipping_profile.id", "stock_location.id"],
        filters: { id: producer.id },
      })
      const { data: options } = await query.graph({
        entity: "shipping_option",
        fields: ["id", "price_type", "provider_id", "data", "type.code"],
        filters: { shipping_profile_id: (data[0] as any).shipping_profile.id },
      })
      return {
        option: options.find((o: any) => o.type.code === "standard") as any,
        locationId: (data[0] as any).stock_location.id as string,
      }
    }

    /** What standard delivery costs a cart with `quantity` of the producer's 200.000 ₫ coffee. */
    async function feeFor(quantity: number) {
      const {
        data: { cart },
      } = await api.post("/store/carts", { region_id: regionId }, store)
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity }, store)
      const { option } = await standardOption()
      const { data } = await api.post(`/store/shipping-options/${option.id}/calculate`, { cart_id: cart.id }, store)
      return data.shipping_option.amount
    }

    /** What a producer made before thresholds has: a flat manual option, its location without our provider. */
    async function makeItFlat() {
      const container = getContainer()
      const { option, locationId } = await standardOption()
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID },
      })
      await updateShippingOptionsWorkflow(container).run({
        input: [
          {
            id: option.id,
            price_type: "flat",
            provider_id: "manual_manual",
            data: { producer_id: producer.id },
            prices: [{ currency_code: "vnd", amount: 30000 }],
          },
        ],
      })
      expect((await standardOption()).option.price_type).toBe("flat")
    }

    describe("migration script producer-standard-delivery-calculated", () => {
      it("turns every producer's flat standard delivery into the calculated one, keeping its fee", async () => {
        await makeItFlat()
        await producerStandardDeliveryCalculated({ container: getContainer() })
        expect((await standardOption()).option).toMatchObject({
          price_type: "calculated",
          provider_id: DELIVERY_PROVIDER_ID,
        })
        expect(await feeFor(1)).toBe(
          (await api.get(`/admin/ocop/producers/${producer.id}`, admin)).data.producer.shipping_fee
        )
        // A second run finds nothing to do.
        await producerStandardDeliveryCalculated({ container: getContainer() })
        expect((await standardOption()).option.price_type).toBe("calculated")
      })
    })

    describe("POST /admin/ocop/producers/:id", () => {
      it.each([
        ["a negative threshold", { free_shipping_threshold: -1 }, /free_shipping_threshold/],
        ["a fractional fee", { shipping_fee: 1.5 }, /shipping_fee/],
        ["a threshold given as text", { free_shipping_threshold: "500000" }, /free_shipping_threshold/],
      ])("refuses %s with a 400 naming the field, changing nothing", async (_name, body, message) => {
        const before = await standardOption()
        const { status, data } = await failure(api.post(`/admin/ocop/producers/${producer.id}`, body, admin))
        expect(status).toBe(400)
        expect(data.message).toMatch(message)
        const { data: after } = await api.get(`/admin/ocop/producers/${producer.id}`, admin)
        expect(after.producer).toMatchObject({ shipping_fee: 30000, free_shipping_threshold: null })
        expect((await standardOption()).option.data).toEqual(before.option.data)
      })

      it("sets the fee and the threshold, and standard delivery is priced from them at once", async () => {
        expect(await feeFor(2)).toBe(30000)
        const { status, data } = await api.post(
          `/admin/ocop/producers/${producer.id}`,
          { shipping_fee: 20000, free_shipping_threshold: 300000 },
          admin
        )
        expect(status).toBe(200)
        expect(data.producer).toMatchObject({ shipping_fee: 20000, free_shipping_threshold: 300000 })
        expect(await feeFor(1)).toBe(20000)
        expect(await feeFor(2)).toBe(0)

        await api.post(`/admin/ocop/producers/${producer.id}`, { free_shipping_threshold: null }, admin)
        expect(await feeFor(2)).toBe(20000)
      })

      it("turns the flat standard delivery of a producer made before thresholds into one that honours them", async () => {
        await makeItFlat()

        const { status } = await api.post(
          `/admin/ocop/producers/${producer.id}`,
          { shipping_fee: 30000, free_shipping_threshold: 400000 },
          admin
        )
        expect(status).toBe(200)
        const converted = (await standardOption()).option
        expect(converted).toMatchObject({ price_type: "calculated", provider_id: DELIVERY_PROVIDER_ID })
        expect(await feeFor(1)).toBe(30000)
        expect(await feeFor(2)).toBe(0)
      })
    })
  },
})
