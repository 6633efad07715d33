import { storefrontUrl } from "@/lib/config"
import { listSitemapFiles } from "@/lib/data/sitemap"
import { sitemapIndexXml, xmlResponse } from "@/lib/seo/sitemap-xml"

// Read from the backend on each request: a build runs before the backend is up.
export const dynamic = "force-dynamic"

/** The sitemap index: the fixed pages' file and one file per 5,000 products. */
export async function GET() {
  const files = await listSitemapFiles()
  return xmlResponse(sitemapIndexXml(files.map((file) => new URL(`/sitemaps/${file}`, storefrontUrl()).toString())))
}
