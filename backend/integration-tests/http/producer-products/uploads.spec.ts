import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import zlib from "node:zlib"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setupMarketplace } from "../../../src/scripts/setup"
import { bearer, signUpApprovedProducer, signUpProducer } from "../../utils/producer-portal"

// This file's own upload folder (read by medusa-config when the app starts), so that "nothing was stored" can be checked.
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-product-images-"))
process.env.FILE_UPLOAD_DIR = uploadDir

const storedFiles = () => fs.readdirSync(uploadDir).sort()
const storedFile = (url: string) =>
  fs.readFileSync(path.join(uploadDir, decodeURIComponent(path.basename(new URL(url).pathname))))

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, noise: { type: "gaussian", mean: 120, sigma: 30 } } })

/** A PNG with a real header declaring width×height and next to no pixel data: small to send, huge to decode. */
function pixelBomb(width: number, height: number) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  return Buffer.concat([
    Buffer.from(png),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

const form = (content: Buffer, filename: string, type: string, field = "file") => {
  const body = new FormData()
  body.append(field, new Blob([content], { type }), filename)
  return body
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    let jpeg: Buffer

    beforeAll(async () => {
      await setupMarketplace(getContainer())
      // A phone photo: stored landscape with EXIF orientation 6 (shown upright) and EXIF that must not leave the farm.
      jpeg = await photo(2400, 1600)
        .jpeg({ quality: 85 })
        .withMetadata({ orientation: 6 })
        .withExif({ IFD0: { Copyright: "HTX Mường Ảng", Software: "phone" } })
        .toBuffer()
    })

    afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }))

    let listings = 0
    const createListing = async (token: string) => {
      listings += 1
      const body = {
        title: `Cà phê Mường Ảng ${listings}`,
        product_set: 13,
        variants: [{ title: "Gói 500 g", price: 150000, stock: 10 }],
      }
      return (await api.post("/producer/products", body, bearer(token))).data.product
    }
    const imageRows = async (productId: string) =>
      (await query().graph({ entity: "product_image", fields: ["id"], filters: { product_id: productId } })).data
    const upload = (token: string, productId: string, body: FormData) =>
      api.post(`/producer/products/${productId}/images`, body, bearer(token))

    describe("POST /producer/products/:id/images", () => {
      it("stores a JPEG as WebP copies 320, 640 and 1280 px wide, upright and without EXIF", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        expect(await sharp(jpeg).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) })

        const response = await upload(token, product.id, form(jpeg, "ruong-ca-phe.jpg", "image/jpeg"))

        expect(response.status).toBe(201)
        const [image] = response.data.product.images
        expect(Object.keys(image.sizes).sort()).toEqual(["1280", "320", "640"])
        expect(image.url).toBe(image.sizes["1280"])
        for (const width of [320, 640, 1280]) {
          const header = await sharp(storedFile(image.sizes[String(width)])).metadata()
          // Turned upright: 1600 wide, 2400 high, so each copy is 1.5 times as high as wide.
          expect([header.format, header.width, header.height]).toEqual(["webp", width, width * 1.5])
          expect(header.exif).toBeUndefined()
          expect(header.orientation).toBeUndefined()
        }
      })

      it("makes the 640 px copy the thumbnail of a listing without one", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const { data } = await upload(token, product.id, form(jpeg, "a.jpg", "image/jpeg"))
        expect(data.product.thumbnail).toBe(data.product.images[0].sizes["640"])
        const second = await upload(
          token,
          product.id,
          form(await photo(800, 600).png().toBuffer(), "b.png", "image/png")
        )
        expect(second.data.product.images).toHaveLength(2)
        expect(second.data.product.thumbnail).toBe(data.product.images[0].sizes["640"])
      })

      it("stores a PNG, never enlarged past its own width", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const png = await photo(900, 600).png().toBuffer()
        const { data, status } = await upload(token, product.id, form(png, "goi.png", "image/png"))
        expect(status).toBe(201)
        const widths = await Promise.all(
          ["320", "640", "1280"].map(
            async (size) => (await sharp(storedFile(data.product.images[0].sizes[size])).metadata()).width
          )
        )
        expect(widths).toEqual([320, 640, 900])
      })

      const refusals: [string, () => Promise<[Buffer, string, string]>, RegExp][] = [
        [
          "text named .jpg and sent as image/jpeg",
          async () => [Buffer.from("Đây không phải là ảnh.\n".repeat(50)), "anh.jpg", "image/jpeg"],
          /^file: must be a JPEG, PNG or WebP/,
        ],
        [
          "a file of 11 MB",
          async () => [Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024 - jpeg.length)]), "large.jpg", "image/jpeg"],
          /^file: the file is larger than 10 MB/,
        ],
        [
          "a PNG declaring 10000×10000 pixels (100 MP)",
          async () => [pixelBomb(10000, 10000), "bomb.png", "image/png"],
          /^file: the image is 10000×10000 \(100\.0 MP\); at most 40 MP/,
        ],
        [
          "a JPEG cut short",
          async () => [jpeg.subarray(0, Math.floor(jpeg.length / 2)), "cut.jpg", "image/jpeg"],
          /^file: the image is damaged or incomplete/,
        ],
      ]
      for (const [name, make, message] of refusals) {
        it(`refuses ${name} with 400 naming file, and stores nothing`, async () => {
          const { token } = await signUpApprovedProducer(api, getContainer())
          const product = await createListing(token)
          const before = storedFiles()
          const [content, filename, type] = await make()

          const response = await call(upload(token, product.id, form(content, filename, type)))

          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(message)
          expect(storedFiles()).toEqual(before)
          expect(await imageRows(product.id)).toHaveLength(0)
        })
      }

      it("answers 400 naming file when the file comes in another field", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const response = await call(upload(token, product.id, form(jpeg, "a.jpg", "image/jpeg", "image")))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^file/)
      })

      it("answers 404 for another producer's listing, and stores nothing", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const other = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(owner.token)
        const before = storedFiles()
        const response = await call(upload(other.token, product.id, form(jpeg, "a.jpg", "image/jpeg")))
        expect(response.status).toBe(404)
        expect(storedFiles()).toEqual(before)
        expect(await imageRows(product.id)).toHaveLength(0)
      })
    })

    describe("DELETE /producer/products/:id/images/:image_id", () => {
      it("removes the image and its files; the thumbnail moves to the next image", async () => {
        const { token } = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(token)
        const first = (await upload(token, product.id, form(jpeg, "a.jpg", "image/jpeg"))).data.product.images[0]
        const { data } = await upload(
          token,
          product.id,
          form(await photo(700, 700).webp().toBuffer(), "b.webp", "image/webp")
        )
        const second = data.product.images[1]

        const response = await api.delete(`/producer/products/${product.id}/images/${first.id}`, bearer(token))

        expect(response.data.product.images.map((i: { id: string }) => i.id)).toEqual([second.id])
        expect(response.data.product.thumbnail).toBe(second.sizes["640"])
        const names = storedFiles()
        for (const url of Object.values(first.sizes) as string[])
          expect(names).not.toContain(path.basename(new URL(url).pathname))
        expect(names).toContain(path.basename(new URL(second.url).pathname))
      })

      it("answers 404 to another producer for an image of this listing", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const other = await signUpApprovedProducer(api, getContainer())
        const product = await createListing(owner.token)
        const image = (await upload(owner.token, product.id, form(jpeg, "a.jpg", "image/jpeg"))).data.product.images[0]
        const response = await call(
          api.delete(`/producer/products/${product.id}/images/${image.id}`, bearer(other.token))
        )
        expect(response.status).toBe(404)
        expect(await imageRows(product.id)).toHaveLength(1)
      })
    })

    describe("POST /producer/me/logo", () => {
      it("stores the logo as one WebP within 320×320 and sets logo_url; a pending producer may", async () => {
        const { token, producer } = await signUpProducer(api, getContainer())
        const png = await photo(1000, 800).png().toBuffer()
        const response = await api.post("/producer/me/logo", form(png, "logo.png", "image/png"), bearer(token))
        expect(response.status).toBe(200)
        expect(response.data.producer).toMatchObject({ id: producer.id, logo_url: expect.stringMatching(/\.webp$/) })
        const header = await sharp(storedFile(response.data.producer.logo_url)).metadata()
        expect([header.format, header.width, header.height]).toEqual(["webp", 320, 256])
      })

      it("answers 403 to a member who is not the owner, and stores nothing", async () => {
        const owner = await signUpApprovedProducer(api, getContainer())
        const email = `colleague-${Date.now()}@example.vn`
        await api.post("/producer/members/invites", { email }, bearer(owner.token))
        const {
          data: [mail],
        } = await query().graph({ entity: "notification", fields: ["data"], filters: { to: email } })
        const invite = new URL((mail.data as { url: string }).url).searchParams.get("token")
        const { data: registered } = await api.post("/auth/producer/emailpass/register", {
          email,
          password: "producer-password-1",
        })
        await api.post("/producer/invites/accept", { token: invite }, bearer(registered.token))
        const { data: member } = await api.post("/auth/token/refresh", {}, bearer(registered.token))
        const before = storedFiles()

        const response = await call(
          api.post("/producer/me/logo", form(jpeg, "logo.jpg", "image/jpeg"), bearer(member.token))
        )

        expect(response.status).toBe(403)
        expect(storedFiles()).toEqual(before)
      })

      it("refuses a text file sent as a PNG with 400 naming file, and keeps the old logo", async () => {
        const { token, producer } = await signUpApprovedProducer(api, getContainer())
        const before = storedFiles()
        const response = await call(
          api.post("/producer/me/logo", form(Buffer.from("<svg/>"), "logo.png", "image/png"), bearer(token))
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^file: must be a JPEG, PNG or WebP/)
        expect(storedFiles()).toEqual(before)
        const {
          data: [row],
        } = await query().graph({ entity: "producer", fields: ["logo_url"], filters: { id: producer.id } })
        expect(row.logo_url).toBeNull()
      })
    })
  },
})
