import type { HttpTypes } from "@medusajs/types"

type JsonLdVariant = Pick<
  HttpTypes.StoreProductVariant,
  "sku" | "manage_inventory" | "allow_backorder" | "inventory_quantity"
> & {
  price: number | null
}

export type ProductJsonLdInput = {
  url: string
  name: string
  description: string | null
  images: string[]
  brand: string | null
  stars: number | null
  variants: JsonLdVariant[]
}

function inStock(variant: JsonLdVariant): boolean {
  return !variant.manage_inventory || Boolean(variant.allow_backorder) || (variant.inventory_quantity ?? 0) > 0
}

/** schema.org Product for search engines: the producer is the brand, each priced variant an offer in VND. */
export function productJsonLd(input: ProductJsonLdInput) {
  const offers = input.variants
    .filter((variant) => variant.price !== null)
    .map((variant) => ({
      "@type": "Offer",
      url: input.url,
      price: variant.price,
      priceCurrency: "VND",
      availability: inStock(variant) ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      ...(variant.sku ? { sku: variant.sku } : {}),
    }))
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    ...(input.images.length ? { image: input.images } : {}),
    ...(input.brand ? { brand: { "@type": "Brand", name: input.brand } } : {}),
    ...(input.stars ? { award: `OCOP ${input.stars}★` } : {}),
    ...(offers.length ? { offers } : {}),
  }
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
