import zlib from "node:zlib"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { checkImage, logoDerivative, productImageDerivatives } from "../product-image"

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 60 } } })

/** A PNG that is nearly only a header: an IHDR declaring width×height, a few bytes of IDAT, IEND. */
function pngHeaderOnly(width: number, height: number) {
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
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(64))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

describe("productImageDerivatives", () => {
  it("writes WebP copies 320, 640 and 1280 px wide from a JPEG", async () => {
    const jpeg = await photo(2000, 1500).jpeg().toBuffer()
    const copies = await productImageDerivatives(jpeg)
    const headers = await Promise.all(copies.map((copy) => sharp(copy.content).metadata()))
    expect(copies.map((copy) => copy.width)).toEqual([320, 640, 1280])
    expect(headers.map((h) => [h.format, h.width, h.height])).toEqual([
      ["webp", 320, 240],
      ["webp", 640, 480],
      ["webp", 1280, 960],
    ])
  })

  it("never enlarges a small image", async () => {
    const png = await photo(500, 400).png().toBuffer()
    const copies = await productImageDerivatives(png)
    const widths = await Promise.all(copies.map(async (copy) => (await sharp(copy.content).metadata()).width))
    expect(widths).toEqual([320, 500, 500])
  })

  it("turns a photo upright from its EXIF orientation and keeps no EXIF", async () => {
    // Orientation 6: stored landscape, shown rotated 90° (a phone held upright).
    const jpeg = await photo(3000, 1500).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    const [, , large] = await productImageDerivatives(jpeg)
    const header = await sharp(large.content).metadata()
    expect([header.width, header.height]).toEqual([1280, 2560])
    expect(header.exif).toBeUndefined()
    expect(header.orientation).toBeUndefined()
  })

  it("accepts a WebP", async () => {
    const webp = await photo(800, 800).webp().toBuffer()
    await expect(productImageDerivatives(webp)).resolves.toHaveLength(3)
  })
})

describe("checkImage", () => {
  it("refuses text named and typed as a JPEG by its first bytes", async () => {
    await expect(checkImage(Buffer.from("not an image, just text pretending"))).rejects.toThrow(
      /^file: must be a JPEG, PNG or WebP/
    )
  })

  it("refuses a PDF", async () => {
    await expect(checkImage(Buffer.from("%PDF-1.7\n%…"))).rejects.toThrow(/^file: must be a JPEG, PNG or WebP/)
  })

  it("refuses a PNG whose header declares 20000×20000 without decoding it", async () => {
    const bomb = pngHeaderOnly(20000, 20000)
    expect(bomb.length).toBeLessThan(100)
    await expect(checkImage(bomb)).rejects.toThrow(/^file: the image is 20000×20000 \(400\.0 MP\); at most 40 MP/)
  })

  it("accepts 40 MP and refuses just above", async () => {
    await expect(checkImage(pngHeaderOnly(8000, 5000))).resolves.toMatchObject({
      kind: "png",
      width: 8000,
      height: 5000,
    })
    await expect(checkImage(pngHeaderOnly(8001, 5000))).rejects.toThrow(/at most 40 MP/)
  })

  it("refuses more than 10 MB", async () => {
    const jpeg = await photo(100, 100).jpeg().toBuffer()
    const large = Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024)])
    await expect(checkImage(large)).rejects.toThrow(/^file: the file is larger than 10 MB/)
  })

  it("names the field it is given", async () => {
    await expect(checkImage(Buffer.from("text"), "logo")).rejects.toThrow(/^logo: /)
  })
})

describe("damaged images", () => {
  it("refuses a JPEG cut short", async () => {
    const jpeg = await sharp({
      create: { width: 1200, height: 900, channels: 3, noise: { type: "gaussian", mean: 128, sigma: 40 } },
    })
      .jpeg()
      .toBuffer()
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2))
    await expect(productImageDerivatives(truncated)).rejects.toThrow(/^file: the image is damaged or incomplete/)
  })

  it("refuses JPEG bytes that are garbage after the signature", async () => {
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)])
    await expect(productImageDerivatives(garbage)).rejects.toThrow(/^file: the image is damaged or incomplete/)
  })
})

describe("logoDerivative", () => {
  it("fits the logo within 320×320 as WebP", async () => {
    const png = await photo(1000, 500).png().toBuffer()
    const logo = await logoDerivative(png)
    const header = await sharp(logo.content).metadata()
    expect([header.format, header.width, header.height]).toEqual(["webp", 320, 160])
  })
})
