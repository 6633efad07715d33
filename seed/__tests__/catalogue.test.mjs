import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import sharp from "sharp"
import { productArtSvg } from "../images/product-art.mjs"

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const { products } = JSON.parse(fs.readFileSync(path.join(seedDir, "catalogue", "starter-products.json"), "utf8"))

test("the starter catalogue has at least 12 products with unique handles and SKUs", () => {
  assert.ok(products.length >= 12)
  const handles = products.map((p) => p.handle)
  assert.equal(new Set(handles).size, handles.length)
  const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
  assert.equal(new Set(skus).size, skus.length)
  for (const handle of handles) assert.match(handle, /^[a-z0-9]+(-[a-z0-9]+)*$/)
})

test("every variant has a whole-đồng VND price and a stock count", () => {
  for (const product of products) {
    assert.ok(product.variants.length > 0, product.handle)
    for (const variant of product.variants) {
      assert.ok(Number.isInteger(variant.price) && variant.price >= 1000, `${variant.sku} price`)
      assert.ok(Number.isInteger(variant.stock) && variant.stock >= 0, `${variant.sku} stock`)
    }
  }
})

test("product art escapes XML and renders to an image", async () => {
  const svg = productArtSvg({ title: `Rượu "ngô" <Mông> & men lá`, art: { hue: 200, motif: "bottle" } })
  assert.match(svg, />Rượu &quot;ngô&quot; &lt;Mông&gt; &amp;</)
  assert.doesNotMatch(svg, /<Mông>/)
  const { width, height, format } = await sharp(Buffer.from(svg)).webp().toBuffer({ resolveWithObject: true }).then((r) => r.info)
  assert.deepEqual({ width, height, format }, { width: 1200, height: 1200, format: "webp" })
})
