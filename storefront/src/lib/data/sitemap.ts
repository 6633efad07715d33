"use server"

import { getPathname } from "@/i18n/navigation"
import { routing, type Locale } from "@/i18n/routing"
import { PRODUCT_GROUPS } from "@/lib/catalogue/facet-options"
import { GROUP_SLUGS } from "@/lib/catalogue/slugs"
import { storefrontUrl } from "@/lib/config"
import { listDistrictPages } from "@/lib/data/catalogue"
import { listAllExperiences } from "@/lib/data/experiences"
import { TOURISM_PATHS } from "@/lib/experiences/tourism-path"
import { STATISTICS_PATHS } from "@/lib/statistics/statistics-path"
import { countProducts, listProductDocuments } from "@/lib/data/search"
import type { SitemapEntry } from "@/lib/seo/sitemap-xml"

// Search engines take up to 50,000 URLs a file; 5,000 keeps each file quick to build.
const PRODUCTS_PER_FILE = 5_000

function entry(href: string | Record<Locale, string>, lastModified?: string): SitemapEntry {
  const url = (locale: Locale) =>
    new URL(getPathname({ href: typeof href === "string" ? href : href[locale], locale }), storefrontUrl()).toString()
  return {
    url: url(routing.defaultLocale),
    lastModified,
    alternates: Object.fromEntries(routing.locales.map((locale) => [locale, url(locale)])),
  }
}

/** The names of the sitemap files: the fixed pages, then the products in files of 5,000. */
export async function listSitemapFiles(): Promise<string[]> {
  const files = Math.ceil((await countProducts()) / PRODUCTS_PER_FILE)
  return ["pages.xml", ...Array.from({ length: files }, (_, i) => `products-${i + 1}.xml`)]
}

// Published experiences are counted in dozens per province: all of them fit in the fixed pages' file.
/** Home, catalogue, group and former-district pages; the tourism landing, every experience page, the statistics. */
export async function listPageEntries(): Promise<SitemapEntry[]> {
  const [districts, experiences] = await Promise.all([
    listDistrictPages(),
    listAllExperiences()
      .then((found) => found.experiences)
      .catch((error: unknown) => {
        // The sitemap still lists every other page while the experiences cannot be read.
        console.error("Could not list the experiences for the sitemap", error)
        return []
      }),
  ])
  return [
    entry("/"),
    entry("/products"),
    ...PRODUCT_GROUPS.map((group) => entry(`/groups/${GROUP_SLUGS[group]}`)),
    ...districts.map(({ province, district }) => entry(`/districts/${province}/${district}`)),
    entry(TOURISM_PATHS),
    entry(STATISTICS_PATHS),
    ...experiences.map((experience) => entry(`/experiences/${experience.handle}`)),
  ]
}

/** One file's products (1-based), with the pages of their producers. */
export async function listProductEntries(file: number): Promise<SitemapEntry[]> {
  const products = await listProductDocuments((file - 1) * PRODUCTS_PER_FILE, PRODUCTS_PER_FILE)
  const producers = [...new Set(products.map((product) => product.producer_handle).filter((handle) => handle !== null))]
  return [
    ...producers.map((handle) => entry(`/producers/${handle}`)),
    ...products.map((product) => entry(`/products/${product.handle}`, product.created_at)),
  ]
}
