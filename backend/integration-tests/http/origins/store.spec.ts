import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { setupSeededMarketplace } from "../../utils/marketplace"

const catalogue = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../../seed/catalogue/ocop-catalogue.json"), "utf8")
)
type SeededProduct = {
  handle: string
  title: string
  producer: string
  origin: Record<string, string>
  certificates: { certificate_number: string }[]
}
const products = catalogue.products as SeededProduct[]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    // Seeding the whole catalogue takes longer than the default hook timeout on a busy machine.
    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      headers = { headers: { "x-publishable-api-key": setup.publishableKey } }
    }, 360_000)

    const productId = async (handle: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle } })
      return data[0].id as string
    }
    const failure = (code: string, options = headers) =>
      api.get(`/store/ocop/origins/${code}`, options).catch((e: any) => e.response)

    describe("GET /store/ocop/origins/:code", () => {
      it("returns the place, growing area, product, producer and certificates of a product on sale", async () => {
        const seeded = products.find((p) => p.origin.growing_area_code && p.certificates.length > 1) ?? products[1]
        const { status, data } = await api.get(`/store/ocop/origins/${seeded.origin.traceability_code}`, headers)

        expect(status).toBe(200)
        expect(data.origin).toMatchObject({
          traceability_code: seeded.origin.traceability_code,
          growing_area_code: seeded.origin.growing_area_code,
          province_code: seeded.origin.province_code,
          commune_code: seeded.origin.commune_code,
          former_district: seeded.origin.former_district,
          product: { handle: seeded.handle, title: seeded.title },
          producer: { handle: seeded.producer },
        })
        expect(data.origin.province_name).toEqual(expect.any(String))
        expect(data.origin.commune_name).toEqual(expect.any(String))
        expect(
          data.origin.certificates.map((c: { certificate_number: string }) => c.certificate_number).sort()
        ).toEqual(seeded.certificates.map((c) => c.certificate_number).sort())
        expect(data.origin.certificates[0].status).toMatch(/^(active|expiring|expired|revoked)$/)
      })

      it("keeps the producer's private fields out", async () => {
        const { data } = await api.get(`/store/ocop/origins/${products[0].origin.traceability_code}`, headers)
        expect(data.origin.producer).not.toHaveProperty("tax_code")
        expect(data.origin.producer).not.toHaveProperty("phone")
        expect(data.origin.producer).not.toHaveProperty("email")
        expect(data.origin.product).not.toHaveProperty("sales_channels")
      })

      it("answers 404 with a message for a code nobody has", async () => {
        const { status, data } = await failure("khong-co-ma-nay")
        expect(status).toBe(404)
        expect(data.message).toMatch(/khong-co-ma-nay/)
      })

      it("answers 400 naming the field for a malformed code", async () => {
        const { status, data } = await failure("Ma%20Sai!")
        expect(status).toBe(400)
        expect(data.message).toMatch(/code/)
      })

      it("answers 404 once the product is no longer published", async () => {
        const seeded = products[2]
        const productModule = getContainer().resolve(Modules.PRODUCT)
        const id = await productId(seeded.handle)
        await productModule.updateProducts(id, { status: ProductStatus.DRAFT })
        try {
          expect((await failure(seeded.origin.traceability_code)).status).toBe(404)
        } finally {
          await productModule.updateProducts(id, { status: ProductStatus.PUBLISHED })
        }
        expect((await api.get(`/store/ocop/origins/${seeded.origin.traceability_code}`, headers)).status).toBe(200)
      })

      it("answers 404 to a key of another sales channel", async () => {
        const container = getContainer()
        const [channel] = await container
          .resolve(Modules.SALES_CHANNEL)
          .createSalesChannels([{ name: "Other channel" }])
        const [key] = await container
          .resolve(Modules.API_KEY)
          .createApiKeys([{ title: "Other", type: "publishable", created_by: "test" }])
        await container.resolve(ContainerRegistrationKeys.LINK).create({
          [Modules.API_KEY]: { publishable_key_id: key.id },
          [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
        })
        const other = { headers: { "x-publishable-api-key": key.token } }
        expect((await failure(products[0].origin.traceability_code, other)).status).toBe(404)
      })

      it("requires a publishable key", async () => {
        expect((await failure(products[0].origin.traceability_code, { headers: {} })).status).toBe(400)
      })
    })
  },
})
