import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setupMarketplace } from "../../../src/scripts/setup"
import { muongAngCommune } from "../../utils/fixtures"
import { bearer, signUpApprovedProducer, signUpProducer } from "../../utils/producer-portal"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    let store: { headers: Record<string, string> }
    let communeCode: string

    beforeAll(async () => {
      const setup = await setupMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      communeCode = (await muongAngCommune(getContainer())).code
    })

    let listings = 0
    const listing = (overrides: Record<string, unknown> = {}) => {
      listings += 1
      return {
        title: `Chè shan tuyết Mường Ảng ${listings}`,
        title_en: "Muong Ang Shan Tuyet tea",
        description: "Chè shan tuyết cổ thụ, hái tay.",
        description_en: "Hand-picked tea from old Shan Tuyet trees.",
        product_set: 11,
        variants: [
          { title: "Hộp 100 g", sku: `CHE-${Date.now()}-${listings}-100`, price: 120000, stock: 30 },
          { title: "Hộp 250 g", price: 280000, stock: 12 },
        ],
        ...overrides,
      }
    }
    const createListing = async (token: string, overrides: Record<string, unknown> = {}) =>
      (await api.post("/producer/products", listing(overrides), bearer(token))).data.product
    const productsTitled = async (title: string) =>
      (await query().graph({ entity: "product", fields: ["id"], filters: { title } })).data

    describe("POST /producer/products", () => {
      it("creates a proposed listing of the producer with VND prices, stock at its own location, and English texts", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const body = listing()
        const response = await api.post("/producer/products", body, bearer(token))

        expect(response.status).toBe(201)
        const { product } = response.data
        // An ASCII handle from the Vietnamese title, as the catalogue's (the storefront's product URLs).
        expect(product.handle).toMatch(/^che-shan-tuyet-[a-z0-9-]*[0-9a-f]{6}$/)
        expect(product).toMatchObject({
          title: body.title,
          title_en: "Muong Ang Shan Tuyet tea",
          description_en: "Hand-picked tea from old Shan Tuyet trees.",
          status: "proposed",
          review_reason: null,
          archived_at: null,
          product_set: 11,
          images: [],
          origin: null,
          certificate: null,
        })
        expect(product.variants).toEqual([
          expect.objectContaining({
            title: "Hộp 100 g",
            sku: body.variants[0].sku,
            price: 120000,
            stock: 30,
            available: 30,
          }),
          expect.objectContaining({ title: "Hộp 250 g", sku: null, price: 280000, stock: 12, available: 12 }),
        ])
        const {
          data: [row],
        } = await query().graph({
          entity: "product",
          fields: ["producer.id", "shipping_profile.id", "sales_channels.id"],
          filters: { id: product.id },
        })
        const {
          data: [own],
        } = await query().graph({
          entity: "producer",
          fields: ["shipping_profile.id", "stock_location.id"],
          filters: { id: producer.id },
        })
        expect(row.producer?.id).toBe(producer.id)
        expect((row as any).shipping_profile?.id).toBe((own as any).shipping_profile.id)
        const [level] = await getContainer()
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ location_id: (own as any).stock_location.id })
        expect(level).toBeDefined()
      })

      it("is not on sale in the store while proposed", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const { data } = await api.get(`/store/products?handle=${product.handle}`, store)
        expect(data.products).toHaveLength(0)
      })

      it("records the origin given, with a traceability code", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token, {
          origin: { province_code: "11", commune_code: communeCode, growing_area_code: "VN-DB-001" },
        })
        expect(product.origin).toMatchObject({
          province_code: "11",
          commune_code: communeCode,
          growing_area_code: "VN-DB-001",
        })
        expect(product.origin.traceability_code).toMatch(/^[a-z0-9]+$/)
      })

      it("answers 400 naming variants.0.price for a price that is not whole đồng, and creates nothing", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const body = listing()
        body.variants[0].price = 1200.5
        const response = await call(api.post("/producer/products", body, bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^variants\.0\.price must be a whole number of VND/)
        expect(await productsTitled(body.title)).toHaveLength(0)
      })

      it("answers 400 naming product_set outside the 26 OCOP product sets", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const response = await call(api.post("/producer/products", listing({ product_set: 27 }), bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^product_set/)
      })

      it("answers 400 naming variants without any packaging", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const response = await call(api.post("/producer/products", listing({ variants: [] }), bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^variants must have at least one/)
      })

      it("answers 400 naming origin.commune_code for a commune of another province, and creates nothing", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const body = listing({ origin: { province_code: "01", commune_code: communeCode } })
        const response = await call(api.post("/producer/products", body, bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^origin\.commune_code/)
        expect(await productsTitled(body.title)).toHaveLength(0)
      })

      it("answers 400 naming variants.0.sku for a SKU another product uses, and creates nothing", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const first = await createListing(token)
        const body = listing()
        body.variants[0].sku = first.variants[0].sku
        const response = await call(api.post("/producer/products", body, bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^variants\.0\.sku/)
        expect(await productsTitled(body.title)).toHaveLength(0)
      })

      it("answers 400 naming the field the client may not set", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const response = await call(api.post("/producer/products", listing({ status: "published" }), bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/status/)
      })

      it("answers 403 to a pending producer, and creates nothing", async () => {
        const { token } = await signUpProducer(api, getContainer())
        const body = listing()
        const response = await call(api.post("/producer/products", body, bearer(token)))
        expect(response.status).toBe(403)
        expect(await productsTitled(body.title)).toHaveLength(0)
      })
    })

    describe("GET /producer/products", () => {
      it("lists only the producer's own listings, without archived ones unless status=draft", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const other = await signUpApprovedProducer(api, getContainer())
        const kept = await createListing(token)
        const archived = await createListing(token)
        await createListing(other.token)
        await api.post(`/producer/products/${archived.id}/archive`, {}, bearer(token))

        const { data } = await api.get("/producer/products", bearer(token))
        expect(data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(data.products.map((p: { id: string }) => p.id)).toEqual([kept.id])
        const drafts = await api.get("/producer/products?status=draft", bearer(token))
        expect(drafts.data.products.map((p: { id: string }) => p.id)).toEqual([archived.id])
      })

      it("finds listings by title with q, a page at a time, newest first", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const older = await createListing(token, { title: "Mật ong bạc hà Đồng Văn" })
        const newer = await createListing(token, { title: "Mật ong hoa rừng Đồng Văn" })
        await createListing(token, { title: "Chè Tà Xùa" })

        const first = await api.get(`/producer/products?q=${encodeURIComponent("Mật ong")}&limit=1`, bearer(token))
        const second = await api.get(
          `/producer/products?q=${encodeURIComponent("Mật ong")}&limit=1&offset=1`,
          bearer(token)
        )
        expect(first.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect([first.data.products[0].id, second.data.products[0].id]).toEqual([newer.id, older.id])
      })

      it("answers 400 naming limit past 100", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const response = await call(api.get("/producer/products?limit=500", bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^limit/)
      })
    })

    describe("POST /producer/products/:id", () => {
      it("edits the content of a proposed listing", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const response = await api.post(
          `/producer/products/${product.id}`,
          { title: "Chè shan tuyết cổ thụ", title_en: "Ancient tree tea", product_set: 12 },
          bearer(token)
        )
        expect(response.data.product).toMatchObject({
          title: "Chè shan tuyết cổ thụ",
          title_en: "Ancient tree tea",
          description_en: "Hand-picked tea from old Shan Tuyet trees.",
          product_set: 12,
          status: "proposed",
        })
      })

      it("keeps a published listing published", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        await updateProductsWorkflow(getContainer()).run({
          input: { products: [{ id: product.id, status: ProductStatus.PUBLISHED }] },
        })
        const response = await api.post(
          `/producer/products/${product.id}`,
          { description: "Mùa xuân 2026." },
          bearer(token)
        )
        expect(response.data.product).toMatchObject({ status: "published", description: "Mùa xuân 2026." })
        const { data } = await api.get(`/store/products?handle=${product.handle}`, store)
        expect(data.products).toHaveLength(1)
      })

      it("sends a rejected listing back to review without the old reason", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        await updateProductsWorkflow(getContainer()).run({
          input: {
            products: [
              {
                id: product.id,
                status: ProductStatus.REJECTED,
                metadata: { title_en: "x", product_set: 11, review_reason: "Thiếu ảnh" },
              },
            ],
          },
        })
        expect((await api.get(`/producer/products/${product.id}`, bearer(token))).data.product.review_reason).toBe(
          "Thiếu ảnh"
        )
        const response = await api.post(
          `/producer/products/${product.id}`,
          { subtitle: "Đã bổ sung ảnh" },
          bearer(token)
        )
        expect(response.data.product).toMatchObject({
          status: "proposed",
          review_reason: null,
          subtitle: "Đã bổ sung ảnh",
          title_en: "x",
        })
      })

      it("answers 400 naming title when it is too short, and changes nothing", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const response = await call(api.post(`/producer/products/${product.id}`, { title: "x" }, bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^title/)
        expect((await api.get(`/producer/products/${product.id}`, bearer(token))).data.product.title).toBe(
          product.title
        )
      })

      it("answers 400 naming variants: they have their own routes", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const response = await call(api.post(`/producer/products/${product.id}`, { variants: [] }, bearer(token)))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/variants/)
      })
    })

    describe("POST /producer/products/:id/archive", () => {
      it("takes the listing off sale with the time it was archived", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        await updateProductsWorkflow(getContainer()).run({
          input: { products: [{ id: product.id, status: ProductStatus.PUBLISHED }] },
        })
        const response = await api.post(`/producer/products/${product.id}/archive`, {}, bearer(token))
        expect(response.data.product.status).toBe("draft")
        expect(new Date(response.data.product.archived_at).getTime()).toBeGreaterThan(Date.now() - 60_000)
        const { data } = await api.get(`/store/products?handle=${product.handle}`, store)
        expect(data.products).toHaveLength(0)
      })
    })

    describe("variants", () => {
      it("adds a packaging with its price and stock (201)", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const response = await api.post(
          `/producer/products/${product.id}/variants`,
          { title: "Túi 500 g", price: 520000, stock: 5 },
          bearer(token)
        )
        expect(response.status).toBe(201)
        expect(response.data.product.variants).toHaveLength(3)
        expect(response.data.product.variants[2]).toMatchObject({
          title: "Túi 500 g",
          price: 520000,
          stock: 5,
          available: 5,
        })
      })

      it("answers 400 naming title for a packaging the listing already has", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const response = await call(
          api.post(
            `/producer/products/${product.id}/variants`,
            { title: "Hộp 100 g", price: 1, stock: 1 },
            bearer(token)
          )
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^title/)
        expect((await api.get(`/producer/products/${product.id}`, bearer(token))).data.product.variants).toHaveLength(2)
      })

      it("changes a packaging's price and title", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const variant = product.variants[1]
        const response = await api.post(
          `/producer/products/${product.id}/variants/${variant.id}`,
          { title: "Hộp 300 g", price: 310000 },
          bearer(token)
        )
        expect(response.data.product.variants[1]).toMatchObject({
          id: variant.id,
          title: "Hộp 300 g",
          price: 310000,
          stock: 12,
        })
        const { options } = await getContainer()
          .resolve(Modules.PRODUCT)
          .retrieveProduct(product.id, { relations: ["options.values"] })
        expect(options.map((o) => [o.title, o.values.map((v) => v.value).sort()])).toEqual([
          ["Quy cách", ["Hộp 100 g", "Hộp 300 g"]],
        ])
      })

      it("answers 400 naming price for a negative price, and keeps the old one", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const variant = product.variants[0]
        const response = await call(
          api.post(`/producer/products/${product.id}/variants/${variant.id}`, { price: -5 }, bearer(token))
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^price/)
        expect((await api.get(`/producer/products/${product.id}`, bearer(token))).data.product.variants[0].price).toBe(
          120000
        )
      })

      it("sets the stock at the producer's location", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const variant = product.variants[0]
        const response = await api.post(
          `/producer/products/${product.id}/variants/${variant.id}/stock`,
          { quantity: 7 },
          bearer(token)
        )
        expect(response.data.product.variants[0]).toMatchObject({ id: variant.id, stock: 7, available: 7 })
      })

      it("creates the stock level at the producer's location when the variant has none there", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const variant = product.variants[0]
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const {
          data: [row],
        } = await query().graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory_item_id"],
          filters: { id: variant.id },
        })
        const levels = await inventory.listInventoryLevels({
          inventory_item_id: (row as any).inventory_items[0].inventory_item_id,
        })
        await inventory.deleteInventoryLevels(levels.map((level) => level.id))

        const response = await api.post(
          `/producer/products/${product.id}/variants/${variant.id}/stock`,
          { quantity: 4 },
          bearer(token)
        )
        expect(response.data.product.variants[0]).toMatchObject({ stock: 4, available: 4 })
      })

      it("answers 400 naming quantity for a fraction of a unit", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const response = await call(
          api.post(
            `/producer/products/${product.id}/variants/${product.variants[0].id}/stock`,
            { quantity: 1.5 },
            bearer(token)
          )
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^quantity/)
      })
    })

    describe("another producer's listing", () => {
      it("answers 404 to reading, editing, archiving and adding to it", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const other = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(owner.token)
        const responses = await Promise.all([
          call(api.get(`/producer/products/${product.id}`, bearer(other.token))),
          call(api.post(`/producer/products/${product.id}`, { title: "Của tôi" }, bearer(other.token))),
          call(api.post(`/producer/products/${product.id}/archive`, {}, bearer(other.token))),
          call(
            api.post(
              `/producer/products/${product.id}/variants`,
              { title: "Túi 1 kg", price: 1, stock: 1 },
              bearer(other.token)
            )
          ),
        ])
        expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404])
        expect(responses[0].data.message).toBe(`product: no product with id ${product.id}`)
        const {
          data: [row],
        } = await query().graph({ entity: "product", fields: ["title", "status"], filters: { id: product.id } })
        expect(row).toMatchObject({ title: product.title, status: "proposed" })
      })

      it("answers 404 to its variants and their stock", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const other = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(owner.token)
        const variant = product.variants[0]
        const response = await call(
          api.post(`/producer/products/${product.id}/variants/${variant.id}`, { price: 1 }, bearer(other.token))
        )
        const stock = await call(
          api.post(
            `/producer/products/${product.id}/variants/${variant.id}/stock`,
            { quantity: 0 },
            bearer(other.token)
          )
        )
        expect([response.status, stock.status]).toEqual([404, 404])
        expect(
          (await api.get(`/producer/products/${product.id}`, bearer(owner.token))).data.product.variants[0]
        ).toMatchObject({ price: 120000, stock: 30 })
      })

      it("answers 404 to a variant of another product through the producer's own product", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const other = await signUpApprovedProducer(api, getContainer())
        const theirs = await createListing(owner.token)
        const mine = await createListing(other.token)
        const response = await call(
          api.post(`/producer/products/${mine.id}/variants/${theirs.variants[0].id}`, { price: 1 }, bearer(other.token))
        )
        expect(response.status).toBe(404)
        expect(response.data.message).toBe(`variant: no variant with id ${theirs.variants[0].id}`)
      })

      it("answers 404 for an image id that is not of the product", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const response = await call(api.delete(`/producer/products/${product.id}/images/img_not_here`, bearer(token)))
        expect(response.status).toBe(404)
        expect(response.data.message).toMatch(/^image/)
      })
    })
  },
})
