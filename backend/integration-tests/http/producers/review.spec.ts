import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setupMarketplace } from "../../../src/scripts/setup"
import { setProductsProducerWorkflow } from "../../../src/workflows/producer/workflows/set-products-producer"
import { adminHeaders } from "../../utils/admin"
import { createTestProduct } from "../../utils/fixtures"
import { bearer, signUpApprovedProducer, signUpProducer } from "../../utils/producer-portal"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let salesChannelId: string
    let listings = 0

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const post = (url: string, body: unknown = {}) => call(api.post(url, body, headers))
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const outbox = async (to: string) =>
      (await query().graph({ entity: "notification", fields: ["to", "template", "idempotency_key"], filters: { to } }))
        .data
    const producerStatus = async (id: string) =>
      (await query().graph({ entity: "producer", fields: ["status", "status_reason"], filters: { id } })).data[0]
    const productRow = async (id: string) =>
      (await query().graph({ entity: "product", fields: ["status", "metadata"], filters: { id } })).data[0]

    /** A listing as the portal makes it: a proposed product of the producer, in the storefront's sales channel. */
    async function proposeListing(producerId: string, title = "Chè shan tuyết Mường Ảng") {
      listings += 1
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title,
              handle: `listing-${Date.now()}-${listings}`,
              status: ProductStatus.PROPOSED,
              metadata: { title_en: "Mường Ảng snow tea" },
              sales_channels: [{ id: salesChannelId }],
              options: [{ title: "Quy cách", values: ["100 g"] }],
              variants: [
                {
                  title: "100 g",
                  options: { "Quy cách": "100 g" },
                  prices: [{ currency_code: "vnd", amount: 120000 }],
                },
              ],
            },
          ],
        },
      })
      await setProductsProducerWorkflow(getContainer()).run({
        input: { producer_id: producerId, product_ids: [result[0].id] },
      })
      return result[0]
    }

    beforeAll(async () => {
      const setup = await setupMarketplace(getContainer())
      salesChannelId = setup.salesChannelId
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      headers = await adminHeaders(api, getContainer())
    })

    describe("POST /admin/ocop/producers/:id/approve", () => {
      it("approves a pending application and e-mails the owner", async () => {
        const { producer, email, token } = await signUpProducer(api, getContainer())
        const response = await post(`/admin/ocop/producers/${producer.id}/approve`)
        expect(response.status).toBe(200)
        expect(response.data.producer.status).toBe("active")
        expect((await api.get("/producer/me", bearer(token))).data.producer.status).toBe("active")
        expect(await outbox(email)).toEqual([expect.objectContaining({ template: "producer-application-approved" })])
      })

      it("refuses to approve an active producer with 400 naming status, and e-mails nothing", async () => {
        const { producer, email } = await signUpApprovedProducer(api, getContainer())
        const response = await post(`/admin/ocop/producers/${producer.id}/approve`)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^status/)
        expect(await outbox(email)).toHaveLength(0)
      })

      it("reinstates a suspended producer", async () => {
        const { producer } = await signUpApprovedProducer(api, getContainer())
        await post(`/admin/ocop/producers/${producer.id}/suspend`, { reason: "Kiểm tra an toàn thực phẩm" })
        const response = await post(`/admin/ocop/producers/${producer.id}/approve`)
        expect(response.data.producer).toMatchObject({ status: "active", status_reason: null })
      })
    })

    describe("POST /admin/ocop/producers/:id/reject", () => {
      it("rejects a pending application with its reason, which the applicant reads, and e-mails the owner", async () => {
        const { producer, email, token } = await signUpProducer(api, getContainer())
        const response = await post(`/admin/ocop/producers/${producer.id}/reject`, {
          reason: "Thiếu giấy đăng ký kinh doanh",
        })
        expect(response.status).toBe(200)
        expect(response.data.producer).toMatchObject({
          status: "rejected",
          status_reason: "Thiếu giấy đăng ký kinh doanh",
        })
        expect((await api.get("/producer/me", bearer(token))).data.producer.status_reason).toBe(
          "Thiếu giấy đăng ký kinh doanh"
        )
        const mails = await outbox(email)
        expect(mails).toEqual([expect.objectContaining({ template: "producer-application-rejected" })])
        expect(mails[0].idempotency_key).toMatch(new RegExp(`^application_rejected:${producer.id}:`))
      })

      it("answers 400 naming reason without one, and leaves the application pending", async () => {
        const { producer, email } = await signUpProducer(api, getContainer())
        const response = await post(`/admin/ocop/producers/${producer.id}/reject`, {})
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^reason is required/)
        expect((await producerStatus(producer.id)).status).toBe("pending")
        expect(await outbox(email)).toHaveLength(0)
      })

      it("refuses to reject an active producer with 400 naming status", async () => {
        const { producer } = await signUpApprovedProducer(api, getContainer())
        const response = await post(`/admin/ocop/producers/${producer.id}/reject`, { reason: "Đổi ý" })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^status/)
        expect(await producerStatus(producer.id)).toMatchObject({ status: "active", status_reason: null })
      })

      it("answers 404 for an unknown producer", async () => {
        expect((await post("/admin/ocop/producers/prdc_missing/reject", { reason: "Không rõ" })).status).toBe(404)
      })
    })

    describe("POST /admin/ocop/producers/:id/suspend", () => {
      it("suspends an active producer with the reason, e-mails the owner, and the portal refuses its writes", async () => {
        const { producer, email, token } = await signUpApprovedProducer(api, getContainer())
        const response = await post(`/admin/ocop/producers/${producer.id}/suspend`, { reason: "Vi phạm nhãn mác" })
        expect(response.data.producer).toMatchObject({ status: "suspended", status_reason: "Vi phạm nhãn mác" })
        expect(await outbox(email)).toEqual([expect.objectContaining({ template: "producer-producer-suspended" })])
        expect((await call(api.post("/producer/me", { story_vi: "x" }, bearer(token)))).status).toBe(403)
      })

      it("answers 400 naming reason without one, and the producer keeps selling", async () => {
        const { producer } = await signUpApprovedProducer(api, getContainer())
        const response = await post(`/admin/ocop/producers/${producer.id}/suspend`, {})
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^reason is required/)
        expect((await producerStatus(producer.id)).status).toBe("active")
      })

      it("refuses to suspend a pending application with 400 naming status", async () => {
        const { producer } = await signUpProducer(api, getContainer())
        const response = await post(`/admin/ocop/producers/${producer.id}/suspend`, { reason: "Kiểm tra" })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^status/)
        expect((await producerStatus(producer.id)).status).toBe("pending")
      })
    })

    describe("GET /admin/ocop/listings", () => {
      it("lists proposed listings with their producer, and neither products without a producer nor decided ones", async () => {
        const { producer } = await signUpApprovedProducer(api, getContainer())
        const listing = await proposeListing(producer.id)
        const decided = await proposeListing(producer.id, "Mật ong bạc hà")
        await post(`/admin/ocop/listings/${decided.id}/approve`)
        const orphan = await createTestProduct(getContainer())

        const { data } = await api.get("/admin/ocop/listings?limit=200", headers)
        const ids = data.products.map((p: { id: string }) => p.id)
        expect(ids).toContain(listing.id)
        expect(ids).not.toContain(decided.id)
        expect(ids).not.toContain(orphan.id)
        expect(data.products.find((p: { id: string }) => p.id === listing.id)).toMatchObject({
          title: "Chè shan tuyết Mường Ảng",
          title_en: "Mường Ảng snow tea",
          status: "proposed",
          created_at: expect.any(String),
          producer: { id: producer.id, name: producer.name, handle: producer.handle },
        })
        expect(data.count).toBe(data.products.length)
      })

      it("lists rejected listings with their reason when asked for status=rejected", async () => {
        const { producer } = await signUpApprovedProducer(api, getContainer())
        const listing = await proposeListing(producer.id)
        await post(`/admin/ocop/listings/${listing.id}/reject`, { reason: "Ảnh mờ" })
        const { data } = await api.get("/admin/ocop/listings?status=rejected&limit=200", headers)
        expect(data.products.find((p: { id: string }) => p.id === listing.id)).toMatchObject({
          status: "rejected",
          review_reason: "Ảnh mờ",
        })
      })

      it("answers 400 naming status for an unknown status", async () => {
        const response = await call(api.get("/admin/ocop/listings?status=draft", headers))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/status/)
      })
    })

    describe("POST /admin/ocop/listings/:id/approve", () => {
      it("publishes a proposed listing, which the storefront then sells, and e-mails the producer", async () => {
        const { producer, email } = await signUpApprovedProducer(api, getContainer())
        const listing = await proposeListing(producer.id)
        expect((await api.get(`/store/products?id=${listing.id}`, store)).data.products).toHaveLength(0)

        const response = await post(`/admin/ocop/listings/${listing.id}/approve`)
        expect(response.status).toBe(200)
        expect(response.data.product).toMatchObject({ id: listing.id, status: "published", review_reason: null })
        expect(
          (await api.get(`/store/products?id=${listing.id}`, store)).data.products.map((p: { id: string }) => p.id)
        ).toEqual([listing.id])
        expect(await outbox(email)).toEqual([expect.objectContaining({ template: "producer-listing-approved" })])
      })

      it("refuses a listing that is already published with 400 naming status", async () => {
        const { producer, email } = await signUpApprovedProducer(api, getContainer())
        const listing = await proposeListing(producer.id)
        await post(`/admin/ocop/listings/${listing.id}/approve`)
        const response = await post(`/admin/ocop/listings/${listing.id}/approve`)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^status/)
        expect(await outbox(email)).toHaveLength(1)
      })

      it("refuses to put a suspended producer's listing on sale with 400 naming producer", async () => {
        const { producer } = await signUpApprovedProducer(api, getContainer())
        const listing = await proposeListing(producer.id)
        await post(`/admin/ocop/producers/${producer.id}/suspend`, { reason: "Kiểm tra an toàn thực phẩm" })
        const response = await post(`/admin/ocop/listings/${listing.id}/approve`)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^producer/)
        expect((await productRow(listing.id)).status).toBe("proposed")
      })

      it("answers 404 for a product without a producer, which is not a listing, and leaves it as it was", async () => {
        const orphan = await createTestProduct(getContainer())
        const response = await post(`/admin/ocop/listings/${orphan.id}/approve`)
        expect(response.status).toBe(404)
        expect((await productRow(orphan.id)).status).toBe("published")
      })

      it("answers 404 for an unknown product", async () => {
        expect((await post("/admin/ocop/listings/prod_missing/approve")).status).toBe(404)
      })
    })

    describe("POST /admin/ocop/listings/:id/reject", () => {
      it("rejects a proposed listing with the reason in review_reason, keeps it off the storefront, and e-mails the producer", async () => {
        const { producer, email } = await signUpApprovedProducer(api, getContainer())
        const listing = await proposeListing(producer.id)
        const response = await post(`/admin/ocop/listings/${listing.id}/reject`, {
          reason: "Thiếu thông tin hạn sử dụng",
        })
        expect(response.status).toBe(200)
        expect(response.data.product).toMatchObject({
          status: "rejected",
          review_reason: "Thiếu thông tin hạn sử dụng",
        })
        const row = await productRow(listing.id)
        expect(row.status).toBe("rejected")
        // The portal's own metadata survives the review.
        expect(row.metadata).toMatchObject({
          title_en: "Mường Ảng snow tea",
          review_reason: "Thiếu thông tin hạn sử dụng",
        })
        expect((await api.get(`/store/products?id=${listing.id}`, store)).data.products).toHaveLength(0)
        expect(await outbox(email)).toEqual([expect.objectContaining({ template: "producer-listing-rejected" })])
      })

      it("answers 400 naming reason without one, and the listing stays proposed", async () => {
        const { producer, email } = await signUpApprovedProducer(api, getContainer())
        const listing = await proposeListing(producer.id)
        const response = await post(`/admin/ocop/listings/${listing.id}/reject`, {})
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^reason is required/)
        expect((await productRow(listing.id)).status).toBe("proposed")
        expect(await outbox(email)).toHaveLength(0)
      })

      it("clears the reason when a listing proposed again is approved", async () => {
        const { producer } = await signUpApprovedProducer(api, getContainer())
        const listing = await proposeListing(producer.id)
        await post(`/admin/ocop/listings/${listing.id}/reject`, { reason: "Ảnh mờ" })
        // What editing a rejected listing does in the portal.
        await getContainer().resolve("product").updateProducts(listing.id, { status: ProductStatus.PROPOSED })
        const response = await post(`/admin/ocop/listings/${listing.id}/approve`)
        expect(response.data.product).toMatchObject({ status: "published", review_reason: null })
        expect((await productRow(listing.id)).metadata).not.toHaveProperty("review_reason")
      })
    })
  },
})
