import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/routing"

/** Quote pages are a company's own: titled, never indexed. */
export async function quotesMetadata(
  params: Promise<{ locale: string }>,
  namespace: "Quotes" | "ProducerPortalQuotes",
  title: "listTitle" | "detailTitle" | "newTitle"
): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace })
  return { title: t(title), robots: { index: false, follow: false } }
}
