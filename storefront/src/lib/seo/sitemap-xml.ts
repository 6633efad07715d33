/** One page of the site with its language versions (`vi` first, as the default). */
export type SitemapEntry = { url: string; alternates: Record<string, string>; lastModified?: string }

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")

/** A `<urlset>` with hreflang alternates, as search engines read a sitemap file. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map(({ url, alternates, lastModified }) => {
    const links = Object.entries(alternates).map(
      ([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`
    )
    const modified = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ""
    return `<url><loc>${escapeXml(url)}</loc>${modified}${links.join("")}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`
}

/** The sitemap index pointing at each sitemap file. */
export function sitemapIndexXml(files: string[]): string {
  const sitemaps = files.map((file) => `<sitemap><loc>${escapeXml(file)}</loc></sitemap>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join("\n")}\n</sitemapindex>\n`
}

export const xmlResponse = (xml: string) =>
  new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" },
  })
