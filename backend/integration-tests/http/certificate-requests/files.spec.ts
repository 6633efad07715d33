import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PDFDocument } from "pdf-lib"
import sharp from "sharp"
import certificateScansPrivate from "../../../src/migration-scripts/certificate-scans-private"
import { OCOP_MODULE } from "../../../src/modules/ocop"
import { setProductsProducerWorkflow } from "../../../src/workflows/producer/workflows/set-products-producer"
import { adminHeaders } from "../../utils/admin"
import { bearer, signUpApprovedProducer } from "../../utils/producer-portal"

// This file's own private folder (read by medusa-config when the app starts), so that where a scan lands can be checked.
const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-private-files-"))
process.env.FILE_PRIVATE_DIR = privateDir
// What the app serves under /static (FILE_UPLOAD_DIR is unset here: Medusa's default, ./static).
const publicDir = path.resolve(process.cwd(), "static")

// A browser that sniffs would run this as a page: it only starts like a PDF.
const POLYGLOT = Buffer.from("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n")

async function realPdf() {
  const document = await PDFDocument.create()
  document.addPage([595, 842]).drawText("GIAY CHUNG NHAN OCOP 3 SAO")
  return Buffer.from(await document.save())
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let products = 0
    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const rowsOf = async (productId: string) =>
      (
        await query().graph({
          entity: "ocop_certificate_request",
          fields: ["id", "file_key", "mime_type"],
          filters: { product_id: productId },
        })
      ).data
    const publicFilesOf = (productId: string) =>
      fs.existsSync(publicDir) ? fs.readdirSync(publicDir).filter((name) => name.includes(productId)) : []
    const privateFilesOf = (productId: string) => fs.readdirSync(privateDir).filter((name) => name.includes(productId))
    // The file routes answer bytes; axios must not try to parse them as JSON.
    const download = (url: string, options: { headers?: Record<string, string> } = {}) =>
      call(api.get(url, { ...options, responseType: "arraybuffer" }))

    function scanForm(bytes: Buffer, name = "giay-chung-nhan.pdf", type = "application/pdf") {
      const form = new FormData()
      form.append("file", new Blob([bytes], { type }), name)
      return form
    }
    const sendScan = (token: string, productId: string, form: FormData) =>
      call(api.post(`/producer/products/${productId}/certificate-requests`, form, bearer(token)))

    async function productOf(producerId: string) {
      products += 1
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Chè shan tuyết Mường Ảng",
              handle: `scanned-${Date.now()}-${products}`,
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

    /** A producer that sent a real PDF scan of its product's certificate. */
    async function sentScan() {
      const producer = await signUpApprovedProducer(api, getContainer())
      const product = await productOf(producer.producer.id)
      const pdf = await realPdf()
      const response = await sendScan(producer.token, product.id, scanForm(pdf, "Giấy chứng nhận <script>.html"))
      expect(response.status).toBe(201)
      return { ...producer, product, pdf, request: response.data.certificate_request }
    }

    beforeAll(async () => {
      headers = await adminHeaders(api, getContainer())
    })

    afterAll(() => fs.rmSync(privateDir, { recursive: true, force: true }))

    describe("POST /producer/products/:id/certificate-requests", () => {
      it("stores a real PDF privately: nothing under /static, the old public URL is 404, no URL in the answer", async () => {
        const { product, request } = await sentScan()
        const [row] = await rowsOf(product.id)
        expect((await download(`/static/${row.file_key}`)).status).toBe(404)
        expect(publicFilesOf(product.id)).toEqual([])
        expect(privateFilesOf(product.id)).toHaveLength(1)
        expect(request).not.toHaveProperty("file_url")
        expect(row.mime_type).toBe("application/pdf")
      })

      it("refuses a file that only starts like a PDF (%PDF-1.4 then HTML) with 400 naming file, and stores nothing", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const product = await productOf(producer.id)
        const response = await sendScan(token, product.id, scanForm(POLYGLOT))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^file: the PDF cannot be opened/)
        expect(await rowsOf(product.id)).toHaveLength(0)
        expect(publicFilesOf(product.id)).toEqual([])
        expect(privateFilesOf(product.id)).toEqual([])
      })

      it("refuses a truncated JPEG with 400 naming file", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const product = await productOf(producer.id)
        const jpeg = await sharp({
          create: { width: 800, height: 600, channels: 3, noise: { type: "gaussian", mean: 120, sigma: 30 } },
        })
          .jpeg()
          .toBuffer()
        const response = await sendScan(
          token,
          product.id,
          scanForm(jpeg.subarray(0, jpeg.length / 2), "chung-nhan.jpg", "image/jpeg")
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^file: the image is damaged/)
        expect(await rowsOf(product.id)).toHaveLength(0)
      })
    })

    describe("GET /admin/ocop/certificate-requests/:id/file", () => {
      it("lets the office download the scan as an attachment that no browser renders or caches", async () => {
        const { request, pdf } = await sentScan()
        const response = await download(`/admin/ocop/certificate-requests/${request.id}/file`, headers)
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toBe("application/pdf")
        expect(response.headers["x-content-type-options"]).toBe("nosniff")
        expect(response.headers["cache-control"]).toBe("private, no-store")
        // The producer's name is kept as a label, its extension is the stored type's.
        expect(response.headers["content-disposition"]).toMatch(
          /^attachment; filename=".+\.pdf"; filename\*=UTF-8''Gi%E1%BA%A5y/
        )
        expect(Buffer.from(response.data).equals(pdf)).toBe(true)
      })

      it("answers 401 without a sign-in and 401 to a producer's token", async () => {
        const { request, token } = await sentScan()
        expect((await download(`/admin/ocop/certificate-requests/${request.id}/file`)).status).toBe(401)
        expect((await download(`/admin/ocop/certificate-requests/${request.id}/file`, bearer(token))).status).toBe(401)
      })

      it("answers 404 for an unknown request", async () => {
        expect((await download("/admin/ocop/certificate-requests/ocreq_missing/file", headers)).status).toBe(404)
      })
    })

    describe("GET /producer/certificate-requests/:id/file", () => {
      it("lets the producer download its own scan with the same headers", async () => {
        const { request, token, pdf } = await sentScan()
        const response = await download(`/producer/certificate-requests/${request.id}/file`, bearer(token))
        expect(response.status).toBe(200)
        expect(response.headers).toMatchObject({
          "content-type": "application/pdf",
          "x-content-type-options": "nosniff",
          "cache-control": "private, no-store",
        })
        expect(response.headers["content-disposition"]).toMatch(/^attachment;/)
        expect(Buffer.from(response.data).equals(pdf)).toBe(true)
      })

      it("answers 404 to another producer and 401 without a sign-in", async () => {
        const { request } = await sentScan()
        const other = await signUpApprovedProducer(api, getContainer())
        expect((await download(`/producer/certificate-requests/${request.id}/file`, bearer(other.token))).status).toBe(
          404
        )
        expect((await download(`/producer/certificate-requests/${request.id}/file`)).status).toBe(401)
      })
    })

    describe("migration script certificate-scans-private", () => {
      it("moves a scan stored publicly before into private storage and points its request at the new key", async () => {
        const { producer } = await signUpApprovedProducer(api, getContainer())
        const product = await productOf(producer.id)
        const pdf = await realPdf()
        const fileModule = getContainer().resolve(Modules.FILE)
        const [old] = await fileModule.createFiles([
          {
            filename: `certificate-${product.id}.pdf`,
            mimeType: "application/pdf",
            content: pdf.toString("base64"),
            access: "public",
          },
        ])
        const [request] = await getContainer()
          .resolve(OCOP_MODULE)
          .createOcopCertificateRequests([
            {
              product_id: product.id,
              producer_id: producer.id,
              file_key: old.id,
              file_name: "cu.pdf",
              mime_type: "application/pdf",
            },
          ])
        expect((await download(`/static/${old.id}`)).status).toBe(200)

        await certificateScansPrivate({ container: getContainer() })

        const [row] = await rowsOf(product.id)
        expect(row.file_key).not.toBe(old.id)
        expect((await download(`/static/${old.id}`)).status).toBe(404)
        expect(publicFilesOf(product.id)).toEqual([])
        expect(privateFilesOf(product.id)).toHaveLength(1)
        const response = await download(`/admin/ocop/certificate-requests/${request.id}/file`, headers)
        expect(Buffer.from(response.data).equals(pdf)).toBe(true)
      })
    })
  },
})
