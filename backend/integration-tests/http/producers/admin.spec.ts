import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../../utils/admin"
import { createTestProduct, MUONG_ANG_PRODUCER, muongAngCommune } from "../../utils/fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let communeCode: string

    const countProducers = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      return (await query.graph({ entity: "producer", fields: ["id"] })).data.length
    }
    const producerBody = (overrides: Record<string, unknown> = {}) => ({
      ...MUONG_ANG_PRODUCER,
      commune_code: communeCode,
      ...overrides,
    })
    const post = (url: string, body: unknown) => api.post(url, body, headers).catch((e: any) => e.response)

    beforeAll(async () => {
      headers = await adminHeaders(api, getContainer())
      communeCode = (await muongAngCommune(getContainer())).code
    })

    describe("POST /admin/ocop/producers", () => {
      it("registers a pending producer with its own stock location and the commune's former district", async () => {
        const response = await post("/admin/ocop/producers", producerBody())
        expect(response.status).toBe(201)
        expect(response.data.producer).toMatchObject({
          handle: MUONG_ANG_PRODUCER.handle,
          status: "pending",
          former_district: "Huyện Mường Ảng",
        })
        const { data } = await api.get(`/admin/ocop/producers/${response.data.producer.id}`, headers)
        expect(data.producer.stock_location.name).toBe(`Kho ${MUONG_ANG_PRODUCER.name}`)
      })

      it.each([
        ["tax_code", { tax_code: "0100109107" }],
        ["tax_code", { tax_code: "0100109106-000" }],
        ["phone", { phone: "0112345678" }],
        ["email", { email: "not-an-email" }],
        ["legal_form", { legal_form: "company" }],
        ["commune_code", { commune_code: "26734" }],
        ["commune_code", { commune_code: "12" }],
        ["former_district", { former_district: "Huyện Tuần Giáo" }],
        ["ethnic_group", { ethnic_minority_led: false, ethnic_group: "Thái" }],
      ])("rejects a bad %s with 400 naming it and writes nothing", async (field, overrides) => {
        const before = await countProducers()
        const response = await post(
          "/admin/ocop/producers",
          producerBody({ handle: "bad-producer", tax_code: "5600112233", ...overrides })
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect(await countProducers()).toBe(before)
      })

      it("refuses a tax code that another producer holds", async () => {
        expect((await post("/admin/ocop/producers", producerBody())).status).toBe(201)
        const response = await post("/admin/ocop/producers", producerBody({ handle: "another-handle" }))
        expect(response.status).toBe(422)
        expect(response.data.message).toContain("tax_code")
      })
    })

    describe("approve and suspend", () => {
      it("moves a producer to active, then suspended with the reason", async () => {
        const id = (await post("/admin/ocop/producers", producerBody())).data.producer.id
        const approved = await post(`/admin/ocop/producers/${id}/approve`, {})
        expect(approved.data.producer.status).toBe("active")
        const suspended = await post(`/admin/ocop/producers/${id}/suspend`, { reason: "Hết hạn giấy phép" })
        expect(suspended.data.producer).toMatchObject({ status: "suspended", status_reason: "Hết hạn giấy phép" })
        expect((await post("/admin/ocop/producers/prdc_missing/approve", {})).status).toBe(404)
      })
    })

    describe("GET /admin/ocop/producers", () => {
      it("finds producers by name without the exact case and filters by status", async () => {
        const created = (await post("/admin/ocop/producers", producerBody())).data.producer
        const { data } = await api.get(
          `/admin/ocop/producers?q=${encodeURIComponent("cà phê mường")}&status=pending`,
          headers
        )
        expect(data.producers.map((p: { id: string }) => p.id)).toEqual([created.id])
        const { data: active } = await api.get(`/admin/ocop/producers?status=active`, headers)
        expect(active.producers).toHaveLength(0)
      })
    })

    describe("product ↔ producer ↔ certificate ↔ origin", () => {
      it("links a product to its producer, origin and certificates, replacing the producer link", async () => {
        const product = await createTestProduct(getContainer())
        const producerId = (await post("/admin/ocop/producers", producerBody())).data.producer.id
        const other = await post(
          "/admin/ocop/producers",
          producerBody({ handle: "ho-kinh-doanh-che", tax_code: "5600112233", name: "Hộ kinh doanh Chè (test)" })
        )
        expect(other.status).toBe(201)

        await post(`/admin/ocop/products/${product.id}/producer`, { producer_id: other.data.producer.id })
        const linked = await post(`/admin/ocop/products/${product.id}/producer`, { producer_id: producerId })
        expect(linked.data.product.producer.id).toBe(producerId)

        const origin = await post(`/admin/ocop/products/${product.id}/origin`, {
          province_code: "11",
          commune_code: communeCode,
          growing_area_code: "VN-DBI-MA-0012",
        })
        expect(origin.status).toBe(200)
        expect(origin.data.product.ocop_origin).toMatchObject({
          province_name: "Điện Biên",
          former_district: "Huyện Mường Ảng",
          growing_area_code: "VN-DBI-MA-0012",
        })
        expect(origin.data.product.ocop_origin.traceability_code).toMatch(/^[a-z0-9-]{4,64}$/)

        const badOrigin = await post(`/admin/ocop/products/${product.id}/origin`, {
          province_code: "66",
          commune_code: communeCode,
        })
        expect(badOrigin.status).toBe(400)
        expect(badOrigin.data.message).toContain("commune_code")

        const certificate = await post("/admin/ocop/certificates", {
          product_id: product.id,
          certificate_number: "DEMO-DB-2024-0001",
          decision_number: "45/QĐ-UBND",
          decision_date: "2024-05-02",
          issuing_body: "UBND tỉnh Điện Biên",
          level: "province",
          score: 72,
          product_set: 13,
        })
        expect(certificate.status).toBe(201)
        expect(certificate.data.certificate.product.producer.id).toBe(producerId)

        const { data } = await api.get(`/admin/ocop/producers/${producerId}`, headers)
        expect(data.producer.products.map((p: { id: string }) => p.id)).toContain(product.id)
        const { data: other2 } = await api.get(`/admin/ocop/producers/${other.data.producer.id}`, headers)
        expect(other2.producer.products.map((p: { id: string }) => p.id)).not.toContain(product.id)
      })
    })
  },
})
