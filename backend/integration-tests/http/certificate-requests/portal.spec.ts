import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PDFDocument } from "pdf-lib"
import { setProductsProducerWorkflow } from "../../../src/workflows/producer/workflows/set-products-producer"
import { adminHeaders } from "../../utils/admin"
import { createTestProduct } from "../../utils/fixtures"
import { bearer, signUpApprovedProducer, signUpProducer } from "../../utils/producer-portal"

// A one-page PDF, made in beforeAll: a scan must open as a PDF, not only start like one.
let PDF: Buffer

const CERTIFICATE = {
  certificate_number: "DB-2025-0042",
  decision_number: "112/QĐ-UBND",
  decision_date: "2025-06-10",
  issuing_body: "UBND tỉnh Điện Biên",
  level: "province",
  score: 75,
  product_set: 2,
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let products = 0

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const post = (url: string, body: unknown = {}) => call(api.post(url, body, headers))
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const outbox = async (to: string) =>
      (await query().graph({ entity: "notification", fields: ["to", "template"], filters: { to } })).data
    const requestsOf = async (productId: string) =>
      (await query().graph({ entity: "ocop_certificate_request", fields: ["*"], filters: { product_id: productId } }))
        .data
    const privateDir = path.resolve(process.cwd(), process.env.FILE_PRIVATE_DIR || "private-files")
    // The stored name carries the product id (see create-certificate-request).
    const storedFilesOf = (productId: string) =>
      fs.existsSync(privateDir) ? fs.readdirSync(privateDir).filter((name) => name.includes(productId)) : []

    function scanForm(bytes: Buffer, name = "giay-chung-nhan.pdf", type = "application/pdf", note?: string) {
      const form = new FormData()
      form.append("file", new Blob([bytes], { type }), name)
      if (note) form.append("note", note)
      return form
    }
    const sendScan = (token: string, productId: string, form: FormData) =>
      call(api.post(`/producer/products/${productId}/certificate-requests`, form, bearer(token)))

    async function productOf(producerId: string, title = "Chè shan tuyết Mường Ảng") {
      products += 1
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title,
              handle: `certified-${Date.now()}-${products}`,
              status: ProductStatus.PROPOSED,
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

    /** A producer, one of its products and the scan it sent: what the office's tests start from. */
    async function pendingRequest() {
      const producer = await signUpApprovedProducer(api, getContainer())
      const product = await productOf(producer.producer.id)
      const response = await sendScan(producer.token, product.id, scanForm(PDF))
      return { ...producer, product, request: response.data.certificate_request }
    }

    beforeAll(async () => {
      const document = await PDFDocument.create()
      document.addPage()
      PDF = Buffer.from(await document.save())
      headers = await adminHeaders(api, getContainer())
    })

    describe("POST /producer/products/:id/certificate-requests", () => {
      it("accepts a PDF scan of the producer's own product as a pending request", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const product = await productOf(producer.id)
        const response = await sendScan(
          token,
          product.id,
          scanForm(PDF, "giay-chung-nhan.pdf", "application/pdf", "Quyết định 112 năm 2025")
        )
        expect(response.status).toBe(201)
        expect(response.data.certificate_request).toMatchObject({
          product_id: product.id,
          product_title: "Chè shan tuyết Mường Ảng",
          status: "pending",
          note: "Quyết định 112 năm 2025",
        })
        const [row] = await requestsOf(product.id)
        expect(row).toMatchObject({
          producer_id: producer.id,
          mime_type: "application/pdf",
          file_name: "giay-chung-nhan.pdf",
        })
        expect(storedFilesOf(product.id)).toHaveLength(1)
      })

      it("refuses a file that is not a PDF or an image by its bytes with 400 naming file, and stores nothing", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const product = await productOf(producer.id)
        const response = await sendScan(
          token,
          product.id,
          scanForm(Buffer.from("PK\u0003\u0004 not really a pdf"), "giay.pdf", "application/pdf")
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^file/)
        expect(await requestsOf(product.id)).toHaveLength(0)
        expect(storedFilesOf(product.id)).toHaveLength(0)
      })

      it("answers 404 for another producer's product, and stores nothing", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const other = await signUpApprovedProducer(api, getContainer())
        const product = await productOf(owner.producer.id)
        const response = await sendScan(other.token, product.id, scanForm(PDF))
        expect(response.status).toBe(404)
        expect(await requestsOf(product.id)).toHaveLength(0)
        expect(storedFilesOf(product.id)).toHaveLength(0)
      })

      it("answers 404 for a product that has no producer", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createTestProduct(getContainer())
        expect((await sendScan(token, product.id, scanForm(PDF))).status).toBe(404)
      })

      it("answers 403 for a producer not yet approved", async () => {
        const { token, producer } = await signUpProducer(api, getContainer())
        const product = await productOf(producer.id)
        expect((await sendScan(token, product.id, scanForm(PDF))).status).toBe(403)
        expect(await requestsOf(product.id)).toHaveLength(0)
      })

      it("answers 400 naming file when no file is sent", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const product = await productOf(producer.id)
        const form = new FormData()
        form.append("note", "quên tệp")
        const response = await sendScan(token, product.id, form)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^file/)
      })
    })

    describe("GET /producer/certificate-requests", () => {
      it("lists only the signed-in producer's requests", async () => {
        const mine = await pendingRequest()
        const theirs = await pendingRequest()
        const { data } = await api.get("/producer/certificate-requests", bearer(mine.token))
        expect(data.certificate_requests.map((r: { id: string }) => r.id)).toEqual([mine.request.id])
        expect(data.certificate_requests[0]).toMatchObject({
          product_id: mine.product.id,
          product_title: mine.product.title,
          status: "pending",
        })
        expect(data.certificate_requests.map((r: { id: string }) => r.id)).not.toContain(theirs.request.id)
      })
    })

    describe("GET /admin/ocop/certificate-requests", () => {
      it("queues pending requests with their product, producer and file", async () => {
        const { request, product, producer } = await pendingRequest()
        const { data } = await api.get("/admin/ocop/certificate-requests?limit=200", headers)
        expect(data.certificate_requests.find((r: { id: string }) => r.id === request.id)).toMatchObject({
          status: "pending",
          file_name: "giay-chung-nhan.pdf",
          product: { id: product.id, title: product.title },
          producer: { id: producer.id, name: producer.name },
        })
      })
    })

    describe("POST /admin/ocop/certificate-requests/:id/approve", () => {
      it("records the certificate for the request's product, marks the request approved and e-mails the producer", async () => {
        const { request, product, email, token } = await pendingRequest()
        const response = await post(`/admin/ocop/certificate-requests/${request.id}/approve`, CERTIFICATE)
        expect(response.status).toBe(200)
        expect(response.data.certificate_request).toMatchObject({
          status: "approved",
          certificate_id: expect.stringMatching(/^ocert/),
        })

        const { data } = await api.get(`/admin/ocop/certificates?q=${CERTIFICATE.certificate_number}`, headers)
        const certificate = data.certificates.find(
          (c: { id: string }) => c.id === response.data.certificate_request.certificate_id
        )
        expect(certificate).toMatchObject({
          certificate_number: CERTIFICATE.certificate_number,
          stars: 4,
          product: { id: product.id },
        })
        expect(await outbox(email)).toEqual([
          expect.objectContaining({ template: "producer-certificate-request-approved" }),
        ])
        const mine = await api.get("/producer/certificate-requests", bearer(token))
        expect(mine.data.certificate_requests[0].status).toBe("approved")
      })

      it.each([
        ["level", { level: "village" }],
        ["decision_date", { decision_date: "2025-02-30" }],
      ])("answers 400 naming a bad %s; the request stays pending", async (field, overrides) => {
        const { request, product } = await pendingRequest()
        const response = await post(`/admin/ocop/certificate-requests/${request.id}/approve`, {
          ...CERTIFICATE,
          ...overrides,
        })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(new RegExp(`^${field}`))
        expect((await requestsOf(product.id))[0]).toMatchObject({ status: "pending", certificate_id: null })
      })

      it("answers 400 naming score for a score below the OCOP threshold; no certificate, the request stays pending, no e-mail", async () => {
        const { request, product, email } = await pendingRequest()
        const response = await post(`/admin/ocop/certificate-requests/${request.id}/approve`, {
          ...CERTIFICATE,
          score: 42,
        })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^score/)
        expect((await requestsOf(product.id))[0]).toMatchObject({
          status: "pending",
          certificate_id: null,
          reviewed_at: null,
        })
        const { data } = await query().graph({
          entity: "product",
          fields: ["ocop_certificates.id"],
          filters: { id: product.id },
        })
        expect(data[0].ocop_certificates ?? []).toHaveLength(0)
        expect(await outbox(email)).toHaveLength(0)
      })

      it("refuses to decide a request twice with 400 naming status", async () => {
        const { request } = await pendingRequest()
        await post(`/admin/ocop/certificate-requests/${request.id}/approve`, CERTIFICATE)
        const response = await post(`/admin/ocop/certificate-requests/${request.id}/approve`, {
          ...CERTIFICATE,
          certificate_number: "DB-2025-0043",
        })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^status/)
      })

      it("answers 404 for an unknown request", async () => {
        expect((await post("/admin/ocop/certificate-requests/ocreq_missing/approve", CERTIFICATE)).status).toBe(404)
      })
    })

    describe("POST /admin/ocop/certificate-requests/:id/reject", () => {
      it("rejects the request with the reason, which the producer reads, and e-mails the producer", async () => {
        const { request, email, token } = await pendingRequest()
        const response = await post(`/admin/ocop/certificate-requests/${request.id}/reject`, {
          reason: "Ảnh chụp mờ, không đọc được số",
        })
        expect(response.status).toBe(200)
        expect(response.data.certificate_request).toMatchObject({
          status: "rejected",
          reason: "Ảnh chụp mờ, không đọc được số",
          certificate_id: null,
        })
        expect(await outbox(email)).toEqual([
          expect.objectContaining({ template: "producer-certificate-request-rejected" }),
        ])
        const mine = await api.get("/producer/certificate-requests", bearer(token))
        expect(mine.data.certificate_requests[0]).toMatchObject({
          status: "rejected",
          reason: "Ảnh chụp mờ, không đọc được số",
        })
      })

      it("answers 400 naming reason without one; the request stays pending", async () => {
        const { request, product } = await pendingRequest()
        const response = await post(`/admin/ocop/certificate-requests/${request.id}/reject`, {})
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^reason is required/)
        expect((await requestsOf(product.id))[0].status).toBe("pending")
      })
    })
  },
})
