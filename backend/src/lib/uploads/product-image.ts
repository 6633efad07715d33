import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_IMAGE_WIDTHS } from "@ocop/shared"
import sharp from "sharp"
import { FileKind, fileKindOf } from "./file-signature"

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024
/** Past 40 megapixels a photo is a decompression bomb, not a product picture (a phone takes 12–50 MP; 50 MP ones are rare). */
export const MAX_IMAGE_MEGAPIXELS = 40
export const LOGO_SIZE = 320

export type ImageDerivative = { width: number; content: Buffer }

const IMAGE_KINDS: FileKind[] = ["jpeg", "png", "webp"]

const refuse = (field: string, message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
const damaged = (field: string) =>
  refuse(field, "the image is damaged or incomplete; export it again as JPEG, PNG or WebP")

/**
 * Checks an uploaded image without decoding it: its first bytes say JPEG, PNG or WebP (whatever
 * its name and declared type say), it is at most 10 MB, and its header declares at most 40 MP.
 */
export async function checkImage(buffer: Buffer, field = "file") {
  const kind = fileKindOf(buffer)
  if (!kind || !IMAGE_KINDS.includes(kind)) throw refuse(field, "must be a JPEG, PNG or WebP image")
  if (buffer.length > MAX_IMAGE_BYTES)
    throw refuse(field, `the file is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`)
  // metadata() reads only the header, so a small file declaring a huge canvas is refused before any
  // decoding; sharp's own pixel limit is lifted there so that the refusal says what is wrong.
  const header = await sharp(buffer, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw damaged(field)
    })
  if (!header.width || !header.height) throw damaged(field)
  const megapixels = (header.width * header.height) / 1_000_000
  if (megapixels > MAX_IMAGE_MEGAPIXELS) {
    throw refuse(
      field,
      `the image is ${header.width}×${header.height} (${megapixels.toFixed(1)} MP); at most ${MAX_IMAGE_MEGAPIXELS} MP`
    )
  }
  return { kind, width: header.width, height: header.height }
}

// Decoding is bounded too, in case a header lies; a truncated file fails on its first warning.
const decode = (buffer: Buffer) =>
  sharp(buffer, { limitInputPixels: MAX_IMAGE_MEGAPIXELS * 1_000_000, failOn: "warning" }).rotate()

async function encode(field: string, build: () => sharp.Sharp) {
  try {
    return await build().webp({ quality: 82 }).toBuffer()
  } catch {
    throw damaged(field)
  }
}

/**
 * The WebP copies a product image is shown in: one per width, never enlarged, turned upright from
 * its EXIF orientation and without its metadata (sharp writes none unless asked: no GPS leaves the farm).
 * The photo is decoded once, to at most the largest width; the smaller copies are made from that.
 */
export async function productImageDerivatives(buffer: Buffer, field = "file"): Promise<ImageDerivative[]> {
  await checkImage(buffer, field)
  const largest = Math.max(...PRODUCT_IMAGE_WIDTHS)
  const { data, info } = await decode(buffer)
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw damaged(field)
    })
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
  const copies: ImageDerivative[] = []
  for (const width of PRODUCT_IMAGE_WIDTHS) {
    copies.push({ width, content: await encode(field, () => pixels().resize({ width, withoutEnlargement: true })) })
  }
  return copies
}

/** A producer's logo: one WebP within 320×320, the same checks as a product image. */
export async function logoDerivative(buffer: Buffer, field = "file"): Promise<ImageDerivative> {
  await checkImage(buffer, field)
  const content = await encode(field, () =>
    decode(buffer).resize({ width: LOGO_SIZE, height: LOGO_SIZE, fit: "inside", withoutEnlargement: true })
  )
  return { width: LOGO_SIZE, content }
}
