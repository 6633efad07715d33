import { describe, expect, it } from "vitest"
import { originUrl } from "../origin-url"
import { productJsonLd, serializeJsonLd } from "../product-json-ld"

const base = {
  url: "https://cho.example/vi/products/ca-phe",
  name: "Cà phê bột",
  description: "Rang mộc",
  images: ["https://cho.example/static/ca-phe.webp"],
  brand: "HTX Cà phê Mường Ảng",
  stars: 4,
}

describe("productJsonLd", () => {
  it("describes the product with the producer as brand and one VND offer per priced variant", () => {
    const jsonLd = productJsonLd({
      ...base,
      variants: [
        { sku: "A-250", price: 111000, manage_inventory: true, allow_backorder: false, inventory_quantity: 5 },
        { sku: "A-500", price: 210000, manage_inventory: true, allow_backorder: false, inventory_quantity: 0 },
        { sku: "A-1KG", price: null, manage_inventory: false, allow_backorder: false, inventory_quantity: 0 },
      ],
    })
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Cà phê bột",
      brand: { "@type": "Brand", name: "HTX Cà phê Mường Ảng" },
      image: base.images,
    })
    expect(jsonLd.offers).toEqual([
      {
        "@type": "Offer",
        url: base.url,
        price: 111000,
        priceCurrency: "VND",
        availability: "https://schema.org/InStock",
        sku: "A-250",
      },
      {
        "@type": "Offer",
        url: base.url,
        price: 210000,
        priceCurrency: "VND",
        availability: "https://schema.org/OutOfStock",
        sku: "A-500",
      },
    ])
  })

  it("counts untracked and backordered variants as in stock, and leaves out what is unknown", () => {
    const jsonLd = productJsonLd({
      ...base,
      description: null,
      brand: null,
      stars: null,
      images: [],
      variants: [{ sku: null, price: 50000, manage_inventory: false, allow_backorder: false, inventory_quantity: 0 }],
    })
    expect(jsonLd).not.toHaveProperty("brand")
    expect(jsonLd).not.toHaveProperty("description")
    expect(jsonLd).not.toHaveProperty("image")
    expect(jsonLd.offers?.[0].availability).toBe("https://schema.org/InStock")
  })
})

describe("serializeJsonLd", () => {
  it("cannot close the script element it is written into", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script>" })
    expect(text).not.toContain("</script>")
    expect(JSON.parse(text).name).toBe("</script><script>alert(1)</script>")
  })
})

describe("originUrl", () => {
  it("is absolute on the storefront's own address, in the reader's language", () => {
    expect(originUrl(new URL("https://cho.example"), "en", "db-cpb-0001-8ain")).toBe(
      "https://cho.example/en/origin/db-cpb-0001-8ain"
    )
    expect(originUrl(new URL("http://localhost:8200/"), "vi", "x-1")).toBe("http://localhost:8200/vi/origin/x-1")
  })
})
