import type { MetadataRoute } from "next"
import { getPathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import { PRODUCT_GROUPS } from "@/lib/catalogue/facet-options"
import { GROUP_SLUGS } from "@/lib/catalogue/slugs"
import { storefrontUrl } from "@/lib/config"
import { listDistrictPages } from "@/lib/data/catalogue"
import { countProducts, listProductDocuments } from "@/lib/data/search"

// Read from the backend on each request: a build runs before the backend is up.
export const dynamic = "force-dynamic"

/** One entry per page, in Vietnamese (the default) with its English alternate. */
function entry(href: string, lastModified?: string): MetadataRoute.Sitemap[number] {
  const url = (locale: (typeof routing.locales)[number]) => new URL(getPathname({ href, locale }), storefrontUrl()).toString()
  return {
    url: url(routing.defaultLocale),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages: Object.fromEntries(routing.locales.map((locale) => [locale, url(locale)])) },
  }
}

/** Home, catalogue, group, former-district and producer pages, and every product on sale. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const products = await listProductDocuments(0, await countProducts())
  const producers = [...new Set(products.map((product) => product.producer_handle).filter((handle) => handle !== null))]
  const districts = await listDistrictPages()
  return [
    entry("/"),
    entry("/products"),
    ...PRODUCT_GROUPS.map((group) => entry(`/groups/${GROUP_SLUGS[group]}`)),
    ...districts.map(({ province, district }) => entry(`/districts/${province}/${district}`)),
    ...producers.map((handle) => entry(`/producers/${handle}`)),
    ...products.map((product) => entry(`/products/${product.handle}`, product.created_at)),
  ]
}
