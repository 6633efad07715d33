import { listPageEntries, listProductEntries } from "@/lib/data/sitemap"
import { urlsetXml, xmlResponse } from "@/lib/seo/sitemap-xml"

export const dynamic = "force-dynamic"

const PRODUCTS_FILE = /^products-([1-9]\d{0,4})\.xml$/

/** `pages.xml`, or `products-<n>.xml`; anything else is not a sitemap file. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (file === "pages.xml") return xmlResponse(urlsetXml(await listPageEntries()))
  const page = PRODUCTS_FILE.exec(file)
  if (!page) return new Response("Not a sitemap file", { status: 404 })
  const entries = await listProductEntries(Number(page[1]))
  return entries.length ? xmlResponse(urlsetXml(entries)) : new Response("No such sitemap page", { status: 404 })
}
