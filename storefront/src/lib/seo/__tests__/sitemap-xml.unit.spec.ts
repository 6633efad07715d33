import { describe, expect, it } from "vitest"
import { sitemapIndexXml, urlsetXml } from "../sitemap-xml"

describe("urlsetXml", () => {
  it("writes each page with its language alternates and escapes what XML reserves", () => {
    const xml = urlsetXml([
      {
        url: "https://cho.ocop.vn/vi/districts/dak-lak/huyen-cu-m-gar?a=1&b=2",
        alternates: { vi: "https://cho.ocop.vn/vi/x", en: "https://cho.ocop.vn/en/x" },
        lastModified: "2026-11-25T00:00:00.000Z",
      },
    ])
    expect(xml).toContain("<loc>https://cho.ocop.vn/vi/districts/dak-lak/huyen-cu-m-gar?a=1&amp;b=2</loc>")
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://cho.ocop.vn/en/x"/>')
    expect(xml).toContain("<lastmod>2026-11-25T00:00:00.000Z</lastmod>")
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  })
})

describe("sitemapIndexXml", () => {
  it("lists every sitemap file", () => {
    const xml = sitemapIndexXml([
      "https://cho.ocop.vn/sitemaps/pages.xml",
      "https://cho.ocop.vn/sitemaps/products-1.xml",
    ])
    expect(xml.match(/<sitemap><loc>/g)).toHaveLength(2)
    expect(xml).toContain("<sitemapindex")
  })
})
