import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setupSeededMarketplace } from "../../utils/marketplace"

const catalogue = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../../seed/catalogue/ocop-catalogue.json"), "utf8")
)
// "+" must be sent encoded: in a query string a bare "+" is a space.
const OCOP_FIELDS = encodeURIComponent(
  "+producer.name,+producer.handle,+producer.legal_form,+ocop_certificates.*,+ocop_origin.*"
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: Awaited<ReturnType<typeof setupSeededMarketplace>>
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      setup = await setupSeededMarketplace(getContainer())
      headers = { headers: { "x-publishable-api-key": setup.publishableKey } }
    })

    describe("marketplace setup", () => {
      it("seeds the OCOP catalogue once and duplicates nothing when run again", async () => {
        expect(setup.created).toBe(catalogue.products.length)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
        const entities = [
          "product",
          "producer",
          "ocop_certificate",
          "ocop_origin",
          "region",
          "api_key",
          "shipping_option",
          "stock_location",
          "user",
          "province",
          "commune",
        ]
        const before = Object.fromEntries(await Promise.all(entities.map(async (e) => [e, await count(e)])))
        expect(before).toMatchObject({ producer: catalogue.producers.length, province: 34, commune: 3321 })

        const again = await setupSeededMarketplace(getContainer())

        expect(again.created).toBe(0)
        expect(again.publishableKey).toBe(setup.publishableKey)
        expect(Object.fromEntries(await Promise.all(entities.map(async (e) => [e, await count(e)])))).toEqual(before)
      })

      it("sells in VND from a tax-inclusive region Việt Nam", async () => {
        const { data } = await api.get("/store/regions", headers)
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
      it("returns seeded products with VND prices in whole đồng", async () => {
        const seeded = catalogue.products[0]
        const { data, status } = await api.get(
          `/store/products?region_id=${setup.regionId}&handle=${seeded.handle}&fields=handle,title,thumbnail,*variants.calculated_price`,
          headers
        )
        expect(status).toBe(200)
        const [product] = data.products
        expect(product.title).toBe(seeded.title)
        expect(product.thumbnail).toMatch(/\/static\/.+\.webp$/)
        expect(product.variants.map((v: any) => v.calculated_price.calculated_amount).sort()).toEqual(
          seeded.variants.map((v: { price: number }) => v.price).sort()
        )
        expect(product.variants[0].calculated_price).toMatchObject({
          currency_code: "vnd",
          is_calculated_price_tax_inclusive: true,
        })
      })

      it("carries producer, certificates with status, and origin names", async () => {
        const seeded = catalogue.products.find((p: any) => p.certificates.length > 1) ?? catalogue.products[0]
        const { data } = await api.get(`/store/products?handle=${seeded.handle}&fields=${OCOP_FIELDS}`, headers)
        const [product] = data.products
        const producer = catalogue.producers.find((p: any) => p.handle === seeded.producer)
        expect(product.producer).toMatchObject({
          name: producer.name,
          handle: producer.handle,
          legal_form: producer.legal_form,
        })
        expect(product.ocop_origin).toMatchObject({
          province_code: seeded.origin.province_code,
          commune_code: seeded.origin.commune_code,
          former_district: seeded.origin.former_district,
          traceability_code: seeded.origin.traceability_code,
        })
        expect(product.ocop_origin.province_name).toBeTruthy()
        expect(product.ocop_origin.commune_name).toBeTruthy()
        expect(product.ocop_certificates.map((c: any) => c.certificate_number).sort()).toEqual(
          seeded.certificates.map((c: any) => c.certificate_number).sort()
        )
        for (const certificate of product.ocop_certificates) {
          expect(["active", "expiring", "expired", "revoked"]).toContain(certificate.status)
          expect(certificate.product_group).toBe("I")
        }
      })

      it("reads the OCOP fields in a number of queries that does not grow with the page size", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        let queries = 0
        const count = () => queries++
        knex.on("query", count)
        const queriesFor = async (limit: number) => {
          queries = 0
          const { data } = await api.get(`/store/products?limit=${limit}&fields=${OCOP_FIELDS}`, headers)
          expect(data.products).toHaveLength(limit)
          for (const product of data.products) {
            expect(product.producer.name).toBeTruthy()
            expect(product.ocop_certificates.length).toBeGreaterThan(0)
            expect(product.ocop_origin.traceability_code).toBeTruthy()
          }
          return queries
        }
        const forTwo = await queriesFor(2)
        const forFifty = await queriesFor(50)
        knex.removeListener("query", count)
        expect(forTwo).toBeGreaterThan(0)
        expect(forFifty).toBe(forTwo)
      })

      it("rejects a request without the publishable key", async () => {
        const error = await api.get("/store/products").catch((e: any) => e)
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toMatch(/publishable/i)
      })
    })

    describe("GET /store/ocop/producers/:handle", () => {
      it("returns an active producer with its published products", async () => {
        const producer = catalogue.producers[0]
        const { data } = await api.get(`/store/ocop/producers/${producer.handle}`, headers)
        expect(data.producer).toMatchObject({ name: producer.name, legal_form: producer.legal_form })
        expect(data.producer.tax_code).toBeUndefined()
        expect(data.producer.products.map((p: any) => p.handle).sort()).toEqual(
          catalogue.products
            .filter((p: any) => p.producer === producer.handle)
            .map((p: any) => p.handle)
            .sort()
        )
      })

      it("answers 404 for an unknown producer", async () => {
        const error = await api.get("/store/ocop/producers/khong-co", headers).catch((e: any) => e)
        expect(error.response.status).toBe(404)
      })
    })
  },
})
