import assert from "node:assert/strict"
import { test } from "node:test"
import sharp from "sharp"
import { productArtSvg } from "../images/product-art.mjs"

test("product art escapes XML and renders to an image", async () => {
  const svg = productArtSvg({ title: `Rượu "ngô" <Mông> & men lá`, art: { hue: 200, motif: "bottle" } })
  assert.match(svg, />Rượu &quot;ngô&quot; &lt;Mông&gt; &amp;</)
  assert.doesNotMatch(svg, /<Mông>/)
  const { width, height, format } = await sharp(Buffer.from(svg))
    .webp()
    .toBuffer({ resolveWithObject: true })
    .then((r) => r.info)
  assert.deepEqual({ width, height, format }, { width: 1200, height: 1200, format: "webp" })
})
