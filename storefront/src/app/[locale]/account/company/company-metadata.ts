import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/routing"

/** The company's pages are its staff's own: titled, never indexed. */
export async function companyMetadata(
  params: Promise<{ locale: string }>,
  title: "staffTitle" | "approvalsTitle" | "joinTitle"
): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "CompanyStaff" })
  return { title: t(title), robots: { index: false, follow: false } }
}
