import { describe, expect, it } from "vitest"
import { thumbnailSrcSet } from "../product-image"

const sizes = { "1280": "/static/3-p-1280.webp", "320": "/static/1-p-320.webp", "640": "/static/2-p-640.webp" }

describe("thumbnailSrcSet", () => {
  it("lists the copies of the image the thumbnail is one of, narrowest first", () => {
    const images = [
      { url: "/static/other.webp", metadata: null },
      { url: sizes["1280"], metadata: { sizes } },
    ]
    expect(thumbnailSrcSet(sizes["640"], images)).toBe(
      "/static/1-p-320.webp 320w, /static/2-p-640.webp 640w, /static/3-p-1280.webp 1280w"
    )
  })

  it("is null without a thumbnail, or when no image names its copies", () => {
    expect(thumbnailSrcSet(null, [{ url: "x", metadata: { sizes } }])).toBeNull()
    expect(thumbnailSrcSet("/static/a.webp", [{ url: "/static/a.webp", metadata: {} }])).toBeNull()
    expect(thumbnailSrcSet("/static/elsewhere.webp", [{ url: sizes["1280"], metadata: { sizes } }])).toBeNull()
  })

  it("leaves out a copy whose url would break the list, and widths that are not numbers", () => {
    const odd = { "320": "/static/a b.webp", "640": "/static/p-640.webp", large: "/static/x.webp" }
    expect(thumbnailSrcSet("/static/p-640.webp", [{ url: "/static/p-640.webp", metadata: { sizes: odd } }])).toBe(
      "/static/p-640.webp 640w"
    )
  })
})
