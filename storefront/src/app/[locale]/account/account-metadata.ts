import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/routing"

/** Account pages are the customer's own: titled, never indexed. */
export async function accountMetadata(
  params: Promise<{ locale: string }>,
  title: "signInTitle" | "registerTitle" | "forgotTitle" | "resetTitle" | "ordersTitle" | "addressesTitle"
): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "Account" })
  return { title: t(title), robots: { index: false, follow: false } }
}
