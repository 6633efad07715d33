import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import sharp from "sharp"
import { productArtSvg } from "./product-art.mjs"

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
export const imagesOutDir = path.join(seedDir, "images", ".out")
export const IMAGE_WIDTHS = [320, 640, 1280]

/**
 * Renders one illustration per product kind of the catalogue to WebP sizes (metadata stripped, as
 * sharp does by default); skips files that already exist.
 */
export async function buildProductImages(catalogueFile = path.join(seedDir, "catalogue", "ocop-catalogue.json")) {
  const { kinds } = JSON.parse(fs.readFileSync(catalogueFile, "utf8"))
  fs.mkdirSync(imagesOutDir, { recursive: true })
  let written = 0
  for (const kind of kinds) {
    const svg = Buffer.from(productArtSvg(kind))
    for (const width of IMAGE_WIDTHS) {
      const file = path.join(imagesOutDir, `${kind.key}-${width}.webp`)
      if (fs.existsSync(file)) continue
      await sharp(svg, { density: 72 * (width / 1200) * 1.5 })
        .resize(width, width)
        .webp({ quality: 82 })
        .toFile(file)
      written++
    }
  }
  return { kinds: kinds.length, written }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { kinds, written } = await buildProductImages()
  console.log(`seed images: ${kinds} product kinds, ${written} files written to ${imagesOutDir}`)
}
