import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setupSeededMarketplace } from "../../utils/marketplace"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: Awaited<ReturnType<typeof setupSeededMarketplace>>

    beforeAll(async () => {
      setup = await setupSeededMarketplace(getContainer())
    })

    describe("marketplace setup", () => {
      it("seeds the starter catalogue once and duplicates nothing when run again", async () => {
        expect(setup.created).toBeGreaterThanOrEqual(12)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
        const before = {
          products: await count("product"),
          regions: await count("region"),
          keys: await count("api_key"),
          shipping: await count("shipping_option"),
          locations: await count("stock_location"),
          users: await count("user"),
        }

        const again = await setupSeededMarketplace(getContainer())

        expect(again.created).toBe(0)
        expect(again.publishableKey).toBe(setup.publishableKey)
        expect({
          products: await count("product"),
          regions: await count("region"),
          keys: await count("api_key"),
          shipping: await count("shipping_option"),
          locations: await count("stock_location"),
          users: await count("user"),
        }).toEqual(before)
      })

      it("sells in VND from a tax-inclusive region Việt Nam", async () => {
        const headers = { "x-publishable-api-key": setup.publishableKey }
        const { data } = await api.get("/store/regions", { headers })
        expect(data.regions).toEqual([expect.objectContaining({ name: "Việt Nam", currency_code: "vnd" })])
        expect(data.regions[0].countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["vn"])

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: preferences } = await query.graph({
          entity: "price_preference",
          fields: ["attribute", "value", "is_tax_inclusive"],
        })
        expect(preferences).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ attribute: "region_id", value: setup.regionId, is_tax_inclusive: true }),
            expect.objectContaining({ attribute: "currency_code", value: "vnd", is_tax_inclusive: true }),
          ])
        )
      })
    })

    describe("GET /store/products", () => {
      it("returns the seeded products with VND prices in whole đồng", async () => {
        const headers = { "x-publishable-api-key": setup.publishableKey }
        const { data, status } = await api.get(
          `/store/products?region_id=${setup.regionId}&fields=handle,title,thumbnail,*variants.calculated_price&limit=50`,
          { headers }
        )
        expect(status).toBe(200)
        expect(data.count).toBe(setup.created)
        const weasel = data.products.find((p: { handle: string }) => p.handle === "ca-phe-chon-buon-ma-thuot")
        expect(weasel.title).toBe("Cà phê chồn Buôn Ma Thuột")
        expect(weasel.thumbnail).toMatch(/\/static\/.+\.webp$/)
        expect(weasel.variants[0].calculated_price).toMatchObject({
          currency_code: "vnd",
          calculated_amount: 1250000,
          is_calculated_price_tax_inclusive: true,
        })
        for (const product of data.products) {
          for (const variant of product.variants) {
            expect(Number.isInteger(variant.calculated_price.calculated_amount)).toBe(true)
          }
        }
      })

      it("rejects a request without the publishable key", async () => {
        const error = await api.get("/store/products").catch((e: any) => e)
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toMatch(/publishable/i)
      })
    })
  },
})
