import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import sharp from "sharp"
import { productArtSvg } from "./product-art.mjs"

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
export const imagesOutDir = path.join(seedDir, "images", ".out")
export const IMAGE_WIDTHS = [320, 640, 1280]

/** Renders each catalogue product's illustration to WebP sizes; skips files that already exist. */
export async function buildProductImages(catalogueFile = path.join(seedDir, "catalogue", "starter-products.json")) {
  const { products } = JSON.parse(fs.readFileSync(catalogueFile, "utf8"))
  fs.mkdirSync(imagesOutDir, { recursive: true })
  let written = 0
  for (const product of products) {
    const svg = Buffer.from(productArtSvg(product))
    for (const width of IMAGE_WIDTHS) {
      const file = path.join(imagesOutDir, `${product.handle}-${width}.webp`)
      if (fs.existsSync(file)) continue
      await sharp(svg, { density: 72 * (width / 1200) * 1.5 })
        .resize(width, width)
        .webp({ quality: 82 })
        .toFile(file)
      written++
    }
  }
  return { products: products.length, written }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { products, written } = await buildProductImages()
  console.log(`seed images: ${products} products, ${written} files written to ${imagesOutDir}`)
}
